import type { DateCandidate, DateSpec } from '../../extract/dates.js';
import type { Tense } from '../../extract/statements/token-tools.js';
import type { TemporalValue } from '../../model/temporal.js';

interface Ymd {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}

/**
 * Places a date expression on the calendar, as precisely as the text allows. Relative expressions
 * need the article's date; without it they stay unresolved (undefined). A day or a month without
 * a year takes the article's year, moved back a year when the clause is past and the date would
 * lie after the article, forward when it is future and would lie before; with no article date a
 * day and month stays a --MM-DD.
 */
export function resolveDate(candidate: DateCandidate, published: TemporalValue | undefined): TemporalValue | undefined {
  const pub = published ? ymdOf(published.value) : undefined;
  const spec = candidate.spec;
  if (spec.kind === 'calendar') return calendarDate(spec, pub, candidate.tense);
  if (!pub) return undefined;
  if (spec.kind === 'relative-day') return day(addDays(pub, spec.offset));
  if (spec.kind === 'relative-year') return { value: year4(pub.y + spec.offset), precision: 'year' };
  const months = pub.y * 12 + (pub.m - 1) + spec.offset;
  return month(Math.floor(months / 12), (months % 12) + 1);
}

function calendarDate(spec: Extract<DateSpec, { kind: 'calendar' }>, pub: Ymd | undefined, tense: Tense | undefined): TemporalValue | undefined {
  const { month: m, day: d } = spec;
  let y = spec.year;
  if (y === undefined && spec.yearOffset !== undefined && pub) y = pub.y + spec.yearOffset;
  if (y === undefined && m !== undefined && pub) y = inferYear(pub, m, d, tense);
  if (y === undefined) {
    if (m !== undefined && d !== undefined && validDay(2000, m, d)) return { value: `--${pad(m)}-${pad(d)}`, precision: 'monthDay' };
    return undefined;
  }
  if (m === undefined) return { value: year4(y), precision: 'year' };
  if (d === undefined) return month(y, m);
  return validDay(y, m, d) ? day({ y, m, d }) : undefined;
}

function inferYear(pub: Ymd, m: number, d: number | undefined, tense: Tense | undefined): number {
  const cmp = m !== pub.m ? m - pub.m : d === undefined ? 0 : d - pub.d;
  if (tense === 'past' && cmp > 0) return pub.y - 1;
  if (tense === 'future' && cmp < 0) return pub.y + 1;
  return pub.y;
}

function ymdOf(value: string): Ymd | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  return m ? { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) } : undefined;
}

function addDays(p: Ymd, offset: number): Ymd {
  const t = new Date(Date.UTC(p.y, p.m - 1, p.d + offset));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

function validDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

const pad = (n: number) => String(n).padStart(2, '0');
const year4 = (y: number) => String(y).padStart(4, '0');
const day = (p: Ymd): TemporalValue => ({ value: `${year4(p.y)}-${pad(p.m)}-${pad(p.d)}`, precision: 'day' });
const month = (y: number, m: number): TemporalValue => ({ value: `${year4(y)}-${pad(m)}`, precision: 'month' });
