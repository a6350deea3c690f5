import type { KbEntry } from '../kb/entry.js';
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import { BoundedCache } from '../segment/bounded-cache.js';
import { buildGazetteerData, type GazetteerData } from './gazetteer-build.js';
import { unpackGazetteer } from './gazetteer-index.js';
import { childrenOf, type TrieNode } from './gazetteer-trie.js';
import { foldWord, stemWord } from './word-keys.js';

export { childOf, type GazetteerHit, type NameForm, type TrieNode } from './gazetteer-trie.js';

/** Word forms whose gazetteer facts (word ids, adjective test) are kept; see BoundedCache. */
const MAX_FORMS = 20_000;

/**
 * The knowledge base as a matcher: a trie over name words (each word known by its folded form
 * and its stem, see word-keys), abbreviations and adjectives. Made once per knowledge base: built
 * (buildGazetteerData) or read from the packed index of the shipped knowledge base.
 */
export class Gazetteer {
  readonly kb: KnowledgeBase;
  readonly root: TrieNode;
  readonly abbreviations: Map<string, KbEntry[]>;
  /** Adjective stem (российск) → entries. */
  readonly adjectives: Map<string, KbEntry[]>;
  /** Folded family name → people. */
  readonly familyNames: Map<string, KbEntry[]>;
  /** Key (f:… / s:…) → ids of the name words that have it. */
  readonly #wordsByKey: ReadonlyMap<string, readonly number[]>;
  /** Folded forms and stems of the first words of names written lower case (белокаменная): other lower-case words start no name. */
  readonly #lowerStarts: ReadonlySet<string>;

  constructor(kb: KnowledgeBase, data: GazetteerData = buildGazetteerData(kb)) {
    this.kb = kb;
    this.root = data.root;
    this.abbreviations = data.abbreviations;
    this.adjectives = data.adjectives;
    this.familyNames = data.familyNames;
    this.#wordsByKey = data.wordsByKey;
    this.#lowerStarts = data.lowerStarts;
  }

  readonly #idsByForm = new BoundedCache<string, readonly number[]>(MAX_FORMS);

