import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../../src/read/decode-text.js';
import { ExitCode, InputError } from '../../../src/errors.js';
import { RUSSIAN_SENTENCES, russianParagraph } from '../../hostile/helpers/russian-samples.js';
import { encodeSingleByte, koi8Typography, utf16 } from '../../hostile/helpers/single-byte.js';

function refusal(bytes: Uint8Array): InputError {
  try {
    decodeBytes(bytes, 'a.txt');
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    expect((e as InputError).exitCode).toBe(ExitCode.input);
    return e as InputError;
  }
  throw new Error('expected the bytes to be refused');
}

describe('decodeBytes: Windows-1251 and KOI8-R', () => {
  it.each(RUSSIAN_SENTENCES.map((s, i) => [i, s]))('reads sentence %i in Windows-1251 exactly', (_, sentence) => {
    const decoded = decodeBytes(encodeSingleByte(sentence, 'windows-1251'), 'a.txt');
    expect(decoded.text).toBe(sentence);
    expect(decoded.encoding).toBe('windows-1251');
    expect(decoded.warnings).toEqual(['read as Windows-1251: not UTF-8; recognized by Russian letter statistics']);
  });

  it.each(RUSSIAN_SENTENCES.map((s, i) => [i, koi8Typography(s)]))('reads sentence %i in KOI8-R exactly', (_, sentence) => {
    const decoded = decodeBytes(encodeSingleByte(sentence, 'koi8-r'), 'a.txt');
    expect(decoded.text).toBe(sentence);
    expect(decoded.encoding).toBe('koi8-r');
    expect(decoded.warnings[0]).toMatch(/^read as KOI8-R/);
  });

  it('reads whole articles with line breaks and a date header', () => {
    const article = ` date 2026-02-04 ${russianParagraph(0, 2)}\r\n\r\n${russianParagraph(5, 6)}\n`;
    expect(decodeBytes(encodeSingleByte(article, 'windows-1251'), 'a.txt').text).toBe(article);
    expect(decodeBytes(encodeSingleByte(koi8Typography(article), 'koi8-r'), 'a.txt').text).toBe(koi8Typography(article));
  });

  it('refuses a text too short to tell the two apart, saying why', () => {
    const e = refusal(encodeSingleByte('Да, нет.', 'windows-1251'));
    expect(e.code).toBe('exporter.input.encoding');
    expect(e.message).toMatch(/Windows-1251 or KOI8-R.*too few/);
    expect(e.details.hint).toMatch(/iconv/);
  });

  it('refuses Latin-1 text (not Russian in either code page)', () => {
    const e = refusal(encodeSingleByte('Le président a signé un décret sur la réforme des retraites à Paris.', 'windows-1252'));
    expect(e.message).toMatch(/does not read as Russian/);
  });

  it('refuses DOS (IBM866) Russian rather than guessing it wrong', () => {
    const e = refusal(encodeSingleByte(RUSSIAN_SENTENCES[0]!, 'ibm866'));
    expect(e.code).toBe('exporter.input.encoding');
  });

  it('refuses a UTF-8 BOM followed by Windows-1251 bytes', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), encodeSingleByte(RUSSIAN_SENTENCES[1]!, 'windows-1251')]);
    expect(refusal(bytes).message).toMatch(/byte-order mark but is not UTF-8/);
  });
});

