import { describe, expect, it } from 'vitest';
import { parseHeader } from '../../../src/read/parse-header.js';
import { TemporalValue } from '../../../src/model/temporal.js';

describe('parseHeader: variants of the archive date header', () => {
  it.each([
    [' date 2026-02-04 Текст', '2026-02-04', 'day'],
    ['date 2026-02-04 Текст', '2026-02-04', 'day'],
    [' date\t2026-02-04\tТекст', '2026-02-04', 'day'],
    [' date 2026-02-04, Текст', '2026-02-04', 'day'],
    [' date 2024-02-29 Текст', '2024-02-29', 'day'],
    [' date 2026-02-04T10:30 Текст', '2026-02-04T10:30', 'dateTime'],
    [' date 2026-02-04T10:30:15+03:00 Текст', '2026-02-04T10:30:15+03:00', 'dateTime'],
    [' date 0099-05-01 Текст', '0099-05-01', 'day'],
  ])('reads %j', (text, value, precision) => {
    const h = parseHeader(text);
    expect(h.datePublished).toEqual({ value, precision });
    expect(TemporalValue.safeParse(h.datePublished).success).toBe(true);
    expect(text.slice(h.bodyStart)).toBe('Текст');
    expect(h.warnings).toEqual([]);
  });

  it.each([
    '2025-02-29', // not a leap year
    '2026-04-31',
    '2026-00-10',
    '0000-01-01', // XSD 1.0 has no year 0
    '2026-02-04T24:00',
    '2026-02-04T10:61',
    '2026-02-04T10:00+25:00',
    '2026-2-4',
    '26-02-04',
    '+2026-02-04',
    '2026-02',
    '2026',
    '20260204',
    '2026/02/04',
    '4 февраля 2026',
    '２０２６-０２-０４', // full-width digits
    '2026‐02‐04', // U+2010 hyphens
    '2026-02-04Текст',
    '"><script>',
    '\\u0000',
  ])('warns about %j and exports without datePublished', (bad) => {
    const text = ` date ${bad} Текст`;
    const h = parseHeader(text);
    expect(h.datePublished).toBeUndefined();
    expect(h.warnings).toHaveLength(1);
    expect(h.warnings[0]).toContain(bad.split(' ')[0]);
    expect(h.warnings[0]).not.toContain('\n');
  });

  it.each([' Date 2026-02-04 Текст', ' date: 2026-02-04 Текст', 'Обновлено date 2026-02-04', ' date', '\n date 2026-02-04 Текст'])(
    'reads %j as plain text (no header)',
    (text) => {
      expect(parseHeader(text)).toEqual({ bodyStart: 0, warnings: [] });
    },
  );

  // A hang guard (catastrophic regex backtracking would hit the time-out), not a speed measurement.
  it('reads a huge header line and quotes it shortly in its warning', () => {
    const text = ` date ${'9'.repeat(2_000_000)}`;
    const h = parseHeader(text);
    expect(h.warnings[0]!.length).toBeLessThan(300);
  }, 30_000);
});
