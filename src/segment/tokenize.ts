import type { TokenKind } from './types.js';

export interface RawToken {
  readonly start: number;
  readonly end: number;
  readonly kind: TokenKind;
}

// Word: letters (with combining marks, inner apostrophes) and hyphen-joined parts (Нью-Йорк,
// российско-китайских, 80-летие, COVID-19). Number: digits with one decimal separator (5,3).
const WORD = String.raw`\p{L}[\p{L}\p{M}\p{N}]*(?:['’][\p{L}][\p{L}\p{M}]*)*(?:[-‐](?=[\p{L}\p{N}])[\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*`;
const NUMBER_WORD = String.raw`\p{N}+(?:[-‐]\p{L}[\p{L}\p{M}]*)+`;
const NUMBER = String.raw`\p{N}+(?:[.,]\p{N}+)?`;
const QUOTE = '[«»„“”‟"‘’‚‹›\']';
const DASH = '[—–‒―-]';
const PUNCT = '[.,;:!?…()\\[\\]{}/\\\\]';
const TOKEN = new RegExp(`(${WORD})|(${NUMBER_WORD})|(${NUMBER})|(${QUOTE})|(${DASH})|(${PUNCT})|([^\\s])`, 'gu');
const KINDS: TokenKind[] = ['word', 'word', 'number', 'quote', 'dash', 'punct', 'symbol'];

/** Splits text into tokens with UTF-16 offsets; white space is skipped. Linear in the text length. */
export function tokenize(text: string, from = 0, to = text.length): RawToken[] {
  const out: RawToken[] = [];
  const slice = from === 0 && to === text.length ? text : text.slice(0, to);
  TOKEN.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(slice)) !== null) {
    let group = 1;
    while (group <= KINDS.length && m[group] === undefined) group++;
    out.push({ start: m.index, end: m.index + m[0].length, kind: KINDS[group - 1] ?? 'symbol' });
  }
  return out;
}