  /** Ids of the name words a text word can be; `keys` is asked only the first time the form is seen. */
  wordIds(form: string, keys: () => readonly string[]): readonly number[] {
    let ids = this.#idsByForm.get(form);
    if (ids) return ids;
    const out: number[] = [];
    for (const k of keys()) for (const id of this.#wordsByKey.get(k) ?? NO_IDS) if (!out.includes(id)) out.push(id);
    ids = out.length > 0 ? out : NO_IDS;
    this.#idsByForm.set(form, ids);
    return ids;
  }

  /** Per name word id: the first letters of its keys (f:москва, s:москв → м). */
  #firstLetters: Map<number, string> | undefined;
  /** Per trie node: the first letters of the name words that continue it. */
  readonly #nextLetters = new WeakMap<TrieNode, string>();

  /**
   * Whether a text word that begins with one of `letters` (its folded first letter, and its
   * Cyrillic look-alike) may continue a name of the frontier: a word matches a name word only by
   * a key, and its keys (its form and its lemmas) begin as it does. A word that cannot continue
   * is never asked for its readings here.
   */
  mayContinue(frontier: readonly TrieNode[], letters: string): boolean {
    for (const node of frontier) {
      const next = this.#lettersAfter(node);
      for (const letter of letters) if (next.includes(letter)) return true;
    }
    return false;
  }

  #lettersAfter(node: TrieNode): string {
    let letters = this.#nextLetters.get(node);
    if (letters === undefined) {
      this.#firstLetters ??= firstLettersOf(this.#wordsByKey);
      const set = new Set<string>();
      for (const [id] of childrenOf(node)) for (const letter of this.#firstLetters.get(id) ?? '') set.add(letter);
      letters = [...set].join('');
      this.#nextLetters.set(node, letters);
    }
    return letters;
  }

  /** First two letters of every adjective stem (every stem is longer), for a test without look-ups. */
  #adjectiveOpenings: Set<string> | undefined;

  /** A cheap test before the morphology: the word's stem, or a part of a compound, is a known adjective stem (российско-китайских). */
  mayBeAdjective(norm: string): boolean {
    if (!this.#mayOpenAdjective(norm)) return false;
    return norm.split('-').some((p) => this.adjectives.has(stemWord(p)) || this.adjectives.has(stemWord(p.endsWith('о') ? p.slice(0, -1) : p)) || this.adjectives.has(p.slice(0, -1)));
  }

  /**
   * Whether some part of the word begins like an adjective stem: a stem found by mayBeAdjective is
   * a beginning of a part, so a word none of whose parts begins like one cannot be an adjective.
   */
  #mayOpenAdjective(norm: string): boolean {
    this.#adjectiveOpenings ??= adjectiveOpenings(this.adjectives);
    if (this.#adjectiveOpenings.has('')) return true;
    if (this.#adjectiveOpenings.has(norm.slice(0, 2))) return true;
    for (let dash = norm.indexOf('-'); dash >= 0; dash = norm.indexOf('-', dash + 1)) {
      if (this.#adjectiveOpenings.has(norm.slice(dash + 1, dash + 3))) return true;
    }
    return false;
  }

  /** A word of the text can start a name: it is capitalized, or it inflects the first word of a lower-case name. */
  canStart(word: string, upper: boolean): boolean {
    if (upper) return true;
    const folded = foldWord(word);
    return this.#lowerStarts.has(folded) || this.#lowerStarts.has(stemWord(folded));
  }
}

/** Head nouns of buildings that are also the organizations working in them: театр, музей, университет. */
const INSTITUTION_HEADS = /(^|\s)(театр|музей|университет|библиотека|консерватория|галерея|цирк|филармония|институт|академия|госпиталь|больница|клиника|собор|храм|монастырь)(\s|$)/iu;

/**
 * The type the article uses for an entry: a knowledge-base building that houses an institution
 * (Большой театр, Эрмитаж is not one by name) is named as the organization in news text.
 */
export function effectiveType(entry: KbEntry): KbEntry['type'] {
  if (entry.type === 'Place' && entry.placeKind === 'building' && INSTITUTION_HEADS.test(entry.name)) return 'Organization';
  return entry.type;
}

const NO_IDS: readonly number[] = Object.freeze([]);

/** Per word id, the first letters of the keys it is found by (the letter after `f:`, `s:` or `a:`). */
function firstLettersOf(wordsByKey: ReadonlyMap<string, readonly number[]>): Map<number, string> {
  const out = new Map<number, string>();
  for (const [key, ids] of wordsByKey) {
    const letter = key.charAt(2);
    for (const id of ids) {
      const known = out.get(id) ?? '';
      if (!known.includes(letter)) out.set(id, known + letter);
    }
  }
  return out;
}

/** The first two letters of each stem; '' when a stem is shorter (then every word passes). */
function adjectiveOpenings(adjectives: ReadonlyMap<string, unknown>): Set<string> {
  const out = new Set<string>();
  for (const stem of adjectives.keys()) out.add(stem.length >= 2 ? stem.slice(0, 2) : '');
  return out;
}

const cache = new WeakMap<KnowledgeBase, Gazetteer>();

/** The gazetteer of a knowledge base, built on first use (unless primed) and kept for the process. */
export function gazetteerOf(kb: KnowledgeBase): Gazetteer {
  let g = cache.get(kb);
  if (!g) cache.set(kb, (g = new Gazetteer(kb)));
  return g;
}

/**
 * Makes the gazetteer of a knowledge base before the first article asks: from `packedIndex` (the
 * content of kb/derived/gazetteer.json) when it was made for this knowledge base, else built.
 */
export function primeGazetteer(kb: KnowledgeBase, packedIndex?: unknown): Gazetteer {
  let g = cache.get(kb);
  if (!g) {
    const data = packedIndex === undefined ? undefined : unpackGazetteer(packedIndex, kb);
    cache.set(kb, (g = new Gazetteer(kb, data)));
  }
  return g;
}
