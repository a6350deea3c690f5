import type { SegmentedArticle, Token } from '../segment/types.js';
import { foldCase } from '../util/fold.js';
import { digitValue, parseNumberAt, SCALES, type ParsedNumber } from './numbers.js';
import { MONTH_FORMS, YEAR_WORDS } from './statements/date-words.js';
import { CURRENCY_SYMBOLS, currencyOf, numberAdjective, subunitOf, unitOf, type Unit } from './statements/figure-units.js';
import { measureBefore } from './statements/measures.js';
import { isDash, tokenIndexAt, readingsOf } from './statements/token-tools.js';
import type { Span } from './types.js';

/** A figure of the text: a number with its unit, bounds and what it measures. */
export interface FigureCandidate extends Span {
  readonly from: number;
  readonly to: number;
  readonly kind: Unit['kind'];
  readonly value?: number;
  readonly minValue?: number;
  readonly maxValue?: number;
  readonly currency?: string;
  readonly unitCode?: string;
  /** The counted noun when there is no unit code: человек, жизнь. */
  readonly unitText?: string;
  readonly measures?: string;
  /** A scaled number with no unit of its own (316 млн): it takes the currency of the amount before it. */
  readonly bare?: boolean;
}

type Bound = 'min' | 'max' | 'about' | 'from';

const BOUNDS: ReadonlyMap<string, Bound> = new Map([
  ['более', 'min'], ['свыше', 'min'], ['больше', 'min'], ['около', 'about'], ['порядка', 'about'], ['примерно', 'about'],
  ['приблизительно', 'about'], ['менее', 'max'], ['меньше', 'max'], ['почти', 'max'], ['до', 'max'], ['от', 'from'],
]);
/** Words before a number that make it a label, not a quantity: статья 104, № 5, пункт 6. */
const LABEL_WORDS = /^(№|номер\p{L}*|стать\p{L}*|ст|пункт\p{L}*|п|част\p{L}*|ч|глав\p{L}|раздел\p{L}*|параграф\p{L}*|дом\p{L}*|д|корпус\p{L}*|кв|квартир\p{L}*|стр|рис|табл|приказ\p{L}*|указ\p{L}*|протокол\p{L}*|рейс\p{L}*|колони\p{L}*|школ\p{L}*|маршрут\p{L}*|трасс\p{L}*|шоссе)$/u;
/** Nouns after a number that do not make a count: раз, часть, место. */
const NOT_COUNTED = new Set(['раз', 'часть', 'пункт', 'статья', 'глава', 'номер', 'место', 'страница', 'серия', 'сезон', 'тур', 'класс', 'этаж', 'уровень', 'степень', 'созыв', 'чтение', 'очко']);
const CLOCK_WORDS = /^(утра|вечера|ночи|дня|по)$/;
/** How many paragraphs back a bare amount with a measure noun (долг, штраф) looks for its currency. */
const INHERIT_PARAGRAPHS = 2;

/**
 * Figures: money (200 миллиардов долларов, $27.5 млн, 5,3 млн рублей), percentages, durations and
 * ages (три года, 25 лет, 80-летие), measures (118 км) and counts (5 человек, десятков миллионов
 * жизней), with approximations (около, более, до, от … до). Dates (given as spans to skip), clock
 * times, labels (статья 104, № 5), phone numbers and list numbering are not figures.
 */
export function extractFigures(seg: SegmentedArticle, skip: readonly Span[]): FigureCandidate[] {
  const blocked = new Uint8Array(seg.tokens.length);
  for (const s of skip) blocked.fill(1, tokenIndexAt(seg.tokens, s.start), tokenIndexAt(seg.tokens, s.end));
  const out: FigureCandidate[] = [];
  for (let i = 0; i < seg.tokens.length; i++) {
    if (blocked[i] === 1 || !mayStartFigure(seg.tokens[i]!)) continue;
    const f = figureAt(seg, i, blocked);
    if (!f) continue;
    out.push(f);
    i = f.to - 1;
  }
  return inheritCurrencies(seg, out);
}

