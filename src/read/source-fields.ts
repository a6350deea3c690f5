import { precisionOf, type TemporalValue } from '../model/temporal.js';

const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?)?)?$/i;

/**
 * A date as a page or a JSON Lines row gives it, with its precision: `2025-06-17T09:40:00+03:00`
 * (dateTime), `2025-06-17` (day), `2025-06` (month), `2025` (year). A space instead of `T` and a
 * zone without a colon are accepted; anything else (or a date that does not exist) gives undefined.
 */
export function parseDateValue(raw: string): TemporalValue | undefined {
  const m = ISO.exec(raw.trim());
  if (!m) return undefined;
  const [, year, month, day, hour, minute, second, fraction, zone] = m;
  let value = [year, month, day].filter(Boolean).join('-');
  if (hour !== undefined && day !== undefined) {
    value += `T${hour}:${minute}${second !== undefined ? `:${second}${fraction ?? ''}` : ''}${normalizeZone(zone)}`;
  }
  const precision = precisionOf(value);
  if (!precision || !realDate(value)) return undefined;
  return { value, precision };
}

function normalizeZone(zone: string | undefined): string {
  if (!zone) return '';
  if (zone.toUpperCase() === 'Z') return 'Z';
  return zone.includes(':') ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`;
}

function realDate(value: string): boolean {
  const [y, mo, d] = value.slice(0, 10).split('-').map(Number);
  if (y === undefined || mo === undefined || d === undefined || Number.isNaN(d)) return true;
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

/** An absolute http(s) URL in the form an IRI accepts (spaces and the like percent-encoded), or undefined. */
export function normalizeUrl(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  try {
    const url = new URL(raw.trim());
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    return url.href.replace(/[|^`{}\\"<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  } catch {
    return undefined;
  }
}
