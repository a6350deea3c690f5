import type { KbEntry } from '../kb/entry.js';
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import { tokenize } from '../segment/tokenize.js';
import { foldWord, nameWordKeys, stemWord } from './word-keys.js';

/** How a knowledge-base name was written: which of its forms the text matched. */
export type NameForm = 'name' | 'alias' | 'fullName' | 'familyName' | 'latin';

/**
 * One name of an entry, as a sequence of words. `shape` has one letter per word: U (the text
 * must capitalize it), L (any case), C (exact, all capitals: an abbreviation inside a name).
 */
export interface GazetteerHit {
  readonly entry: KbEntry;
  readonly form: NameForm;
  readonly shape: string;
  readonly words: readonly string[];
}

interface TrieNode {
  readonly next: Map<number, TrieNode>;
  hits?: GazetteerHit[];
}

/**
 * The knowledge base as a matcher: a trie over name words (each word known by its folded form
 * and its stem, see word-keys), abbreviations and adjectives. Built once per knowledge base.
 */
export class Gazetteer {
  readonly kb: KnowledgeBase;
  readonly root: TrieNode = { next: new Map() };
  /** Key (f:… / s:…) → ids of the name words that have it. */
  readonly #wordsByKey = new Map<string, number[]>();
  readonly #wordIds = new Map<string, number>();
  readonly abbreviations = new Map<string, KbEntry[]>();
  /** Adjective stem (российск) → entries. */
  readonly adjectives = new Map<string, KbEntry[]>();
  /** Folded family name → people. */
  readonly familyNames = new Map<string, KbEntry[]>();
  /** Folded forms and stems of the first words of names written lower case (белокаменная): other lower-case words start no name. */
  readonly #lowerStarts = new Set<string>();

  constructor(kb: KnowledgeBase) {
    this.kb = kb;
    for (const entry of kb.entries()) this.#add(entry);
  }

  readonly #idsByForm = new Map<string, readonly number[]>();

  /** Ids of the name words a text word can be; `keys` is asked only the first time the form is seen. */
  wordIds(form: string, keys: () => readonly string[]): readonly number[] {
    let ids = this.#idsByForm.get(form);
    if (ids) return ids;
    const out: number[] = [];
    for (const k of keys()) for (const id of this.#wordsByKey.get(k) ?? []) if (!out.includes(id)) out.push(id);
    if (this.#idsByForm.size >= 200_000) this.#idsByForm.clear();
    this.#idsByForm.set(form, (ids = out));
    return ids;
  }

  #add(entry: KbEntry): void {
    this.#addName(entry, entry.name, 'name');
    for (const alias of entry.aliases) this.#addName(entry, alias, 'alias');
    for (const latin of entry.latinNames) this.#addName(entry, latin, 'latin');
    for (const abbr of entry.abbreviations) push(this.abbreviations, abbr.replace(/ё/g, 'е').replace(/Ё/g, 'Е'), entry);
    for (const adj of entry.adjectives) push(this.adjectives, stemWord(foldWord(adj)), entry);
    if (entry.type === 'Person') this.#addPersonForms(entry);
  }

  #addPersonForms(entry: KbEntry): void {
    const { givenName: g, patronymic: p, familyName: f } = entry;
    if (!f) return;
    push(this.familyNames, foldWord(f), entry);
    this.#addName(entry, f, 'familyName');
    if (!g) return;
    this.#addName(entry, `${g} ${f}`, 'fullName');
    this.#addName(entry, `${f} ${g}`, 'fullName');
    if (p) {
      this.#addName(entry, `${g} ${p} ${f}`, 'fullName');
      this.#addName(entry, `${f} ${g} ${p}`, 'fullName');
    }
  }

  readonly #adjectiveForms = new Map<string, boolean>();

  /** A cheap test before the morphology: the word's stem, or a part of a compound, is a known adjective stem (российско-китайских). */
  mayBeAdjective(norm: string): boolean {
    let yes = this.#adjectiveForms.get(norm);
    if (yes === undefined) {
      yes = norm.split('-').some((p) => this.adjectives.has(stemWord(p)) || this.adjectives.has(stemWord(p.endsWith('о') ? p.slice(0, -1) : p)) || this.adjectives.has(p.slice(0, -1)));
      if (this.#adjectiveForms.size >= 200_000) this.#adjectiveForms.clear();
      this.#adjectiveForms.set(norm, yes);
    }
    return yes;
  }

  /** A word of the text can start a name: it is capitalized, or it inflects the first word of a lower-case name. */
  canStart(word: string, upper: boolean): boolean {
    if (upper) return true;
    const folded = foldWord(word);
    return this.#lowerStarts.has(folded) || this.#lowerStarts.has(stemWord(folded));
  }

  #addName(entry: KbEntry, name: string, form: NameForm): void {
    const words = SIMPLE_NAME.test(name)
      ? name.split(' ').filter(Boolean)
      : tokenize(name).filter((t) => t.kind !== 'quote').map((t) => name.slice(t.start, t.end));
    if (words.length === 0) return;
    if (shapeOf(words[0]!) === 'L') {
      const folded = foldWord(words[0]!);
      this.#lowerStarts.add(folded).add(stemWord(folded));
    }
    let node = this.root;
    for (const w of words) {
      const id = this.#wordId(w);
      let child = node.next.get(id);
      if (!child) node.next.set(id, (child = { next: new Map() }));
      node = child;
    }
    const hits = (node.hits ??= []);
    if (!hits.some((h) => h.entry === entry)) hits.push({ entry, form, shape: words.map(shapeOf).join(''), words });
  }

  #wordId(word: string): number {
    const folded = foldWord(word);
    let id = this.#wordIds.get(folded);
    if (id !== undefined) return id;
    id = this.#wordIds.size;
    this.#wordIds.set(folded, id);
    const keys = /\p{L}/u.test(word) ? nameWordKeys(word) : [`f:${folded}`];
    for (const k of keys) push(this.#wordsByKey, k, id);
    return id;
  }
}

/** Names of letters, spaces and inner hyphens split on spaces alone, as the tokenizer would split them. */
const SIMPLE_NAME = /^\p{L}+(?:-\p{L}+)*(?: \p{L}+(?:-\p{L}+)*)*$/u;

function shapeOf(word: string): string {
  const upper = word.toUpperCase();
  const lower = word.toLowerCase();
  if (word.length >= 2 && word === upper && word !== lower && upper.replace(/[^\p{L}]/gu, '').length >= 2) return 'C';
  const first = word[0] ?? '';
  return first !== first.toLowerCase() ? 'U' : 'L';
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
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

const cache = new WeakMap<KnowledgeBase, Gazetteer>();

/** The gazetteer of a knowledge base, built on first use and kept for the process. */
export function gazetteerOf(kb: KnowledgeBase): Gazetteer {
  let g = cache.get(kb);
  if (!g) cache.set(kb, (g = new Gazetteer(kb)));
  return g;
}
