import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExitCode, InputError } from '../../../src/errors.js';
import { parseArticleText, readArticleFile } from '../../../src/read/read-article.js';
import { codePointLength } from '../../../src/util/code-points.js';
import { tempDir } from '../../helpers/cli.js';
import { encodeSingleByte } from '../../hostile/helpers/single-byte.js';
import { russianParagraph } from '../../hostile/helpers/russian-samples.js';

async function refusedFile(bytes: Uint8Array | string, options: { maxBytes?: number } = {}): Promise<InputError> {
  const dir = tempDir();
  const path = join(dir, 'a.txt');
  writeFileSync(path, bytes);
  const e = await readArticleFile(path, options).then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(InputError);
  expect((e as InputError).exitCode).toBe(ExitCode.input);
  expect((e as InputError).toLine()).not.toContain('\n');
  return e as InputError;
}

describe('parseArticleText: empty articles', () => {
  it.each([
    ['nothing', ''],
    ['spaces and line breaks', ' \r\n\t \n'],
    ['no-break and ideographic spaces', '\u00a0\u3000\u2009'],
    ['zero-width characters and a BOM', '\ufeff\u200b\u200d\u2060\ufeff'],
    ['control characters', '\u0000\u0001\u000b\u000c'],
    ['a date header alone', ' date 2026-02-04 \n\n'],
  ])('refuses %s', (_, text) => {
    expect(() => parseArticleText(text, 'a.txt')).toThrow(InputError);
    try {
      parseArticleText(text, 'a.txt');
    } catch (e) {
      expect((e as InputError).code).toBe('exporter.input.empty');
    }
  });

  it('keeps an article of one visible character', () => {
    expect(parseArticleText('\n Я \n', 'a.txt').text).toBe('\n Я \n');
  });
});

describe('parseArticleText: characters that cannot be encoded', () => {
  it('replaces lone surrogates with U+FFFD, keeping every code point offset', () => {
    const text = 'Путин\ud800 и \udc00Си 🙂 \ud83d';
    const doc = parseArticleText(text, 'a.txt');
    expect(doc.text).toBe('Путин\ufffd и \ufffdСи 🙂 \ufffd');
    expect(codePointLength(doc.text)).toBe(codePointLength(text));
    expect(doc.warnings).toContain('3 unpaired surrogates (not a character) replaced by U+FFFD');
  });

  it('keeps control characters as they are, with a warning', () => {
    const doc = parseArticleText('Текст\u0000 с\u0007 управляющими\u001b символами\u007f.', 'a.txt');
    expect(doc.text).toBe('Текст\u0000 с\u0007 управляющими\u001b символами\u007f.');
    expect(doc.warnings.join(' ')).toMatch(/4 control characters/);
  });
});

describe('readArticleFile: hostile files', () => {
  it('refuses a file larger than the limit, naming both sizes', async () => {
    const e = await refusedFile('а'.repeat(600), { maxBytes: 1000 });
    expect(e.code).toBe('exporter.input.tooLarge');
    expect(e.message).toBe('the file is 1200 bytes, more than the limit of 1000');
    expect(e.details.hint).toMatch(/--max-bytes/);
  });

  it('refuses an empty file and a blank one with one line each', async () => {
    expect((await refusedFile('')).code).toBe('exporter.input.empty');
    expect((await refusedFile('  \n\n\t')).code).toBe('exporter.input.empty');
  });

  it('refuses a binary file', async () => {
    expect((await refusedFile(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).code).toBe('exporter.input.binary');
  });

  it('reads a Windows-1251 file and says so in a warning', async () => {
    const dir = tempDir();
    const text = ` date 2026-02-04 ${russianParagraph(0, 4)}`;
    writeFileSync(join(dir, 'a.txt'), encodeSingleByte(text, 'windows-1251'));
    const doc = await readArticleFile(join(dir, 'a.txt'));
    expect(doc.text).toBe(text);
    expect(doc.datePublished?.value).toBe('2026-02-04');
    expect(doc.warnings).toEqual(['read as Windows-1251: not UTF-8; recognized by Russian letter statistics']);
  });

  it('refuses a folder named like an article', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'x.txt'));
    await expect(readArticleFile(join(dir, 'x.txt'))).rejects.toMatchObject({ code: 'exporter.input.isDirectory', exitCode: 3 });
  });
});