describe('decodeBytes: UTF-16 and UTF-32', () => {
  const text = `${russianParagraph(2, 3)}\n«Цитата» — 100 €, emoji 🙂.`;

  it.each([
    ['le', true],
    ['be', true],
    ['le', false],
    ['be', false],
  ] as const)('reads UTF-16%s (BOM: %s)', (order, bom) => {
    const decoded = decodeBytes(utf16(text, order, bom), 'a.txt');
    expect(decoded.text).toBe(text);
    expect(decoded.encoding).toBe(`utf-16${order}`);
    expect(decoded.warnings[0]).toMatch(bom ? /byte-order mark\)$/ : /NUL-byte pattern/);
  });

  it('reads ASCII-only UTF-16 without a BOM', () => {
    expect(decodeBytes(utf16('Plain ASCII text.\n', 'be', false), 'a.txt').text).toBe('Plain ASCII text.\n');
  });

  it('replaces an unpaired surrogate with U+FFFD and says so', () => {
    const bytes = Buffer.concat([utf16('Да', 'le', true), Buffer.from([0x00, 0xd8]), Buffer.from('нет', 'utf16le')]);
    const decoded = decodeBytes(bytes, 'a.txt');
    expect(decoded.text).toBe('Да\uFFFDнет');
    expect(decoded.warnings).toContain('1 unpaired surrogate (not a character) replaced by U+FFFD');
  });

  it('drops the last byte of an odd-length UTF-16 file, with a warning', () => {
    const decoded = decodeBytes(Buffer.concat([utf16('Мир', 'le', true), Buffer.from([0x41])]), 'a.txt');
    expect(decoded.text).toBe('Мир');
    expect(decoded.warnings.join(' ')).toMatch(/odd number of bytes/);
  });

  it('refuses UTF-32, little- and big-endian', () => {
    expect(refusal(Uint8Array.of(0xff, 0xfe, 0, 0, 0x1f, 0x04, 0, 0)).message).toMatch(/UTF-32/);
    expect(refusal(Uint8Array.of(0, 0, 0xfe, 0xff, 0, 0, 0x04, 0x1f)).message).toMatch(/UTF-32/);
  });

  it('tells UTF-16LE text that starts with U+0000 (a stray NUL in a long text: kept) from UTF-32', () => {
    const bytes = utf16(`\u0000${russianParagraph(0, 16)}`, 'le', true);
    expect(decodeBytes(bytes, 'a.txt').text).toBe(`\u0000${russianParagraph(0, 16)}`);
  });
});

describe('decodeBytes: binary files and damaged text', () => {
  it.each([
    ['a PDF document', Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj')],
    ['a PNG image', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])],
    ['a ZIP archive', Buffer.from([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0])],
    ['an executable (ELF)', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0])],
  ])('names %s', (name, bytes) => {
    const e = refusal(bytes);
    expect(e.code).toBe('exporter.input.binary');
    expect(e.message).toContain(name);
  });

  it('refuses random bytes as binary', () => {
    let seed = 7;
    const bytes = Uint8Array.from({ length: 4096 }, () => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 16) & 0xff);
    expect(refusal(bytes).code).toBe('exporter.input.binary');
  });

  it('refuses text full of control bytes', () => {
    const bytes = Buffer.from(Array.from({ length: 200 }, (_, i) => (i % 4 === 0 ? '\u0001' : 'а')).join(''));
    expect(refusal(bytes).message).toMatch(/control bytes/);
  });

  it('keeps a stray NUL in a long UTF-8 text (offsets stay true)', () => {
    const text = `${russianParagraph(0, 8)}\u0000${russianParagraph(8, 8)}`;
    const decoded = decodeBytes(Buffer.from(text), 'a.txt');
    expect(decoded.text).toBe(text);
    expect(decoded.warnings).toEqual([]);
  });

  it('replaces a letter cut in half at the end of a UTF-8 file, with a warning', () => {
    const bytes = Buffer.from(`${russianParagraph(0, 2)} Конец`);
    const decoded = decodeBytes(bytes.subarray(0, -1), 'a.txt');
    expect(decoded.text.endsWith('\uFFFD')).toBe(true);
    expect(decoded.warnings[0]).toMatch(/^1 invalid UTF-8 byte sequence \(first at byte \d+\) replaced by U\+FFFD$/);
  });

  it('refuses UTF-8 mixed with a Windows-1251 paragraph (too damaged to repair)', () => {
    const bytes = Buffer.concat([Buffer.from(RUSSIAN_SENTENCES[0]!), encodeSingleByte(` ${RUSSIAN_SENTENCES[1]}`, 'windows-1251')]);
    const e = refusal(bytes);
    expect(e.code).toBe('exporter.input.encoding');
    expect(e.message).toMatch(/mixes UTF-8 \(\d+ characters\) with text in another encoding/);
  });

  it('reads surrogates encoded in UTF-8 (CESU-8) as invalid, never as characters', () => {
    const bytes = Buffer.concat([Buffer.from(russianParagraph(0, 3)), Buffer.from([0xed, 0xa0, 0x80])]);
    const decoded = decodeBytes(bytes, 'a.txt');
    expect(decoded.text).not.toMatch(/[\uD800-\uDFFF]/);
    expect(decoded.warnings[0]).toMatch(/invalid UTF-8/);
  });
});
