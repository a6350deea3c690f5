/** The parts of az's DAWG (a dictionary automaton) that its look-up reads. */
export interface Dawg {
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

export const MISSING = -1;

/**
 * az's findAll explores every spelling a word may stand for (е read as ё, stutter repaired, typos)
 * with a stack of five-element arrays, asking its object tables for each letter. Most look-ups have
 * one spelling only: a parse's probability (no variants asked for), or a word without е and without
 * a doubled letter; those follow the automaton letter by letter. The others, unless typos are asked
 * for (they never are here), are explored depth first by recursion in the order az's stack takes
 * them, reading letters as char codes (with `bytes`, when the platform gave the table).
 */
export function withSinglePathLookup(findAll: Dawg['findAll'], bytes: Int16Array | undefined): Dawg['findAll'] {
  return function (this: Dawg, str, replaces, maxStutter, maxTypos) {
    if (maxTypos) return findAll.call(this, str, replaces, maxStutter, maxTypos);
    const replacements = replacementsOf(replaces);
    if (replacements.letters.some((letter) => str.includes(letter)) || (maxStutter && mayStutter(str))) {
      if (!bytes) return findAll.call(this, str, replaces, maxStutter, maxTypos);
      const results: unknown[] = [];
      explore({ dawg: this, str, bytes, replacements: replacements.byCode, maxStutter: maxStutter ?? 0, results }, '', 0, 0, 0);
      return results;
    }
    const index = this.followString(str);
    if (index === MISSING) return [];
    const found = payload(this, str, index, 0);
    return found ? [found] : [];
  };
}

/** What az's findAll gives for a spelling that reaches the automaton's node `index`, if anything. */
export function payload(dawg: Dawg, spelling: string, index: number, stutter: number): unknown[] | undefined {
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
      if (str.charCodeAt(at) === str.charCodeAt(at + 1)) {
        (skips ??= []).push(at + 2, count + 1);
        at += 1;
      } else if (at < str.length - 2 && str[at + 1] === '-' && str.charCodeAt(at) === str.charCodeAt(at + 2)) {
        (skips ??= []).push(at + 3, count + 1);
        at += 2;
      } else break;
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

/** A replacement table as the look-up reads it: the letters it replaces, and what each stands for by char code. */
interface Replacements {
  readonly letters: readonly string[];
  readonly byCode: ReadonlyMap<number, string>;
}

const REPLACEMENTS = new WeakMap<object, Replacements>();
const NO_REPLACEMENTS: Replacements = { letters: [], byCode: new Map() };

/**
 * The replacement table (az passes the same one, its configuration's, each time) by letter. az
 * looks up one letter at a time, so keys longer than a letter never apply.
 */
function replacementsOf(replaces: Record<string, string> | undefined): Replacements {
  if (!replaces) return NO_REPLACEMENTS;
  let table = REPLACEMENTS.get(replaces);
  if (!table) {
    const letters = Object.keys(replaces).filter((k) => k.length === 1);
    table = { letters, byCode: new Map(letters.map((k) => [k.charCodeAt(0), replaces[k]!])) };
    REPLACEMENTS.set(replaces, table);
  }
  return table;
}

/** A letter doubled (нн) or repeated across a hyphen (д-д): where az tries to repair stutter. */
function mayStutter(str: string): boolean {
  for (let i = 0; i + 1 < str.length; i++) {
    if (str[i] === str[i + 1] || (str[i + 1] === '-' && str[i] === str[i + 2])) return true;
  }
  return false;
}

/**
 * The Windows-1251 byte of each UTF-16 code unit, -1 for none: az's automata are in that encoding.
 * az keeps the table as an object with a numeric key per character, and following a word's letters
 * asked it twice a letter (is there a byte? which?), a fifth of az's time on a dictionary word. Built
 * from the platform's decoder; byte 0x98, which Windows-1251 leaves unassigned, az leaves out too
 * (the test compares the table with az's). Undefined where the platform cannot decode Windows-1251.
 */
export function windows1251Bytes(): Int16Array | undefined {
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
export function followStringBy(bytes: Int16Array): Dawg['followString'] {
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
