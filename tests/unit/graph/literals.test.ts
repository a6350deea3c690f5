import { describe, expect, it } from 'vitest';
import { dateLiteral, decimalLexical, decimalLiteral, nonNegativeIntegerLiteral } from '../../../src/graph/literals.js';
import { TemporalValue } from '../../../src/model/temporal.js';
import { xsd } from '../../../src/vocab/xsd.js';

describe('decimalLexical', () => {
  it.each([
    [200000000000, '200000000000'],
    [5300000, '5300000'],
    [0.5, '0.5'],
    [-3, '-3'],
    [1e21, '1000000000000000000000'],
    [1.5e22, '15000000000000000000000'],
    [1e-7, '0.0000001'],
    [-2.5e-8, '-0.000000025'],
    [-0, '0'],
  ])('writes %s as %s, without an exponent', (n, lexical) => {
    expect(decimalLexical(n)).toBe(lexical);
    expect(Number(lexical)).toBe(n === 0 ? 0 : n);
  });

  it('refuses what is not a finite number', () => {
    expect(() => decimalLexical(Number.NaN)).toThrow(RangeError);
    expect(() => decimalLexical(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });

  it('types the literal xsd:decimal', () => {
    expect(decimalLiteral(0.5).datatype.equals(xsd.decimal)).toBe(true);
  });
});

describe('dateLiteral', () => {
  it.each([
    ['2026-02-04', 'day', xsd.date],
    ['2026-02', 'month', xsd.gYearMonth],
    ['2026', 'year', xsd.gYear],
    ['--05-09', 'monthDay', xsd.gMonthDay],
    ['2026-02-04T10:15:30+03:00', 'dateTime', xsd.dateTime],
  ] as const)('types %s (%s) by its precision', (value, precision, datatype) => {
    const literal = dateLiteral(TemporalValue.parse({ value, precision }));
    expect(literal.value).toBe(value);
    expect(literal.datatype.equals(datatype)).toBe(true);
  });

  it('adds the seconds xsd:dateTime requires', () => {
    expect(dateLiteral(TemporalValue.parse({ value: '2026-02-04T10:15', precision: 'dateTime' })).value).toBe('2026-02-04T10:15:00');
    expect(dateLiteral(TemporalValue.parse({ value: '2026-02-04T10:15Z', precision: 'dateTime' })).value).toBe('2026-02-04T10:15:00Z');
  });
});

describe('nonNegativeIntegerLiteral', () => {
  it('types offsets xsd:nonNegativeInteger and refuses negatives', () => {
    expect(nonNegativeIntegerLiteral(0).datatype.equals(xsd.nonNegativeInteger)).toBe(true);
    expect(() => nonNegativeIntegerLiteral(-1)).toThrow(RangeError);
  });
});
