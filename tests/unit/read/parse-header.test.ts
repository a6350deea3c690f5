import { describe, expect, it } from 'vitest';
import { parseHeader } from '../../../src/read/parse-header.js';

describe('parseHeader', () => {
  it('reads the archive date header and where the body starts', () => {
    const text = ' date 2026-02-04 Фото: ТАСС\n\nТекст.';
    const h = parseHeader(text);
    expect(h.datePublished).toEqual({ value: '2026-02-04', precision: 'day' });
    expect(text.slice(h.bodyStart)).toBe('Фото: ТАСС\n\nТекст.');
    expect(h.warnings).toEqual([]);
  });

  it('leaves plain text alone', () => {
    expect(parseHeader('Москва, 1 мая. Текст.')).toEqual({ bodyStart: 0, warnings: [] });
  });

  it.each(['2026-13-01', '2026-02-30', 'вчера', '04.02.2026'])('warns about a malformed date header (%s) and keeps the body', (bad) => {
    const h = parseHeader(` date ${bad} Текст`);
    expect(h.datePublished).toBeUndefined();
    expect(h.warnings[0]).toContain(bad);
    expect(` date ${bad} Текст`.slice(h.bodyStart)).toBe('Текст');
  });
});