/** 368 млн рублей …, второе место — 316 млн: a bare scaled number takes the currency of the last amount of its paragraph. */
function inheritCurrencies(seg: SegmentedArticle, figures: readonly FigureCandidate[]): FigureCandidate[] {
  const paragraph = (f: FigureCandidate) => seg.sentences[seg.tokens[f.from]!.sentence]!.paragraph;
  let last: FigureCandidate | undefined;
  return figures.map((f) => {
    if (!f.bare) {
      if (f.kind === 'MonetaryAmount') last = f;
      return f;
    }
    const { bare: _bare, ...rest } = f;
    const measures = measureBefore(seg, f.from);
    const distance = last ? paragraph(f) - paragraph(last) : Infinity;
    if (!last?.currency || distance > (measures ? INHERIT_PARAGRAPHS : 0)) return rest;
    return { ...rest, kind: 'MonetaryAmount', currency: last.currency, ...(measures ? { measures } : {}) };
  });
}

const FIGURE_WORD = /^(\d|полтор|дв|тр|чет|пят|шест|сем|вос|дев|дес|одиннад|сорок|сто|ста|сотн|сотен|тысяч|миллион|миллиард|триллион|один|одн)/;

/** A cheap test before the parse: digits, a currency sign, a number word or a bound word (более, около). */
function mayStartFigure(t: Token): boolean {
  if (t.kind === 'number') return true;
  if (t.kind === 'symbol') return CURRENCY_SYMBOLS.has(t.text);
  return t.kind === 'word' && (FIGURE_WORD.test(t.norm) || BOUNDS.has(t.norm));
}

function figureAt(seg: SegmentedArticle, i: number, blocked: Uint8Array): FigureCandidate | undefined {
  const t = seg.tokens[i]!;
  const adjective = numberAdjective(t);
  if (adjective) return make(seg, i, i + 1, { value: adjective.value, from: i, to: i + 1 }, adjective.unit);
  const bound = BOUNDS.get(t.norm);
  const start = bound ? i + 1 : i;
  const symbol = CURRENCY_SYMBOLS.get(seg.tokens[start]?.text ?? '');
  const at = symbol ? start + 1 : start;
  if (blocked[at] === 1 || isLabel(seg, at)) return undefined;
  const n = parseNumberAt(seg, at);
  if (!n) return undefined;
  if (bound === 'from') return range(seg, i, n, blocked);
  const dashed = dashRange(seg, i, n, symbol);
  if (dashed) return dashed;
  const withUnit = unitAfter(seg, n.to, symbol);
  if (!withUnit) return scaledAlone(seg, i, at, n, bound);
  if (isClock(seg, at, withUnit.unit, withUnit.to)) return undefined;
  if (withUnit.unitText && seg.tokens[at]!.kind === 'word' && n.to === at + 1 && n.value !== undefined) return undefined;
  return make(seg, i, withUnit.to, scaleBy(bounded(n, bound), withUnit.factor), withUnit.unit, withUnit.unitText);
}

/** 50-70 млн рублей, 3–5 тысяч: two numbers joined by a dash share the scale and unit after the second. */
function dashRange(seg: SegmentedArticle, i: number, low: ParsedNumber, symbol: string | undefined): FigureCandidate | undefined {
  const dash = seg.tokens[low.to];
  if (!dash || !isDash(dash) || dash.start !== seg.tokens[low.to - 1]!.end || low.value === undefined) return undefined;
  const high = parseNumberAt(seg, low.to + 1);
  if (!high || high.value === undefined || seg.tokens[low.to + 1]!.start !== dash.end) return undefined;
  const withUnit = unitAfter(seg, high.to, symbol);
  if (!withUnit) return undefined;
  const lowValue = high.value > low.value * 100 && low.to === low.from + 1 ? low.value * scaleOf(high.value) : low.value;
  if (lowValue > high.value) return undefined;
  return make(seg, i, withUnit.to, { min: lowValue, max: high.value, from: i, to: withUnit.to }, withUnit.unit, withUnit.unitText);
}

