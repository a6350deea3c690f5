import Az from 'az';
import { followStringBy, windows1251Bytes, withSinglePathLookup, type Dawg } from './az-lookup.js';
import { noteLoadedDawg, suffixDawgsLoaded, suffixKnown, type DictionaryParseClass, type Parser } from './az-suffix-guesser.js';
import { memoizeTagTests, type TagMethods } from './az-tag-memo.js';

interface AzInternals {
  DAWG?: { load?: (url: string, format: string, callback: (err: unknown, dawg?: Dawg) => void) => void; prototype: Dawg };
}

let installed = false;

/** Keeps the automata az loads that the shortcuts read (the suffix guesser's). Call before az's init. */
export function watchAzLoading(): void {
  const DAWG = (Az as unknown as AzInternals).DAWG;
  const load = DAWG?.load;
  if (!DAWG || !load) return;
  DAWG.load = (url, format, callback) =>
    load(url, format, (err, dawg) => {
      if (!err && dawg) noteLoadedDawg(url, dawg);
      callback(err, dawg);
    });
}

/**
 * Four shortcuts in az that change none of its answers (the tests compare each with az's own, kept
 * beside it: findAllEveryPath, followStringAz, Parsers.SuffixKnownAz): remembered tag tests
 * (az-tag-memo), look-ups over char codes (az-lookup) and the unknown-word guesser (az-suffix-guesser).
 * Call after az is initialized (it needs one word's parse to reach the prototypes); once per thread.
 */
export function installAzFastPaths(): void {
  if (installed) return;
  const parse = Az.Morph('слово')[0];
  const dawg = (Az as unknown as AzInternals).DAWG?.prototype;
  if (!parse || !dawg || typeof dawg.followString !== 'function') return;
  memoizeTagTests(Object.getPrototypeOf(parse.tag) as TagMethods);
  const bytes = windows1251Bytes();
  dawg.findAllEveryPath = dawg.findAll;
  dawg.findAll = withSinglePathLookup(dawg.findAll, bytes);
  if (bytes) {
    dawg.followStringAz = dawg.followString;
    dawg.followString = followStringBy(bytes);
  }
  const parsers = (Az.Morph as unknown as { Parsers: Record<string, Parser> }).Parsers;
  const DictionaryParse = (Object.getPrototypeOf(parse) as { constructor: DictionaryParseClass }).constructor;
  if (parsers.SuffixKnown && suffixDawgsLoaded()) {
    parsers.SuffixKnownAz = parsers.SuffixKnown;
    parsers.SuffixKnown = suffixKnown(DictionaryParse);
  }
  installed = true;
}
