import { DataFactory } from '../util/n3-core.js';
import type { Literal, NamedNode } from '@rdfjs/types';
import type { DatePrecision, TemporalValue } from '../model/temporal.js';
import { xsd } from '../vocab/xsd.js';

/** The XSD datatype of each date precision. */
export const DATE_DATATYPE: Readonly<Record<DatePrecision, NamedNode>> = {
  dateTime: xsd.dateTime,
  day: xsd.date,
  month: xsd.gYearMonth,
  year: xsd.gYear,
  monthDay: xsd.gMonthDay,
};

/** A plain xsd:string literal (codes, file names, the NIF text): no language tag. */
export function plainLiteral(value: string): Literal {
  return DataFactory.literal(value);
}

/** A date typed by its precision: xsd:date, xsd:gYearMonth, xsd:gYear, xsd:gMonthDay, xsd:dateTime. */
export function dateLiteral(t: TemporalValue): Literal {
  return DataFactory.literal(dateLexical(t), DATE_DATATYPE[t.precision]);
}

/** An xsd:decimal written without an exponent: 200000000000, 5300000, 0.5. */
export function decimalLiteral(n: number): Literal {
  return DataFactory.literal(decimalLexical(n), xsd.decimal);
}

export function nonNegativeIntegerLiteral(n: number): Literal {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`not a non-negative integer: ${n}`);
  return DataFactory.literal(String(n), xsd.nonNegativeInteger);
}

/** xsd:dateTime requires seconds; the model allows HH:MM, so add :00 where they are missing. */
function dateLexical(t: TemporalValue): string {
  if (t.precision !== 'dateTime') return t.value;
  return t.value.replace(/T(\d{2}:\d{2})(?=$|[Z+-])/, 'T$1:00');
}

/** The decimal lexical form of a finite number, expanding JavaScript's exponent notation. */
export function decimalLexical(n: number): string {
  if (!Number.isFinite(n)) throw new RangeError(`not a finite number: ${n}`);
  if (Object.is(n, -0)) return '0';
  const text = String(n);
  const e = text.indexOf('e');
  if (e < 0) return text;
  const negative = text.startsWith('-');
  const mantissa = text.slice(negative ? 1 : 0, e);
  const exponent = Number(text.slice(e + 1));
  const [whole = '', fraction = ''] = mantissa.split('.');
  const digits = whole + fraction;
  const point = whole.length + exponent;
  let out: string;
  if (point <= 0) out = `0.${'0'.repeat(-point)}${digits}`;
  else if (point >= digits.length) out = digits + '0'.repeat(point - digits.length);
  else out = `${digits.slice(0, point)}.${digits.slice(point)}`;
  return negative ? `-${out}` : out;
}