/** 316 млн, 2,5 тыс.: a number with a scale word and no unit; the currency may come from the context later. */
function scaledAlone(seg: SegmentedArticle, i: number, at: number, n: ParsedNumber, bound: Bound | undefined): FigureCandidate | undefined {
  const scaled = n.to > at + 1 && SCALES.has(seg.tokens[n.to - 1]?.norm ?? seg.tokens[n.to - 2]?.norm ?? '');
  if (!scaled && !(n.to > at + 1 && seg.tokens[n.to - 1]?.text === '.')) return undefined;
  return make(seg, i, n.to, bounded(n, bound), { kind: 'QuantitativeValue' }, undefined, true);
}

function scaleBy(n: ParsedNumber, factor: number | undefined): ParsedNumber {
  if (factor === undefined) return n;
  const times = (v: number | undefined) => (v === undefined ? undefined : Math.round(v * factor * 1e6) / 1e6);
  return { ...n, ...(n.value !== undefined ? { value: times(n.value)! } : {}), ...(n.min !== undefined ? { min: times(n.min)! } : {}), ...(n.max !== undefined ? { max: times(n.max)! } : {}) };
}

/** от 3 до 5 тысяч рублей, от 25 до 80 лет. */
function range(seg: SegmentedArticle, i: number, low: ParsedNumber, blocked: Uint8Array): FigureCandidate | undefined {
  if (seg.tokens[low.to]?.norm !== 'до' || blocked[low.to + 1] === 1) return undefined;
  const symbol = CURRENCY_SYMBOLS.get(seg.tokens[low.to + 1]?.text ?? '');
  const high = parseNumberAt(seg, symbol ? low.to + 2 : low.to + 1);
  if (!high || high.value === undefined || low.value === undefined) return undefined;
  const withUnit = unitAfter(seg, high.to, symbol);
  if (!withUnit) return undefined;
  const scaled = high.value > low.value * 100 && low.to === low.from + 1 ? low.value * scaleOf(high.value) : low.value;
  return make(seg, i, withUnit.to, { min: scaled, max: high.value, from: i, to: withUnit.to }, withUnit.unit, withUnit.unitText);
}

function scaleOf(v: number): number {
  for (const s of [1e12, 1e9, 1e6, 1e3]) if (v >= s) return s;
  return 1;
}

function bounded(n: ParsedNumber, bound: Bound | undefined): ParsedNumber {
  if (n.value === undefined || bound === undefined || bound === 'about') return n;
  return bound === 'min' ? { min: n.value, from: n.from, to: n.to } : { max: n.value, from: n.from, to: n.to };
}

interface UnitHit {
  readonly unit: Unit;
  readonly to: number;
  readonly unitText?: string;
  /** Coins: the value is this fraction of the currency (цент → 0.01). */
  readonly factor?: number;
}

function unitAfter(seg: SegmentedArticle, k: number, symbol: string | undefined): UnitHit | undefined {
  const tokens = seg.tokens;
  const t = tokens[k];
  if (symbol) return { unit: { kind: 'MonetaryAmount', currency: symbol }, to: k };
  if (t?.text === '%') return { unit: { kind: 'QuantitativeValue', unitCode: 'P1' }, to: k + 1 };
  const after = t && CURRENCY_SYMBOLS.get(t.text);
  if (after) return { unit: { kind: 'MonetaryAmount', currency: after }, to: k + 1 };
  for (const j of [k, k + 1]) {
    const currency = currencyOf(tokens[j], tokens[j - 1], tokens[j + 1]);
    if (currency && (j === k || tokens[k]!.kind === 'word')) return { unit: { kind: 'MonetaryAmount', currency }, to: withUsa(tokens, j + 1) };
  }
  const coin = subunitOf(t);
  if (coin) return { unit: { kind: 'MonetaryAmount', currency: coin }, to: k + 1, factor: 0.01 };
  const unit = unitOf(t);
  if (unit) return { unit, to: k + 1 };
  return counted(seg, k);
}

