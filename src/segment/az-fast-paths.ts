import Az from 'az';

type TagTest = (this: object) => unknown;
interface TagMethods {
  isProductive: TagTest;
  isCapitalized: TagTest;
  toString: TagTest;
}

/** The parts of az's DAWG (a dictionary automaton) that its look-up reads. */
interface Dawg {
  format: string;
  /** az's own findAll, kept beside the shortcut for comparison. */
  findAllEveryPath?: Dawg['findAll'];
  /** az's own followString, kept beside the faster one for comparison. */
  followStringAz?: Dawg['followString'];
  findAll(str: string, replaces?: Record<string, string>, maxStutter?: number, maxTypos?: number): unknown[];
  followString(str: string, index?: number): number;
  followByte(byte: number, index: number): number;
  hasValue(index: number): boolean;
  value(index: number): number;
  iterateAll(index: number): unknown[];
}

/** What az's suffix guesser reads of a parse it makes (az's DictionaryParse). */
interface SuffixParse {
  score: number;
  tag: { isProductive(): unknown; isCapitalized(): unknown };
}
type DictionaryParseClass = new (word: string, paradigm: number, form: number) => SuffixParse;
interface MorphConfig {
  ignoreCase?: boolean;
  replacements?: Record<string, string>;
}
type Parser = (word: string, config: MorphConfig) => SuffixParse[];
interface AzInternals {
  DAWG?: { load?: (url: string, format: string, callback: (err: unknown, dawg?: Dawg) => void) => void; prototype: Dawg };
}

const MISSING = -1;
let installed = false;
/** az's suffix automata (prediction-suffixes-N.dawg), by N, as az loads them. */
const suffixDawgs: Dawg[] = [];
const SUFFIX_DAWG = /prediction-suffixes-(\d)\.dawg$/;

/** Keeps az's suffix automata as az loads them (the guesser below reads them). Call before az's init. */
export function watchAzLoading(): void {
  const DAWG = (Az as unknown as AzInternals).DAWG;
  const load = DAWG?.load;
  if (!DAWG || !load) return;
  DAWG.load = (url, format, callback) =>
    load(url, format, (err, dawg) => {
      const n = SUFFIX_DAWG.exec(url)?.[1];
      if (!err && dawg && n !== undefined) suffixDawgs[Number(n)] = dawg;
      callback(err, dawg);
    });
}

/**
 * Four shortcuts in az that change none of its answers (the tests compare them with az's own on
 * every kind of word). Call after az is initialized (it needs one word's parse to reach the
 * prototypes); once per thread.
 */
export function installAzFastPaths(): void {
  if (installed) return;
  const probe = Az.Morph('слово')[0]?.tag;
  const dawg = (Az as unknown as { DAWG?: { prototype: Dawg } }).DAWG?.prototype;
  if (!probe || !dawg || typeof dawg.followString !== 'function') return;
  memoizeTagTests(Object.getPrototypeOf(probe) as TagMethods);
  const bytes = windows1251Bytes();
  dawg.findAllEveryPath = dawg.findAll;
  dawg.findAll = withSinglePathLookup(dawg.findAll, bytes);
  if (bytes) {
    dawg.followStringAz = dawg.followString;
    dawg.followString = followStringBy(bytes);
  }
  const parsers = (Az.Morph as unknown as { Parsers: Record<string, Parser> }).Parsers;
  const DictionaryParse = (Object.getPrototypeOf(Az.Morph('слово')[0]) as { constructor: DictionaryParseClass }).constructor;
  if (parsers.SuffixKnown && suffixDawgs.length === SUFFIX_PREFIXES.length && suffixDawgs.every(Boolean)) {
    parsers.SuffixKnownAz = parsers.SuffixKnown;
    parsers.SuffixKnown = suffixKnown(DictionaryParse);
  }
  installed = true;
}

/**
 * az's per-tag tests remember their answers. az shares one frozen tag object among all words with
 * that tag, but asks each tag again for every candidate parse: whether it is productive and whether
 * it is a name (13 and 5 property reads on objects of hundreds of shapes), and its string form
 * (joined anew to look up the parse's probability). The answers depend on the tag alone.
 */
function memoizeTagTests(methods: TagMethods): void {
  methods.isProductive = remembered(methods.isProductive);
  methods.isCapitalized = remembered(methods.isCapitalized);
  methods.toString = remembered(methods.toString);
}

/** Stands for an answer of `undefined` (isCapitalized's answer for a tag that is no name). */
const UNDEFINED = Symbol('undefined');

function remembered(test: TagTest): TagTest {
  const answers = new WeakMap<object, unknown>();
  return function (this: object) {
    let answer = answers.get(this);
    if (answer === undefined) {
      answer = test.call(this) ?? UNDEFINED;
      answers.set(this, answer);
    }
    return answer === UNDEFINED ? undefined : answer;
  };
}

