import type { SegmentedArticle, Token } from '../segment/types.js';
import { foldCase } from '../util/fold.js';
import { currencyOf, subunitOf } from './statements/figure-units.js';
import { readingsOf } from './statements/token-tools.js';

/** A number the text writes in digits or words, with its scale word: 5,3 млн; полтора миллиона; десятков миллионов. */
export interface ParsedNumber {
  /** Exact value, when the text gives one. */
  readonly value?: number;
  /** Bounds of a vague amount: десятки (10–100), сотни (100–1000) times the scale. */
  readonly min?: number;
  readonly max?: number;
  /** Token range [from, to). */
  readonly from: number;
  readonly to: number;
}

const WORD_VALUES: ReadonlyMap<string, number> = new Map([
  ['два', 2], ['три', 3], ['четыре', 4], ['пять', 5], ['шесть', 6], ['семь', 7], ['восемь', 8], ['девять', 9],
  ['десять', 10], ['одиннадцать', 11], ['двенадцать', 12], ['тринадцать', 13], ['четырнадцать', 14],
  ['пятнадцать', 15], ['шестнадцать', 16], ['семнадцать', 17], ['восемнадцать', 18], ['девятнадцать', 19],
  ['двадцать', 20], ['тридцать', 30], ['сорок', 40], ['пятьдесят', 50], ['шестьдесят', 60], ['семьдесят', 70],
  ['восемьдесят', 80], ['девяносто', 90], ['сто', 100], ['двести', 200], ['триста', 300], ['четыреста', 400],
  ['пятьсот', 500], ['шестьсот', 600], ['семьсот', 700], ['восемьсот', 800], ['девятьсот', 900], ['полтора', 1.5],
]);

/** Vague multiples: десятки (10–100), сотни (100–1000), and the scale nouns used alone (тысячи, миллионы). */
const VAGUE: ReadonlyMap<string, [number, number]> = new Map([
  ['десяток', [10, 100]], ['сотня', [100, 1000]], ['тысяча', [1000, 10000]], ['миллион', [1e6, 1e7]], ['миллиард', [1e9, 1e10]],
]);

export const SCALES: ReadonlyMap<string, number> = buildScales();

function buildScales(): Map<string, number> {
  const out = new Map<string, number>([['тыс', 1e3], ['млн', 1e6], ['млрд', 1e9], ['трлн', 1e12]]);
  for (const e of ['а', 'и', '', 'у', 'ей', 'ам', 'ами', 'ах', 'е']) out.set('тысяч' + e, 1e3);
  for (const [stem, v] of [['миллион', 1e6], ['миллиард', 1e9], ['триллион', 1e12]] as const) {
    for (const e of ['', 'а', 'ов', 'у', 'ом', 'е', 'ы', 'ам', 'ами', 'ах']) out.set(stem + e, v);
  }
  return out;
}

/** The value of a token of digits: 200, 5,3, 27.5. */
export function digitValue(t: Token | undefined): number | undefined {
  if (!t || t.kind !== 'number' || !/^\d+([.,]\d+)?$/.test(t.text)) return undefined;
  return Number(t.text.replace(',', '.'));
}

/** The number starting at token i, with its scale word, or undefined. */
export function parseNumberAt(seg: SegmentedArticle, i: number): ParsedNumber | undefined {
  const tokens = seg.tokens;
  const t = tokens[i];
  if (!t) return undefined;
  let value: number | undefined;
  let to = i + 1;
  if (t.kind === 'number') {
    [value, to] = groupedDigits(seg.text, tokens, i);
  } else if (t.kind === 'word') {
    const words = numeralWords(seg, i) ?? oneOrScale(seg, i);
    if (words) [value, to] = words;
    else return vagueAt(seg, i);
  }
  if (value === undefined) return undefined;
  const scale = SCALES.get(tokens[to]?.norm ?? '');
  if (scale !== undefined) {
    value = round(value * scale);
    to = skipAbbreviationDot(tokens, to + 1);
  }
  return { value, from: i, to };
}

