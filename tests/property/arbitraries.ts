import fc from 'fast-check';
import { RUSSIAN_SENTENCES } from '../hostile/helpers/russian-samples.js';

/** Runs per property: FUZZ_RUNS for long runs, else small enough for a 2-core CI. */
export function runs(defaultRuns: number): number {
  const n = Number(process.env.FUZZ_RUNS);
  return Number.isFinite(n) && n > 0 ? n : defaultRuns;
}

const WORDS = [...new Set(RUSSIAN_SENTENCES.join(' ').split(/\s+/))];

/** Every quote mark, dash and markup that has broken exporters before. */
const HOSTILE_PIECES = [
  '«', '»', '„', '“', '”', '"', "'", '‘', '’', '‹', '›', '—', '–', '-', '…', '</script>', '<!--', '-->', ']]>', '<b>', '&amp;', '\\', '\\"',
  '"""', '\\u0000', '@prefix', '<http://x/>', '^^', '\u0000', '\u0001', '\u0007', '\u000b', '\u000c', '\u001b', '\u001f', '\u007f', '\u0085',
  '\u2028', '\u2029', '\u200b', '\u200d', '\ufeff', '\u202e', '\ufffe', '\uffff', '\ud800', '\udfff', '🙂', '👨‍👩‍👧', '🇷🇺', '𝔘', '\u{10FFFD}',
  'и\u0306', 'е\u0301', '\u0301', '\r\n', '\r', '\n\n', '\t', ' date 2026-02-04 ', 'Владимир Путин', 'Си Цзиньпин', 'МИД России', 'в Москве',
  '15%', '3,5 млрд рублей', '4 февраля 2026 года',
];

/** A piece of random text: Russian words, hostile pieces, or any Unicode at all. */
const piece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_PIECES) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
);

/** Article-like random text: pieces joined by spaces, sometimes without. */
export const hostileText = fc
  .array(fc.tuple(piece, fc.constantFrom(' ', ' ', ' ', '', '\n', '. ', ', ')), { minLength: 1, maxLength: 60 })
  .map((parts) => parts.map(([p, sep]) => p + sep).join(''));

/** Russian text made of the sample sentences' words (for the code page properties). */
export const russianText = fc
  .array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 40 })
  .map((words) => words.join(' '));

/** At least 20 words: enough for the letter statistics to decide. */
export const russianText20 = fc
  .array(fc.constantFrom(...WORDS), { minLength: 20, maxLength: 60 })
  .map((words) => words.join(' '));