/**
 * az's findAll explores every spelling a word may stand for (е read as ё, stutter repaired, typos)
 * with a stack of five-element arrays, asking its object tables for each letter. Most look-ups have
 * one spelling only: a parse's probability (no variants asked for), or a word without е and without
 * a doubled letter; those follow the automaton letter by letter. The others, unless typos are asked
 * for (they never are here), are explored depth first by recursion in the order az's stack takes
 * them, reading letters as char codes (with `bytes`, when the platform gave the table).
 */
function withSinglePathLookup(findAll: Dawg['findAll'], bytes: Int16Array | undefined): Dawg['findAll'] {
  return function (this: Dawg, str, replaces, maxStutter, maxTypos) {
    if (maxTypos) return findAll.call(this, str, replaces, maxStutter, maxTypos);
    if ((replaces && hasReplaceable(str, replaces)) || (maxStutter && mayStutter(str))) {
      if (!bytes) return findAll.call(this, str, replaces, maxStutter, maxTypos);
      const results: unknown[] = [];
      explore({ dawg: this, str, bytes, replacements: replacementsOf(replaces), maxStutter: maxStutter ?? 0, results }, '', 0, 0, 0);
      return results;
    }
    const index = this.followString(str);
    if (index === MISSING) return [];
    const found = payload(this, str, index, 0);
    return found ? [found] : [];
  };
}

/** What az's findAll gives for a spelling that reaches the automaton's node `index`, if anything. */
function payload(dawg: Dawg, spelling: string, index: number, stutter: number): unknown[] | undefined {
  if (dawg.format === 'int') return dawg.hasValue(index) ? [spelling, dawg.value(index)] : undefined;
  if (dawg.format === 'words' || dawg.format === 'probs') {
    index = dawg.followByte(1, index); // the separator before the payloads
    if (index === MISSING) return undefined;
  }
  return [spelling, dawg.iterateAll(index), stutter, 0];
}

interface Exploration {
  readonly dawg: Dawg;
  readonly str: string;
  readonly bytes: Int16Array;
  /** Char code of a replaced letter → what it may stand for (az follows its first letter). */
  readonly replacements: ReadonlyMap<number, string>;
  readonly maxStutter: number;
  readonly results: unknown[];
}

/**
 * az's findAll without typos, as a recursion. At each letter az pushes the path of what the letter
 * may stand for, then the letter's own path, then the paths that skip its repeats (нн, д-д), and
 * pops the last pushed first: they are explored in the opposite order.
 */
function explore(x: Exploration, prefix: string, len: number, stutter: number, index: number): void {
  const { dawg, str, bytes } = x;
  if (len === str.length) {
    const found = payload(dawg, prefix, index, stutter);
    if (found) x.results.push(found);
    return;
  }
  const code = str.charCodeAt(len);
  const byte = bytes[code]!;
  const next = byte < 0 ? MISSING : dawg.followByte(byte, index);
  if (next !== MISSING) {
    const spelled = prefix + str[len];
    let skips: number[] | undefined; // [len, stutter] of each path that skips a repeat, in push order
    for (let at = len, count = stutter; count < x.maxStutter && at < str.length - 1; count++) {
      if (str.charCodeAt(at) === str.charCodeAt(at + 1)) (skips ??= []).push(at + 2, count + 1), at++;
      else if (at < str.length - 2 && str[at + 1] === '-' && str.charCodeAt(at) === str.charCodeAt(at + 2)) (skips ??= []).push(at + 3, count + 1), at += 2;
      else break;
    }
    if (skips) for (let k = skips.length - 2; k >= 0; k -= 2) explore(x, spelled, skips[k]!, skips[k + 1]!, next);
    explore(x, spelled, len + 1, stutter, next);
  }
  const replacement = x.replacements.get(code);
  if (replacement) {
    const replacedByte = bytes[replacement.charCodeAt(0)]!;
    const replaced = replacedByte < 0 ? MISSING : dawg.followByte(replacedByte, index);
    if (replaced !== MISSING) explore(x, prefix + replacement, len + 1, stutter, replaced);
  }
}

const REPLACEMENTS = new WeakMap<object, ReadonlyMap<number, string>>();
const NO_REPLACEMENTS: ReadonlyMap<number, string> = new Map();

/** The replacement table by char code: az looks up one letter at a time, so longer keys never apply. */
function replacementsOf(replaces: Record<string, string> | undefined): ReadonlyMap<number, string> {
  if (!replaces) return NO_REPLACEMENTS;
  let byCode = REPLACEMENTS.get(replaces);
  if (!byCode) {
    byCode = new Map(Object.keys(replaces).filter((k) => k.length === 1).map((k) => [k.charCodeAt(0), replaces[k]!]));
    REPLACEMENTS.set(replaces, byCode);
  }
  return byCode;
}

