import type { KbEntry } from '../kb/entry.js';
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import { tokenize } from '../segment/tokenize.js';
import { addChild, type NameForm, type TrieNode } from './gazetteer-trie.js';
import { foldWord, nameWordKeys, stemWord } from './word-keys.js';

/** What a gazetteer matches with: built from the knowledge base, or read from its packed index. */
export interface GazetteerData {
  readonly root: TrieNode;
  /** Key (f:… / s:…) → ids of the name words that have it. */
  readonly wordsByKey: ReadonlyMap<string, readonly number[]>;
  readonly abbreviations: Map<string, KbEntry[]>;
  /** Adjective stem (российск) → entries. */
  readonly adjectives: Map<string, KbEntry[]>;
  /** Folded family name → people. */
  readonly familyNames: Map<string, KbEntry[]>;
  /** Folded forms and stems of the first words of names written lower case (белокаменная): other lower-case words start no name. */
  readonly lowerStarts: ReadonlySet<string>;
}

/** The gazetteer's data from every entry of the knowledge base, in its order. */
export function buildGazetteerData(kb: KnowledgeBase): GazetteerData {
  const builder = new GazetteerBuilder();
  for (const entry of kb.entries()) builder.add(entry);
  return builder.data;
}

/** A trie over name words (each word known by its folded form and its stem, see word-keys), abbreviations and adjectives. */
class GazetteerBuilder {
  readonly data = {
    root: {} as TrieNode,
    wordsByKey: new Map<string, number[]>(),
    abbreviations: new Map<string, KbEntry[]>(),
    adjectives: new Map<string, KbEntry[]>(),
    familyNames: new Map<string, KbEntry[]>(),
    lowerStarts: new Set<string>(),
  };
  readonly #wordIds = new Map<string, number>();
  /** Word shapes (U, L, C) met so far, by word. */
  readonly #shapes = new Map<string, string>();

  add(entry: KbEntry): void {
    this.#addName(entry, entry.name, 'name');
    for (const alias of entry.aliases) this.#addName(entry, alias, 'alias');
    for (const latin of entry.latinNames) this.#addName(entry, latin, 'latin');
    for (const abbr of entry.abbreviations) push(this.data.abbreviations, abbr.replace(/ё/g, 'е').replace(/Ё/g, 'Е'), entry);
    for (const adj of entry.adjectives) push(this.data.adjectives, stemWord(foldWord(adj)), entry);
    if (entry.type === 'Person') this.#addPersonForms(entry);
  }

  #addPersonForms(entry: KbEntry): void {
    const { givenName: g, patronymic: p, familyName: f } = entry;
    if (!f) return;
    push(this.data.familyNames, foldWord(f), entry);
    this.#addName(entry, f, 'familyName');
    if (!g) return;
    this.#addName(entry, `${g} ${f}`, 'fullName');
    this.#addName(entry, `${f} ${g}`, 'fullName');
    if (p) {
      this.#addName(entry, `${g} ${p} ${f}`, 'fullName');
      this.#addName(entry, `${f} ${g} ${p}`, 'fullName');
    }
  }

  #addName(entry: KbEntry, name: string, form: NameForm): void {
    const words = SIMPLE_NAME.test(name)
      ? name.split(' ').filter(Boolean)
      : tokenize(name).filter((t) => t.kind !== 'quote').map((t) => name.slice(t.start, t.end));
    if (words.length === 0) return;
    let shape = '';
    for (const w of words) shape += this.#shapeOf(w);
    if (shape[0] === 'L') {
      const folded = foldWord(words[0]!);
      this.data.lowerStarts.add(folded).add(stemWord(folded));
    }
    let node = this.data.root;
    for (const w of words) node = addChild(node, this.#wordId(w));
    const hits = (node.hits ??= []);
    for (const h of hits) if (h.entry === entry) return;
    hits.push({ entry, form, shape, words });
  }

  #shapeOf(word: string): string {
    let shape = this.#shapes.get(word);
    if (shape === undefined) this.#shapes.set(word, (shape = shapeOf(word)));
    return shape;
  }

  #wordId(word: string): number {
    const folded = foldWord(word);
    let id = this.#wordIds.get(folded);
    if (id !== undefined) return id;
    id = this.#wordIds.size;
    this.#wordIds.set(folded, id);
    const keys = /\p{L}/u.test(word) ? nameWordKeys(word) : [`f:${folded}`];
    for (const k of keys) push(this.data.wordsByKey, k, id);
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
