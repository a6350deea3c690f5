import type { SegmentedArticle, Token } from '../segment/types.js';
import { MONTH_FORMS, MONTH_INTRODUCERS, MONTH_WORDS, RELATIVE_ADJECTIVES, RELATIVE_DAYS, YEAR_WORDS } from './statements/date-words.js';
import { tenseNear } from './statements/tense.js';
import { isDash, type Tense } from './statements/token-tools.js';
import type { Span } from './types.js';

/** What a date expression says, before it is placed against the article's date. */
export type DateSpec =
  | { readonly kind: 'calendar'; readonly year?: number; readonly month?: number; readonly day?: number; readonly yearOffset?: number }
  | { readonly kind: 'relative-day'; readonly offset: number }
  | { readonly kind: 'relative-year'; readonly offset: number }
  | { readonly kind: 'relative-month'; readonly offset: number };

/** A date expression of the text: its span, what it says and the tense of its clause. */
export interface DateCandidate extends Span {
  readonly spec: DateSpec;
  readonly tense?: Tense;
  /** Token range [from, to). */
  readonly from: number;
  readonly to: number;
}

const MIN_YEAR = 1000;
const MAX_YEAR = 2100;
const YEAR_SUFFIX = /^(\d{4})-(го|м|й|ом|му|ый)$/;

/**
 * Date expressions: 4 февраля 2026 года, 9 Мая, в феврале 2026 года, в 2025 году, 1945-го,
 * 04.02.2026, сегодня, вчера, в этом году, в прошлом году, в сентябре. Decades (1980-е) and
 * bare numbers are left out. One pass over the tokens.
 */
export function extractDates(seg: SegmentedArticle): DateCandidate[] {
  const out: DateCandidate[] = [];
  const tokens = seg.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const found = dateAt(tokens, i);
    if (!found) continue;
    const [spec, to] = found;
    out.push({ start: tokens[i]!.start, end: tokens[to - 1]!.end, spec, tense: tenseNear(seg, i), from: i, to });
    i = to - 1;
  }
  return out;
}

type Found = [DateSpec, number];

function dateAt(tokens: readonly Token[], i: number): Found | undefined {
  const t = tokens[i]!;
  if (t.kind === 'number') return numericDate(tokens, i) ?? dayMonth(tokens, i) ?? yearWithWord(tokens, i);
  if (t.kind !== 'word') return undefined;
  const suffixed = t.norm.charCodeAt(0) <= 57 ? YEAR_SUFFIX.exec(t.norm) : null;
  if (suffixed && isYear(Number(suffixed[1])) && MONTH_INTRODUCERS.has(tokens[i - 1]?.norm ?? '')) {
    return [{ kind: 'calendar', year: Number(suffixed[1]) }, i + 1];
  }
  const month = MONTH_FORMS.get(t.norm);
  const yearNext = wholeNumber(tokens[i + 1]);
  const introduced = MONTH_INTRODUCERS.has(tokens[i - 1]?.norm ?? '') || (yearNext !== undefined && isYear(yearNext));
  if (month !== undefined && introduced) return withYear(tokens, i + 1, { kind: 'calendar', month });
  const day = RELATIVE_DAYS.get(t.norm);
  if (day !== undefined) return [{ kind: 'relative-day', offset: day }, i + 1];
  const offset = RELATIVE_ADJECTIVES.get(t.norm);
  if (offset !== undefined && YEAR_WORDS.has(tokens[i + 1]?.norm ?? '')) return [{ kind: 'relative-year', offset }, i + 2];
  if (offset !== undefined && MONTH_WORDS.has(tokens[i + 1]?.norm ?? '')) return [{ kind: 'relative-month', offset }, i + 2];
  return undefined;
}

function isYear(n: number): boolean {
  return Number.isInteger(n) && n >= MIN_YEAR && n <= MAX_YEAR;
}

function wholeNumber(t: Token | undefined): number | undefined {
  return t && t.kind === 'number' && /^\d+$/.test(t.text) ? Number(t.text) : undefined;
}

/** 4 февраля [2026 [года]] / 9 Мая [этого года]. */
function dayMonth(tokens: readonly Token[], i: number): Found | undefined {
  const day = wholeNumber(tokens[i]);
  const month = MONTH_FORMS.get(tokens[i + 1]?.norm ?? '');
  if (day === undefined || month === undefined || day < 1 || day > 31) return undefined;
  return withYear(tokens, i + 2, { kind: 'calendar', month, day });
}

/** The year after a day and month or a month: 2026 [года|г.], 1945-го, этого года. */
function withYear(tokens: readonly Token[], j: number, spec: { kind: 'calendar'; month: number; day?: number }): Found {
  const year = wholeNumber(tokens[j]);
  if (year !== undefined && isYear(year)) return [{ ...spec, year }, afterYearWord(tokens, j + 1)];
  const suffixed = YEAR_SUFFIX.exec(tokens[j]?.norm ?? '');
  if (suffixed && isYear(Number(suffixed[1]))) return [{ ...spec, year: Number(suffixed[1]) }, j + 1];
  const offset = RELATIVE_ADJECTIVES.get(tokens[j]?.norm ?? '');
  if (offset !== undefined && YEAR_WORDS.has(tokens[j + 1]?.norm ?? '')) return [{ ...spec, yearOffset: offset }, j + 2];
  return [spec, j];
}

function afterYearWord(tokens: readonly Token[], j: number): number {
  const word = tokens[j];
  if (!word || !YEAR_WORDS.has(word.norm)) return j;
  return (word.norm === 'г' || word.norm === 'гг') && tokens[j + 1]?.text === '.' ? j + 2 : j + 1;
}

/** в 2025 году / 2025 г. / 1988—1998 годах (the first year of a range). */
function yearWithWord(tokens: readonly Token[], i: number): Found | undefined {
  const year = wholeNumber(tokens[i]);
  if (year === undefined || !isYear(year)) return undefined;
  if (YEAR_WORDS.has(tokens[i + 1]?.norm ?? '')) return [{ kind: 'calendar', year }, afterYearWord(tokens, i + 1)];
  const other = wholeNumber(tokens[i + 2]);
  if (isDash(tokens[i + 1]) && other !== undefined && isYear(other) && YEAR_WORDS.has(tokens[i + 3]?.norm ?? '')) {
    return [{ kind: 'calendar', year }, i + 1];
  }
  return undefined;
}

/** 04.02.2026: a number with a point, a point and a year, written without spaces. */
function numericDate(tokens: readonly Token[], i: number): Found | undefined {
  const m = /^(\d{1,2})\.(\d{1,2})$/.exec(tokens[i]!.text);
  const dot = tokens[i + 1];
  const year = wholeNumber(tokens[i + 2]);
  if (!m || !dot || dot.text !== '.' || dot.start !== tokens[i]!.end || year === undefined || !isYear(year)) return undefined;
  if (tokens[i + 2]!.start !== dot.end) return undefined;
  const day = Number(m[1]);
  const month = Number(m[2]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return [{ kind: 'calendar', year, month, day }, afterYearWord(tokens, i + 3)];
}