/** долларов США, фунтов стерлингов: the word after the currency belongs to the figure. */
function withUsa(tokens: readonly Token[], k: number): number {
  return /^(сша|стерлингов|стерлинга|стерлинг)$/.test(tokens[k]?.norm ?? '') ? k + 1 : k;
}

/** 5 человек, 2 тысячи защитных масок: a noun (after at most one adjective) counted by the number. */
function counted(seg: SegmentedArticle, k: number): UnitHit | undefined {
  const number = seg.tokens[k - 1];
  if (number && /^(1[89]|20)\d\d$/.test(number.text)) return undefined;
  for (const j of [k, k + 1]) {
    const t = seg.tokens[j];
    if (!t || t.kind !== 'word' || t.lineBreakBefore || MONTH_FORMS.has(t.norm) || YEAR_WORDS.has(t.norm)) return undefined;
    const rs = readingsOf(seg, t);
    const noun = rs.find((a) => a.pos === 'NOUN' && !['Name', 'Surn', 'Patr', 'Geox', 'Orgn', 'Abbr'].some((g) => a.tags.has(g)));
    if (noun && rs[0] === noun) {
      const lemma = foldCase(noun.lemma);
      return NOT_COUNTED.has(lemma) ? undefined : { unit: { kind: 'QuantitativeValue' }, to: j + 1, unitText: lemma };
    }
    if (j === k && !rs.some((a) => a.pos === 'ADJF')) return undefined;
  }
  return undefined;
}

function isLabel(seg: SegmentedArticle, i: number): boolean {
  const tokens = seg.tokens;
  const t = tokens[i];
  if (!t || t.kind !== 'number') return false;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (prev && LABEL_WORDS.test(prev.norm)) return true;
  if (prev && (prev.text === '+' || prev.text === ':') && prev.end === t.start) return true;
  if (next && next.text === ':' && next.start === t.end && digitValue(tokens[i + 2]) !== undefined) return true;
  if (prev && isDash(prev) && prev.start === tokens[i - 2]?.end && tokens[i - 2]?.kind === 'number') return true;
  if (next && isDash(next) && next.start === t.end && tokens[i + 2]?.kind === 'number' && isDash(tokens[i + 3])) return true;
  return t.lineBreakBefore && next !== undefined && /^[.)]$/.test(next.text) && next.start === t.end;
}

/** в 10 часов утра: a clock time, not a duration. */
function isClock(seg: SegmentedArticle, at: number, unit: Unit, to: number): boolean {
  if (unit.unitCode !== 'HUR') return false;
  return /^(в|к|до|после|с)$/.test(seg.tokens[at - 1]?.norm ?? '') && CLOCK_WORDS.test(seg.tokens[to]?.norm ?? '');
}

function make(seg: SegmentedArticle, from: number, to: number, n: ParsedNumber, unit: Unit, unitText?: string, bare = false): FigureCandidate | undefined {
  if (n.value === undefined && n.min === undefined && n.max === undefined) return undefined;
  const measures = unit.kind === 'MonetaryAmount' || unit.unitCode === 'P1' ? measureBefore(seg, from) : undefined;
  return {
    start: seg.tokens[from]!.start,
    end: seg.tokens[to - 1]!.end,
    from,
    to,
    kind: unit.kind,
    ...(n.value !== undefined ? { value: n.value } : {}),
    ...(n.min !== undefined ? { minValue: n.min } : {}),
    ...(n.max !== undefined ? { maxValue: n.max } : {}),
    ...(unit.currency ? { currency: unit.currency } : {}),
    ...(unit.unitCode ? { unitCode: unit.unitCode } : {}),
    ...(unitText ? { unitText } : {}),
    ...(measures ? { measures } : {}),
    ...(bare ? { bare } : {}),
  };
}