/** 1 500 000: groups of three digits after a space continue the number. */
function groupedDigits(text: string, tokens: readonly Token[], i: number): [number | undefined, number] {
  const first = digitValue(tokens[i]);
  if (first === undefined || !/^\d{1,3}$/.test(tokens[i]!.text)) return [first, i + 1];
  let digits = tokens[i]!.text;
  let k = i + 1;
  while (tokens[k] && /^\d{3}([.,]\d+)?$/.test(tokens[k]!.text) && /^[ \u00a0\u202f\u2009]$/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start))) {
    digits += tokens[k]!.text;
    k++;
  }
  return [Number(digits.replace(',', '.')), k];
}

/** один миллион, миллиард долларов: «один» before a scale word, or a scale word alone in the singular (value 1). */
function oneOrScale(seg: SegmentedArticle, i: number): [number, number] | undefined {
  const t = seg.tokens[i]!;
  const one = /^(один|одна|одного|одной|одному|одним|одну)$/.test(t.norm);
  if (one && SCALES.has(seg.tokens[i + 1]?.norm ?? '')) return [1, i + 1];
  if (one && (currencyOf(seg.tokens[i + 1], t, seg.tokens[i + 2]) || subunitOf(seg.tokens[i + 1]))) return [1, i + 1];
  if (!SINGULAR_SCALES.test(t.norm) || !currencyOf(seg.tokens[i + 1], t, seg.tokens[i + 2])) return undefined;
  return [1, i];
}

const SINGULAR_SCALES = /^(тысяча|тысячу|тысячи|миллион|миллиона|миллиард|миллиарда|триллион|триллиона)$/;

/** двадцать пять, сто двадцать, полтора: numerals in words, summed. */
function numeralWords(seg: SegmentedArticle, i: number): [number, number] | undefined {
  let sum = 0;
  let k = i;
  while (k < seg.tokens.length) {
    const v = numeralValue(seg, seg.tokens[k]!);
    if (v === undefined) break;
    sum += v;
    k++;
  }
  return k > i ? [sum, k] : undefined;
}

const NUMERAL_START = /^(полтор|дв|тр|чет|пят|шест|сем|вос|дев|дес|одиннад|сорок|сто|ста)/;
const VAGUE_START = /^(десят|сотн|сотен|тысяч|миллион|миллиард)/;

function numeralValue(seg: SegmentedArticle, t: Token): number | undefined {
  if (t.kind !== 'word' || !NUMERAL_START.test(t.norm)) return undefined;
  for (const a of readingsOf(seg, t)) {
    if (a.pos !== 'NUMR') continue;
    const v = WORD_VALUES.get(foldCase(a.lemma));
    if (v !== undefined) return v;
  }
  return undefined;
}

/** десятков миллионов, сотни тысяч, тысячи: a vague amount (bounds, no value). */
function vagueAt(seg: SegmentedArticle, i: number): ParsedNumber | undefined {
  const t = seg.tokens[i]!;
  if (!VAGUE_START.test(t.norm)) return undefined;
  const r = readingsOf(seg, t).find((a) => a.pos === 'NOUN' && a.tags.has('plur') && VAGUE.has(foldCase(a.lemma)));
  if (!r) return undefined;
  const [lo, hi] = VAGUE.get(foldCase(r.lemma))!;
  const scale = SCALES.get(seg.tokens[i + 1]?.norm ?? '');
  if (scale === undefined) return { min: lo, max: hi, from: i, to: i + 1 };
  return { min: round(lo * scale), max: round(hi * scale), from: i, to: skipAbbreviationDot(seg.tokens, i + 2) };
}

/** тыс. / руб.: the abbreviation's point belongs to the figure when it is attached. */
export function skipAbbreviationDot(tokens: readonly Token[], k: number): number {
  const prev = tokens[k - 1];
  const dot = tokens[k];
  if (prev && dot && dot.text === '.' && dot.start === prev.end && /^(тыс|руб|долл)$/.test(prev.norm)) return k + 1;
  return k;
}

function round(v: number): number {
  return Math.round(v * 1e6) / 1e6;
}
