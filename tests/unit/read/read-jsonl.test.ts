import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseJsonLine, readJsonLines, safeFileStem, type JsonLine } from '../../../src/read/read-jsonl.js';
import { tempDir } from '../../helpers/cli.js';

async function lines(content: string | Buffer, maxBytes?: number): Promise<{ file: string; lines: JsonLine[] }> {
  const file = join(tempDir(), 'corpus.jsonl');
  writeFileSync(file, content);
  const out: JsonLine[] = [];
  for await (const l of readJsonLines(file, maxBytes !== undefined ? { maxBytes } : {})) out.push(l);
  return { file, lines: out };
}

const row = (o: object) => JSON.stringify(o);

describe('readJsonLines', () => {
  it('streams the non-blank lines with their 1-based numbers, without the BOM, CRLF or not', async () => {
    const { lines: got } = await lines(`\uFEFF${row({ text: 'а' })}\r\n\n  \n${row({ text: 'б' })}`);
    expect(got.map((l) => l.line)).toEqual([1, 4]);
    expect(got.map((l) => ('bytes' in l ? JSON.parse(Buffer.from(l.bytes).toString('utf8')).text : '?'))).toEqual(['а', 'б']);
  });

  it('keeps a line whose newline starts the next chunk of the stream (64 KiB)', async () => {
    const first = row({ text: 'x'.repeat(65_536 - 11) });
    expect(Buffer.byteLength(first)).toBe(65_536);
    const { lines: got } = await lines(`${first}\n${row({ text: 'б' })}\n`);
    expect(got.map((l) => ('bytes' in l ? Buffer.byteLength(l.bytes) : -1))).toEqual([65_536, Buffer.byteLength(row({ text: 'б' }))]);
  });

  it('reports a line over the limit without holding it', async () => {
    const { lines: got } = await lines(`${row({ text: 'x'.repeat(500) })}\n${row({ text: 'ok' })}\n`, 100);
    expect(got[0]).toEqual({ line: 1, tooLong: expect.any(Number) });
    expect(got[1]?.line).toBe(2);
  });
});

describe('parseJsonLine', () => {
  const line = (n: number, text: string): JsonLine => ({ line: n, bytes: Buffer.from(text) });

  it('gives text, date (with precision), url and title, and names the output by id', () => {
    const doc = parseJsonLine(line(3, row({ id: 'news/2024/1', text: 'Текст статьи.', date: '2024-05-06T10:00:00Z', url: 'https://x.example/1', title: ' Заголовок ' })), 'dir/corpus.jsonl');
    expect(doc).toMatchObject({
      source: 'corpus.jsonl#3',
      stem: 'news_2024_1',
      text: 'Текст статьи.',
      datePublished: { value: '2024-05-06T10:00:00Z', precision: 'dateTime' },
      url: 'https://x.example/1',
      title: 'Заголовок',
      warnings: [],
    });
  });

  it('names a row without id <file>-<line> and warns about a bad date or url', () => {
    const doc = parseJsonLine(line(7, row({ text: 'Текст.', date: 'вчера', url: 'not a url' })), 'corpus.jsonl');
    expect(doc.stem).toBe('corpus-7');
    expect(doc.datePublished).toBeUndefined();
    expect(doc.warnings).toEqual([expect.stringMatching(/line 7: the date "вчера"/), expect.stringMatching(/line 7: the url "not a url"/)]);
  });

  it.each([
    ['{"text": "broken', /line is not valid JSON/],
    ['["a list"]', /not a JSON object/],
    ['{"title": "no text"}', /has no "text"/],
    ['{"text": "   "}', /has no "text"/],
  ])('refuses %s as file.jsonl:LINE', (text, message) => {
    try {
      parseJsonLine(line(12, text), 'data/corpus.jsonl');
      expect.unreachable();
    } catch (e) {
      expect(e).toMatchObject({ code: 'exporter.input.jsonl', exitCode: 3 });
      expect((e as Error & { toLine(): string }).toLine()).toMatch(new RegExp(`^data/corpus\\.jsonl:12: .*${message.source}`));
    }
  });

  it('makes ids safe as file names', () => {
    expect(safeFileStem('a/b\\c:d*?')).toBe('a_b_c_d__');
    expect(safeFileStem('..')).toBeUndefined();
    expect(safeFileStem('  ')).toBeUndefined();
  });
});