/** The letters each replacement table replaces (az passes the same table, its configuration's, each time). */
const REPLACED = new WeakMap<object, readonly string[]>();

function hasReplaceable(str: string, replaces: Record<string, string>): boolean {
  let letters = REPLACED.get(replaces);
  if (letters === undefined) {
    letters = Object.keys(replaces);
    REPLACED.set(replaces, letters);
  }
  for (const letter of letters) if (str.includes(letter)) return true;
  return false;
}

/** A letter doubled (нн) or repeated across a hyphen (д-д): where az tries to repair stutter. */
function mayStutter(str: string): boolean {
  for (let i = 0; i + 1 < str.length; i++) {
    if (str[i] === str[i + 1] || (str[i + 1] === '-' && str[i] === str[i + 2])) return true;
  }
  return false;
}

/** The prefixes az's suffix guesser strips (its `prefixes`), one automaton each. */
const SUFFIX_PREFIXES = ['', 'по', 'наи'];
/** az's weights of a guess by the length of the ending it matched. */
const ENDING_WEIGHTS = [0, 0.2, 0.3, 0.4, 0.5, 0.6];

/**
 * az's guesser for words its dictionary lacks (Morph.Parsers.SuffixKnown), the same steps in the
 * same order, with one change: the guesses already made are remembered in a Set, not as the keys
 * of a plain object (whose look-ups and insertions of new string keys took 30 % of az's time on an
 * unknown word). The key is az's own: the guessed form, paradigm and form number.
 */
function suffixKnown(DictionaryParse: DictionaryParseClass): Parser {
  return (word, config) => {
    if (word.length < 4) return [];
    const isCapitalized = !config.ignoreCase && word[0]!.toLocaleLowerCase() !== word[0] && word.substring(1).toLocaleUpperCase() !== word.substring(1);
    word = word.toLocaleLowerCase();
    let parses: SuffixParse[] = [];
    let minLength = 1;
    const used = new Set<string>();
    for (let i = 0; i < SUFFIX_PREFIXES.length; i++) {
      const prefix = SUFFIX_PREFIXES[i]!;
      if (prefix.length && !word.startsWith(prefix)) continue;
      const base = word.substring(prefix.length);
      for (let length = 5; length >= minLength; length--) {
        if (length >= base.length) continue;
        const left = base.substring(0, base.length - length);
        const entries = suffixDawgs[i]!.findAll(base.substring(base.length - length), config.replacements, 0, 0) as [string, [number, number, number][]][];
        const found: SuffixParse[] = [];
        let max = 1;
        for (const [suffix, stats] of entries) {
          for (const [score, paradigm, form] of stats) {
            const guessed = prefix + left + suffix;
            const parse = new DictionaryParse(guessed, paradigm, form);
            if (!parse.tag.isProductive()) continue;
            if (!config.ignoreCase && parse.tag.isCapitalized() && !isCapitalized) continue;
            const key = `${guessed}:${paradigm}:${form}`;
            if (used.has(key)) continue;
            max = Math.max(max, score);
            parse.score = score * ENDING_WEIGHTS[length]!;
            found.push(parse);
            used.add(key);
          }
        }
        if (found.length > 0) {
          for (const parse of found) parse.score /= max;
          parses = parses.concat(found);
          minLength = Math.max(length - 1, 1);
        }
      }
    }
    return parses;
  };
}

/**
 * The Windows-1251 byte of each UTF-16 code unit, -1 for none: az's automata are in that encoding.
 * az keeps the table as an object with a numeric key per character, and following a word's letters
 * asked it twice a letter (is there a byte? which?), a fifth of az's time on a dictionary word. Built
 * from the platform's decoder; byte 0x98, which Windows-1251 leaves unassigned, az leaves out too
 * (the test compares the table with az's). Undefined where the platform cannot decode Windows-1251.
 */
function windows1251Bytes(): Int16Array | undefined {
  try {
    const decoder = new TextDecoder('windows-1251');
    const bytes = new Int16Array(65536).fill(-1);
    for (let byte = 0; byte < 256; byte++) {
      if (byte === 0x98) continue;
      bytes[decoder.decode(Uint8Array.of(byte)).charCodeAt(0)] = byte;
    }
    return bytes[0x0410] === 0xc0 && bytes[0x0451] === 0xb8 ? bytes : undefined; // А, ё
  } catch {
    return undefined;
  }
}

/** az's DAWG.followString, reading the byte of each letter from a typed array. */
function followStringBy(bytes: Int16Array): Dawg['followString'] {
  return function (this: Dawg, str, index) {
    let at = index || 0;
    for (let i = 0; i < str.length; i++) {
      const byte = bytes[str.charCodeAt(i)]!;
      if (byte < 0) return MISSING;
      at = this.followByte(byte, at);
      if (at === MISSING) return MISSING;
    }
    return at;
  };
}
