type TagTest = (this: object) => unknown;
/** The methods of az's Tag prototype that are remembered. */
export interface TagMethods {
  isProductive: TagTest;
  isCapitalized: TagTest;
  toString: TagTest;
}

/**
 * az's per-tag tests remember their answers. az shares one frozen tag object among all words with
 * that tag, but asks each tag again for every candidate parse: whether it is productive and whether
 * it is a name (13 and 5 property reads on objects of hundreds of shapes), and its string form
 * (joined anew to look up the parse's probability). The answers depend on the tag alone.
 */
export function memoizeTagTests(methods: TagMethods): void {
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
