import type { KbRole } from './entry.js';

/**
 * Partial ISO dates (2012, 2012-05, 2012-05-07) compared as day ranges:
 * a role `from` 2012-05 starts on 2012-05-01, `to` 2018 ends on 2018-12-31.
 * String comparison is enough once both sides are padded to YYYY-MM-DD.
 */
export function startOfPartialDate(date: string): string {
  if (date.length === 4) return `${date}-01-01`;
  if (date.length === 7) return `${date}-01`;
  return date;
}

export function endOfPartialDate(date: string): string {
  if (date.length === 4) return `${date}-12-31`;
  if (date.length === 7) return `${date}-31`;
  return date;
}

/** Whether a role was held on a day (a partial day counts from its start). */
export function roleHeldOn(role: KbRole, date: string): boolean {
  const day = startOfPartialDate(date);
  if (role.from && startOfPartialDate(role.from) > day) return false;
  if (role.to && endOfPartialDate(role.to) < day) return false;
  return true;
}
