import { z } from 'zod';

/** How precise a date is; each precision has its own lexical form and XSD datatype. */
export const DatePrecision = z.enum(['dateTime', 'day', 'month', 'year', 'monthDay']);
export type DatePrecision = z.infer<typeof DatePrecision>;

const FORMS: Record<DatePrecision, RegExp> = {
  dateTime: /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)?$/,
  day: /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/,
  month: /^\d{4}-(0[1-9]|1[0-2])$/,
  year: /^\d{4}$/,
  monthDay: /^--(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/,
};

/** The precision a lexical date form has, or undefined when it is none of them. */
export function precisionOf(value: string): DatePrecision | undefined {
  for (const p of DatePrecision.options) if (FORMS[p].test(value)) return p;
  return undefined;
}

/**
 * A date as precise as the text allows: 2026-02-04 (day), 2026-02 (month), 2026 (year),
 * --05-09 (a day of any year), or a full date-time when the source gives one.
 */
export const TemporalValue = z
  .object({
    value: z.string(),
    precision: DatePrecision,
  })
  .refine((t) => FORMS[t.precision].test(t.value) && calendarOk(t.value), {
    message: 'the value must have the lexical form of its precision (YYYY-MM-DD, YYYY-MM, YYYY, --MM-DD or an ISO date-time) and be a real calendar date',
  });
export type TemporalValue = z.infer<typeof TemporalValue>;

function calendarOk(value: string): boolean {
  const m = /^(\d{4}|-)-(\d{2})-(\d{2})/.exec(value);
  if (!m) return true;
  const year = m[1] === '-' ? 2000 : Number(m[1]); // --02-29 exists in leap years
  const month = Number(m[2]);
  const day = Number(m[3]);
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}
