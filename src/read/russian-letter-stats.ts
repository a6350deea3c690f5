/**
 * How Russian a piece of text looks, from letter statistics: the frequency of each letter (the
 * well-known table of Russian letter frequencies, per cent) and a set of the most frequent letter
 * pairs. Used to tell Windows-1251 from KOI8-R: the wrong one of the two turns Russian into a
 * permutation of the alphabet with the case swapped, which these statistics see at once.
 */

const LETTER_PERCENT: Readonly<Record<string, number>> = {
  о: 10.97, е: 8.45, а: 8.01, и: 7.35, н: 6.7, т: 6.26, с: 5.47, р: 4.73, в: 4.54, л: 4.4, к: 3.49,
  м: 3.21, д: 2.98, п: 2.81, у: 2.62, я: 2.01, ы: 1.9, ь: 1.74, г: 1.7, з: 1.65, б: 1.59, ч: 1.44,
  й: 1.21, х: 0.97, ж: 0.94, ш: 0.73, ю: 0.64, ц: 0.48, щ: 0.36, э: 0.32, ф: 0.26, ъ: 0.04, ё: 0.04,
};

const LOG_P: ReadonlyMap<string, number> = new Map(Object.entries(LETTER_PERCENT).map(([k, v]) => [k, Math.log(v / 100)]));

/** Frequent Russian letter pairs (case-folded). */
const COMMON_PAIRS: ReadonlySet<string> = new Set(
  (
    'ст но то на ен ов ни ра во ко ос ро пр ал ре ер по го ли ет ог ан ол та ор ва ес ел он ит не од де ' +
    'ка ск ть ла от ны ат ом ве ле ин ем ри ак ам ой ил ие ти ль за ме им ис ия ых ми мо ма об ая ое ый ' +
    'их ей пе до се нн чт бы ся из ки ль ту тр ав ед ив ем ей ее ег ди ду зн ру ры ци ще ча че ши ци'
  ).split(' '),
);

/** Pairs that (almost) never occur inside a Russian word. */
const RARE_AFTER: Readonly<Record<string, string>> = {
  ь: 'аоуыэйь', ъ: 'аоуыэийьъбвгджзклмнпрстфхцчшщ', й: 'йьъыэ', ы: 'ыьъэ', э: 'ыьъэ',
};

export interface RussianScore {
  /** Cyrillic letters in the text. */
  readonly cyrillic: number;
  /** Other letters (Latin, Greek, …). */
  readonly otherLetters: number;
  /** Sum of the log-probabilities of the Cyrillic letters (case-folded). */
  readonly logLikelihood: number;
  /** Adjacent Cyrillic letter pairs, and how many of them are frequent or impossible in Russian. */
  readonly pairs: number;
  readonly commonPairs: number;
  readonly rarePairs: number;
  /** Words that mix Cyrillic and Latin letters, and words with an upper-case letter after a lower-case one. */
  readonly oddWords: number;
  /** Box-drawing, block and other pseudo-graphic characters (KOI8-R's upper half). */
  readonly graphics: number;
}

const CYRILLIC = /[а-яё]/;
const GRAPHIC = /[\u2219-\u22ff\u2300-\u23ff\u2500-\u25ff\u00b2\u00f7]/;
const WORD = /[\p{L}\p{M}]+/gu;

/** Scores a text's Russianness; linear in its length. */
export function scoreRussian(text: string): RussianScore {
  let cyrillic = 0, otherLetters = 0, logLikelihood = 0, pairs = 0, commonPairs = 0, rarePairs = 0, oddWords = 0, graphics = 0;
  for (const ch of text) if (GRAPHIC.test(ch)) graphics++;
  for (const [word] of text.matchAll(WORD)) {
    let prev = '';
    let sawCyrillic = false, sawOther = false, sawLower = false, caseJump = false;
    for (const ch of word) {
      const lower = ch.toLowerCase();
      if (!CYRILLIC.test(lower)) {
        otherLetters++;
        sawOther = true;
        prev = '';
        continue;
      }
      cyrillic++;
      sawCyrillic = true;
      logLikelihood += LOG_P.get(lower) ?? Math.log(0.0004);
      if (ch === lower) sawLower = true;
      else if (sawLower) caseJump = true;
      if (prev) {
        pairs++;
        if (COMMON_PAIRS.has(prev + lower)) commonPairs++;
        if (RARE_AFTER[prev]?.includes(lower)) rarePairs++;
      }
      prev = lower;
    }
    if ((sawCyrillic && sawOther) || caseJump) oddWords++;
  }
  return { cyrillic, otherLetters, logLikelihood, pairs, commonPairs, rarePairs, oddWords, graphics };
}

/**
 * One number per text: higher is more Russian. Per Cyrillic letter, the letters' average
 * log-probability, plus the share of frequent pairs, minus impossible pairs, odd words and graphics.
 */
export function russianness(s: RussianScore): number {
  if (s.cyrillic === 0) return -Infinity;
  const perLetter = s.logLikelihood / s.cyrillic;
  const common = s.pairs ? s.commonPairs / s.pairs : 0;
  const rare = s.pairs ? s.rarePairs / s.pairs : 0;
  const odd = (s.oddWords * 4 + s.graphics * 2) / s.cyrillic;
  return perLetter + 2 * common - 4 * rare - odd;
}
