import Az from 'az';

type TagTest = (this: object) => unknown;
interface TagMethods {
  isProductive: TagTest;
  isCapitalized: TagTest;
  toString: TagTest;
}

let memoized = false;

/**
 * Makes az's three per-tag tests remember their answers. az shares one frozen tag object among all
 * words with that tag, but asks each tag again for every candidate parse: whether it is productive
 * and whether it is a name (13 and 5 property reads on objects of hundreds of shapes), and its
 * string form (joined anew to look up the parse's probability). Together a fifth of az's time on a
 * corpus's words. The answers depend on the tag alone, so remembering them changes no result.
 * Call after az is initialized (it needs one tag to reach their prototype); once per thread.
 */
export function memoizeTagTests(): void {
  if (memoized) return;
  const probe = Az.Morph('слово')[0]?.tag;
  if (!probe) return;
  const methods = Object.getPrototypeOf(probe) as TagMethods;
  methods.isProductive = remembered(methods.isProductive);
  methods.isCapitalized = remembered(methods.isCapitalized);
  methods.toString = remembered(methods.toString);
  memoized = true;
}

/** Stands for an answer of `undefined` (isCapitalized answers a tag's last grammeme it reads). */
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
