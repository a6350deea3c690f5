import type { RawToken } from './tokenize.js';

// Abbreviations after which a period does not end a sentence (lower case, without the period).
const ABBREVIATIONS = new Set([
  'г', 'гг', 'т', 'е', 'д', 'п', 'ул', 'им', 'др', 'пр', 'см', 'стр', 'млн', 'млрд', 'трлн', 'тыс', 'руб', 'долл',
  'св', 'о', 'обл', 'р', 'ст', 'проф', 'акад', 'ген', 'ср', 'напр', 'англ', 'рус', 'лат', 'род', 'гос', 'зам',
  'пос', 'дер', 'пгт', 'просп', 'пл', 'наб', 'ж', 'корп', 'кв', 'рис', 'табл', 'гл', 'вып', 'изд', 'ок', 'нач',
  'кон', 'мин', 'сек', 'ч', 'кг', 'км', 'м', 'см', 'мм', 'л', 'mr', 'mrs', 'dr', 'st', 'inc', 'ltd', 'co', 'vs',
]);

export interface SentenceSpan {
  readonly tokenStart: number;
  readonly tokenEnd: number;
}

/**
 * Sentence boundaries over tokens: a line break always ends a sentence (titles and paragraphs);
 * . ! ? … end one when the next token can start a sentence and the period does not close an
 * abbreviation or an initial (В. Путин).
 */
export function splitSentences(text: string, tokens: readonly RawToken[]): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  let start = 0;
  for (let i = 0; i < tokens.length; i++) {
    const next = tokens[i + 1];
    if (!next) break;
    const cur = tokens[i]!;
    if (hasLineBreak(text, cur.end, next.start) || endsSentence(text, tokens, i)) {
      out.push({ tokenStart: start, tokenEnd: i + 1 });
      start = i + 1;
    }
  }
  if (start < tokens.length) out.push({ tokenStart: start, tokenEnd: tokens.length });
  return out;
}

function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) return true;
  }
  return false;
}

function endsSentence(text: string, tokens: readonly RawToken[], i: number): boolean {
  const cur = tokens[i]!;
  const next = tokens[i + 1]!;
  const curText = text.slice(cur.start, cur.end);
  if (cur.kind === 'quote' || (cur.kind === 'punct' && curText === ')')) {
    // a closing quote or bracket after a terminal mark: «…», or «Конец.» Next
    const prev = tokens[i - 1];
    if (!prev || !/^[.!?…]$/.test(text.slice(prev.start, prev.end))) return false;
    return next.start > cur.end && startsSentence(text, next);
  }
  if (cur.kind !== 'punct' || !/^[.!?…]$/.test(curText)) return false;
  if (next.start === cur.end && next.kind !== 'quote') return false; // 5-tv.ru, т.е.
  const nextText = text.slice(next.start, next.end);
  if (next.kind === 'quote' && /^[»“”"’]$/.test(nextText)) return false; // the quote closes first
  if (next.kind === 'punct' && /^[.!?…),;:]$/.test(nextText)) return false; // ?! … ...
  if (!startsSentence(text, next)) return false;
  return !(curText === '.' && abbreviationBefore(text, tokens, i));
}

function startsSentence(text: string, t: RawToken): boolean {
  if (t.kind === 'number' || t.kind === 'dash' || t.kind === 'quote') return true;
  if (t.kind !== 'word') return t.kind === 'symbol';
  const c = text[t.start]!;
  return c !== c.toLowerCase() || !/\p{L}/u.test(c);
}

function abbreviationBefore(text: string, tokens: readonly RawToken[], i: number): boolean {
  const prev = tokens[i - 1];
  if (!prev || prev.end !== tokens[i]!.start || prev.kind !== 'word') return false;
  const word = text.slice(prev.start, prev.end);
  if (word.length === 1 && word !== word.toLowerCase()) return true; // an initial: В. Путин
  return ABBREVIATIONS.has(word.toLowerCase());
}
