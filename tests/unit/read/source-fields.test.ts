import { describe, expect, it } from 'vitest';
import { normalizeUrl, parseDateValue } from '../../../src/read/source-fields.js';

describe('parseDateValue', () => {
  it.each([
    ['2025-06-17T09:40:00+03:00', '2025-06-17T09:40:00+03:00', 'dateTime'],
    ['2025-06-17 09:40', '2025-06-17T09:40', 'dateTime'],
    ['2025-06-17T09:40:00.123Z', '2025-06-17T09:40:00.123Z', 'dateTime'],
    ['2025-06-17T09:40:00+0300', '2025-06-17T09:40:00+03:00', 'dateTime'],
    ['2025-06-17', '2025-06-17', 'day'],
    ['2025-06', '2025-06', 'month'],
    ['2025', '2025', 'year'],
  ])('%s → %s (%s)', (raw, value, precision) => {
    expect(parseDateValue(raw)).toEqual({ value, precision });
  });

  it.each(['17.06.2025', '2025-02-30', 'вчера', '2025-13-01', ''])('refuses %j', (raw) => {
    expect(parseDateValue(raw)).toBeUndefined();
  });
});

describe('normalizeUrl', () => {
  it('keeps absolute http(s) URLs, percent-encoding what an IRI cannot hold', () => {
    expect(normalizeUrl(' https://example.org/a b?x=1|2 ')).toBe('https://example.org/a%20b?x=1%7C2');
    expect(normalizeUrl('/relative/path')).toBeUndefined();
    expect(normalizeUrl('javascript:alert(1)')).toBeUndefined();
  });
});
