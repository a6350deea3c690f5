import type { KbEntry } from '../kb/entry.js';
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import type { GazetteerData } from './gazetteer-build.js';
import { packTrie, unpackTrie, type PackedTrie } from './gazetteer-trie.js';

/**
 * The gazetteer of the shipped knowledge base, packed as JSON (kb/derived/gazetteer.json), so a
 * process reads it in a few milliseconds instead of building it (about 0.1 s on a cold start).
 * It names the hash of the knowledge-base files it was built from: for any other knowledge base
 * (edited files, --kb files) the gazetteer is built as usual. A unit test keeps it current.
 */
export const GAZETTEER_INDEX_FORMAT = 'newsgraph-gazetteer-index/2';
/** Its file name under kb/derived/. */
export const GAZETTEER_INDEX_FILE = 'gazetteer.json';

type PackedLists = readonly (readonly [string, readonly number[]])[];

export interface PackedGazetteer {
  readonly format: string;
  readonly kbHash: string;
  readonly entries: number;
  /** Word keys one per line; the ids of key k are keyIds[keyStart[k]…keyStart[k + 1]). */
  readonly keys: string;
  readonly keyStart: readonly number[];
  readonly keyIds: readonly number[];
  readonly abbreviations: PackedLists;
  readonly adjectives: PackedLists;
  readonly familyNames: PackedLists;
  readonly lowerStarts: readonly string[];
  readonly trie: PackedTrie;
}

/** The packed form of a gazetteer's data; entries are numbered in kb.entries() order. */
export function packGazetteer(data: GazetteerData, kb: KnowledgeBase, kbHash: string): PackedGazetteer {
  const index = new Map<KbEntry, number>();
  for (const entry of kb.entries()) index.set(entry, index.size);
  const lists = (map: ReadonlyMap<string, readonly KbEntry[]>): PackedLists => [...map].map(([k, list]) => [k, list.map((e) => index.get(e)!)]);
  return {
    format: GAZETTEER_INDEX_FORMAT,
    kbHash,
    entries: index.size,
    ...packWordKeys(data.wordsByKey),
    abbreviations: lists(data.abbreviations),
    adjectives: lists(data.adjectives),
    familyNames: lists(data.familyNames),
    lowerStarts: [...data.lowerStarts],
    trie: packTrie(data.root, index),
  };
}

/** The gazetteer's data from a packed index made for this very knowledge base, else undefined. */
export function unpackGazetteer(packed: unknown, kb: KnowledgeBase): GazetteerData | undefined {
  if (!isPackedFor(packed, kb)) return undefined;
  const entries = [...kb.entries()];
  const lists = (pairs: PackedLists) => new Map(pairs.map(([k, ids]) => [k, ids.map((i) => entries[i]!)]));
  return {
    root: unpackTrie(packed.trie, entries),
    wordsByKey: unpackWordKeys(packed),
    abbreviations: lists(packed.abbreviations),
    adjectives: lists(packed.adjectives),
    familyNames: lists(packed.familyNames),
    lowerStarts: new Set(packed.lowerStarts),
  };
}

function packWordKeys(wordsByKey: ReadonlyMap<string, readonly number[]>): Pick<PackedGazetteer, 'keys' | 'keyStart' | 'keyIds'> {
  const keys = [...wordsByKey.keys()];
  if (keys.some((k) => k.includes('\n'))) throw new Error('a word key the packed index cannot hold');
  const keyStart = [0];
  const keyIds: number[] = [];
  for (const ids of wordsByKey.values()) {
    keyIds.push(...ids);
    keyStart.push(keyIds.length);
  }
  return { keys: keys.join('\n'), keyStart, keyIds };
}

function unpackWordKeys(packed: PackedGazetteer): Map<string, readonly number[]> {
  const out = new Map<string, readonly number[]>();
  packed.keys.split('\n').forEach((key, k) => out.set(key, packed.keyIds.slice(packed.keyStart[k], packed.keyStart[k + 1])));
  return out;
}

function isPackedFor(packed: unknown, kb: KnowledgeBase): packed is PackedGazetteer {
  const p = packed as Partial<PackedGazetteer> | undefined;
  return (
    typeof p === 'object' && p !== null && p.format === GAZETTEER_INDEX_FORMAT && kb.sourceHash !== undefined &&
    p.kbHash === kb.sourceHash && p.entries === kb.size && typeof p.keys === 'string' && typeof p.trie === 'object'
  );
}
