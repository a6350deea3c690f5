import { russianness, scoreRussian, type RussianScore } from './russian-letter-stats.js';

/** The single-byte Cyrillic encodings newsgraph recognizes, as WHATWG encoding labels. */
export type CyrillicCodepage = 'windows-1251' | 'koi8-r';

export const CODEPAGE_NAME: Readonly<Record<CyrillicCodepage, string>> = {
  'windows-1251': 'Windows-1251',
  'koi8-r': 'KOI8-R',
};

export type CodepageGuess =
  | { readonly kind: 'found'; readonly codepage: CyrillicCodepage; readonly text: string }
  /** Both read as Russian about equally well: too little text to tell. */
  | { readonly kind: 'unsure'; readonly cyrillic: number }
  /** Neither reads as Russian. */
  | { readonly kind: 'none' };

/** Enough bytes to judge an encoding by; the statistics settle long before. */
const SAMPLE_BYTES = 64 * 1024;
/** Fewer Cyrillic letters than this and no guess is trusted. */
const MIN_LETTERS = 12;
/** The winner must be ahead by this much per letter (scores differ by 0.5–2 on real text). */
const MIN_MARGIN = 0.25;
/** Real Russian scores about -2.5 and above; permuted letters score far below. */
const MIN_SCORE = -3.3;

const CANDIDATES: readonly CyrillicCodepage[] = ['windows-1251', 'koi8-r'];

/**
 * Bytes that are not UTF-8, read as Windows-1251 and as KOI8-R: the reading that looks like Russian
 * by letter statistics wins when it is clearly ahead and Cyrillic letters are most of the letters.
 */
export function guessCyrillicCodepage(bytes: Uint8Array): CodepageGuess {
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  const scored = CANDIDATES.map((codepage) => {
    const stats = scoreRussian(new TextDecoder(codepage).decode(sample));
    return { codepage, stats, score: russianness(stats) };
  }).sort((a, b) => b.score - a.score);
  const [best, second] = scored as [Scored, Scored];
  if (!mostlyCyrillic(best.stats) || best.score < MIN_SCORE) return { kind: 'none' };
  if (best.stats.cyrillic < MIN_LETTERS || best.score - second.score < MIN_MARGIN) return { kind: 'unsure', cyrillic: best.stats.cyrillic };
  return { kind: 'found', codepage: best.codepage, text: new TextDecoder(best.codepage).decode(bytes) };
}

interface Scored {
  readonly codepage: CyrillicCodepage;
  readonly stats: RussianScore;
  readonly score: number;
}

/** Cyrillic letters are at least half of the letters, and few words mix scripts. */
function mostlyCyrillic(s: RussianScore): boolean {
  return s.cyrillic > 0 && s.cyrillic >= s.otherLetters;
}
