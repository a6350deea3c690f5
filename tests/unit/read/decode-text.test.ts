import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../src/read/decode-text.js';
import { parseArticleText } from '../../../src/read/read-article.js';
import { InputError } from '../../../src/errors.js';

describe('decodeText', () => {
  it('drops a UTF-8 BOM and nothing else', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(' Привет\r\n')]);
    expect(decodeText(bytes, 'a.txt')).toBe(' Привет\r\n');
  });

  it('decodes UTF-16 with a BOM', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Мир', 'utf16le')]);
    expect(decodeText(le, 'a.txt')).toBe('Мир');
  });

  it('refuses bytes that are not UTF-8 with a typed input error', () => {
    const cp1251 = new Uint8Array([0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2]); // «Привет» in Windows-1251
    expect(() => decodeText(cp1251, 'a.txt')).toThrow(InputError);
    try {
      decodeText(cp1251, 'a.txt');
    } catch (e) {
      expect((e as InputError).code).toBe('exporter.input.encoding');
      expect((e as InputError).exitCode).toBe(3);
    }
  });
});

describe('parseArticleText', () => {
  it('refuses an empty or blank article', () => {
    expect(() => parseArticleText(' \n\t ', 'blank.txt')).toThrow(/empty/);
  });

  it('keeps the text as it is (offsets point into it)', () => {
    const doc = parseArticleText('\uFEFF date 2026-02-04 Заголовок\n\nТекст.', 'x/y/a.txt');
    expect(doc.text).toBe(' date 2026-02-04 Заголовок\n\nТекст.');
    expect(doc.stem).toBe('a');
    expect(doc.datePublished?.value).toBe('2026-02-04');
  });
});
