import { precisionOf, type TemporalValue } from '../model/temporal.js';
import { quoteForMessage } from '../util/message-text.js';

export interface ParsedHeader {
  /** UTF-16 offset where the article body starts. */
  readonly bodyStart: number;
  readonly datePublished?: TemporalValue;
  readonly warnings: readonly string[];
}

const HEADER = /^[ \t]*date[ \t]+(\S+)[ \t]*/;

/**
 * The archive format's first line: ` date YYYY-MM-DD ` followed, on the same line, by the first
 * line of the article. Text without the header is read as it is.
 */
export function parseHeader(text: string): ParsedHeader {
  const m = HEADER.exec(text);
  if (!m) return { bodyStart: 0, warnings: [] };
  const raw = m[1] ?? '';
  const value = raw.replace(/[.,;]$/, '');
  const precision = precisionOf(value);
  if (precision !== 'day' && precision !== 'dateTime') {
    return { bodyStart: m[0].length, warnings: [`the date header ${quoteForMessage(raw)} is not a date (YYYY-MM-DD); the article is exported without datePublished`] };
  }
  const date = { value, precision };
  if (!realDate(value)) {
    return { bodyStart: m[0].length, warnings: [`the date header ${quoteForMessage(raw)} is not a calendar date; the article is exported without datePublished`] };
  }
  return { bodyStart: m[0].length, datePublished: date, warnings: [] };
}

/** A day that exists in the proleptic Gregorian calendar, year 1 or later (XSD 1.0 has no year 0). */
function realDate(value: string): boolean {
  const [y, mo, d] = value.slice(0, 10).split('-').map(Number);
  if (y === undefined || mo === undefined || d === undefined || y < 1) return false;
  const t = new Date(0);
  t.setUTCFullYear(y, mo - 1, d); // Date.UTC would read years 0–99 as 1900–1999
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}
