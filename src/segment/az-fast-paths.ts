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
  findAll(str: string, replaces?: Record<string, string>, maxStutter?: number, maxTypos?: number): unknown[];
  followString(str: string, index?: number): number;
  followByte(byte: number, index: number): number;
  hasValue(index: number): boolean;
  value(index: number): number;
  iterateAll(index: number): unknown[];
}

const MISSING = -1;
let installed = false;

/**
 * Two shortcuts in az that change none of its answers (the tests compare them with az's own on
 * every kind of word). Call after az is initialized (it needs one word's parse to reach the
 * prototypes); once per thread.
 */
export function installAzFastPaths(): void {
  if (installed) return;
  const probe = Az.Morph('слово')[0]?.tag;
  const dawg = (Az as unknown as { DAWG?: { prototype: Dawg } }).DAWG?.prototype;
  if (!probe || !dawg || typeof dawg.followString !== 'function') return;
  memoizeTagTests(Object.getPrototypeOf(probe) as TagMethods);
  dawg.findAllEveryPath = dawg.findAll;
  dawg.findAll = withSinglePathLookup(dawg.findAll);
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
 * with a stack of five-element arrays and a new string per letter. Most look-ups have one spelling
 * only: a parse's probability (no variants asked for), or a word without е and without a doubled
 * letter. Those follow the automaton letter by letter and give what findAll would.
 */
function withSinglePathLookup(findAll: Dawg['findAll']): Dawg['findAll'] {
  return function (this: Dawg, str, replaces, maxStutter, maxTypos) {
    if (maxTypos || (replaces && hasReplaceable(str, replaces)) || (maxStutter && mayStutter(str))) {
      return findAll.call(this, str, replaces, maxStutter, maxTypos);
    }
    let index = this.followString(str);
    if (index === MISSING) return [];
    if (this.format === 'int') return this.hasValue(index) ? [[str, this.value(index)]] : [];
    if (this.format === 'words' || this.format === 'probs') {
      index = this.followByte(1, index); // the separator before the payloads
      if (index === MISSING) return [];
    }
    return [[str, this.iterateAll(index), 0, 0]];
  };
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
