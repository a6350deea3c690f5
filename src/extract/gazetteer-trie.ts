import type { KbEntry } from '../kb/entry.js';

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

/**
 * The trie in the packed index, as columns (JSON reads long arrays of numbers much faster than
 * nested arrays): nodes in breadth-first order, so the children of a node are consecutive nodes;
 * hits grouped by node in the same order, their shapes and words (space-joined) one per line.
 */
export interface PackedTrie {
  /** Per node: the word id it is reached by (-1 for the root) and its number of children. */
  readonly ids: readonly number[];
  readonly childCount: readonly number[];
  /** Per node (and one more): where its hits start in the hit columns. */
  readonly hitStart: readonly number[];
  readonly hitEntry: readonly number[];
  /** One letter per hit: see FORM_CODES. */
  readonly hitForm: string;
  readonly hitShape: string;
  readonly hitWords: string;
}

const FORM_CODES: Readonly<Record<NameForm, string>> = { name: 'n', alias: 'a', fullName: 'f', familyName: 'm', latin: 'l' };
const FORMS = new Map(Object.entries(FORM_CODES).map(([form, code]) => [code, form as NameForm]));

/** The packed trie read for use: the columns, where each node's children start, the hits' lines split. */
interface TrieColumns {
  readonly trie: PackedTrie;
  readonly firstChild: Int32Array;
  readonly shapes: readonly string[];
  readonly words: readonly string[];
  readonly entries: readonly KbEntry[];
}

/** Children not unpacked yet: a node read from the packed index gets its children when first asked. */
interface PackedChildren {
  readonly columns: TrieColumns;
  readonly node: number;
}

/**
 * A node of the name trie. Most nodes are leaves or have one child: the first child is kept in
 * `onlyId`/`only`, and a map is made only for a second one (a gazetteer's memory is mostly nodes).
 */
export interface TrieNode {
  onlyId?: number;
  only?: TrieNode;
  next?: Map<number, TrieNode>;
  hits?: GazetteerHit[];
  packed?: PackedChildren;
}

/** The child of a trie node for a name word id. */
export function childOf(node: TrieNode, id: number): TrieNode | undefined {
  if (node.packed) unpackChildren(node);
  return node.onlyId === id ? node.only : node.next?.get(id);
}

/** The child for the id, made if missing. */
export function addChild(node: TrieNode, id: number): TrieNode {
  return childOf(node, id) ?? attach(node, id, {});
}

function attach(node: TrieNode, id: number, child: TrieNode): TrieNode {
  if (node.only === undefined) {
    node.onlyId = id;
    node.only = child;
  } else (node.next ??= new Map()).set(id, child);
  return child;
}

/** Every child of a node with its word id, in the order they were added. */
export function childrenOf(node: TrieNode): [number, TrieNode][] {
  if (node.packed) unpackChildren(node);
  const out: [number, TrieNode][] = node.only ? [[node.onlyId!, node.only]] : [];
  if (node.next) out.push(...node.next);
  return out;
}

/** The root of a packed trie; every node below is made when first asked for. */
export function unpackTrie(trie: PackedTrie, entries: readonly KbEntry[]): TrieNode {
  const firstChild = new Int32Array(trie.ids.length);
  let next = 1;
  for (let k = 0; k < trie.ids.length; k++) {
    firstChild[k] = next;
    next += trie.childCount[k]!;
  }
  const columns: TrieColumns = { trie, firstChild, shapes: trie.hitShape.split('\n'), words: trie.hitWords.split('\n'), entries };
  return nodeAt(columns, 0);
}

function nodeAt(columns: TrieColumns, k: number): TrieNode {
  const { trie, entries } = columns;
  const node: TrieNode = {};
  const from = trie.hitStart[k]!;
  const to = trie.hitStart[k + 1]!;
  if (to > from) {
    node.hits = [];
    for (let h = from; h < to; h++) {
      node.hits.push({ entry: entries[trie.hitEntry[h]!]!, form: FORMS.get(trie.hitForm[h]!)!, shape: columns.shapes[h]!, words: columns.words[h]!.split(' ') });
    }
  }
  if (trie.childCount[k]! > 0) node.packed = { columns, node: k };
  return node;
}

function unpackChildren(node: TrieNode): void {
  const { columns, node: k } = node.packed!;
  node.packed = undefined;
  const first = columns.firstChild[k]!;
  for (let c = first; c < first + columns.trie.childCount[k]!; c++) attach(node, columns.trie.ids[c]!, nodeAt(columns, c));
}

/** The packed form of a trie; `entryIndex` numbers the entries. */
export function packTrie(root: TrieNode, entryIndex: ReadonlyMap<KbEntry, number>): PackedTrie {
  const ids: number[] = [];
  const childCount: number[] = [];
  const hitStart: number[] = [];
  const hitEntry: number[] = [];
  let hitForm = '';
  const shapes: string[] = [];
  const words: string[] = [];
  const queue: [number, TrieNode][] = [[-1, root]];
  for (let q = 0; q < queue.length; q++) {
    const [id, node] = queue[q]!;
    const children = childrenOf(node);
    ids.push(id);
    childCount.push(children.length);
    hitStart.push(hitEntry.length);
    for (const h of node.hits ?? []) {
      hitEntry.push(entryIndex.get(h.entry)!);
      hitForm += FORM_CODES[h.form];
      shapes.push(h.shape);
      words.push(joinWords(h.words));
    }
    queue.push(...children);
  }
  hitStart.push(hitEntry.length);
  return { ids, childCount, hitStart, hitEntry, hitForm, hitShape: shapes.join('\n'), hitWords: words.join('\n') };
}

function joinWords(words: readonly string[]): string {
  if (words.length === 0 || words.some((w) => w === '' || /[ \n]/.test(w))) throw new Error(`a name word the packed index cannot hold: ${JSON.stringify(words)}`);
  return words.join(' ');
}
