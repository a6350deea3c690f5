import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectInputs, discoverInputs } from '../../../src/read/collect-inputs.js';
import { inputKindOf, stemOfPath } from '../../../src/read/input-kind.js';
import { tempDir } from '../../helpers/cli.js';

function corpus(): string {
  const dir = tempDir();
  for (const f of ['b.txt', 'a.html', 'notes.md', '.hidden.txt', 'sub/c.txt', 'sub/deep/d.jsonl', 'sub/e.htm', '.git/x.txt']) {
    mkdirSync(join(dir, f, '..'), { recursive: true });
    writeFileSync(join(dir, f), 'Текст.');
  }
  return dir;
}

const rel = (dir: string, entries: { path: string; subdir: string }[]) => entries.map((e) => [relative(dir, e.path), e.subdir]);

describe('discoverInputs', () => {
  it('walks a folder recursively in sorted order, taking .txt, .html, .htm, .jsonl and skipping dot files', async () => {
    const dir = corpus();
    expect(rel(dir, await collectInputs([dir]))).toEqual([
      ['a.html', ''],
      ['b.txt', ''],
      ['sub/c.txt', 'sub'],
      ['sub/deep/d.jsonl', join('sub', 'deep')],
      ['sub/e.htm', 'sub'],
    ]);
  });

  it('expands globs itself, with sub-folders under the glob base, and reports a glob that matches nothing', async () => {
    const dir = corpus();
    expect(rel(dir, await collectInputs([join(dir, '**/*.txt')]))).toEqual([
      ['b.txt', ''],
      ['sub/c.txt', 'sub'],
    ]);
    expect(rel(dir, await collectInputs([join(dir, 'sub/*.{txt,htm}')]))).toEqual([
      ['sub/c.txt', ''],
      ['sub/e.htm', ''],
    ]);
    const [none] = await collectInputs([join(dir, '*.pdf')]);
    expect(none?.error?.code).toBe('exporter.input.notFound');
    expect(none?.error?.message).toMatch(/matches no file/);
  });

  it('takes a file once however it is named, keeps - for stdin and reports a missing path', async () => {
    const dir = corpus();
    const entries = await collectInputs([join(dir, 'b.txt'), dir, '-', join(dir, 'missing.txt')]);
    expect(entries.filter((e) => e.path.endsWith('b.txt'))).toHaveLength(1);
    expect(entries.some((e) => e.path === '-')).toBe(true);
    expect(entries.at(-1)?.error?.code).toBe('exporter.input.notFound');
  });

  it('is lazy: the first input comes before the walk is over', async () => {
    const dir = corpus();
    const it = discoverInputs([dir])[Symbol.asyncIterator]();
    expect((await it.next()).value?.path).toBe(join(dir, 'a.html'));
    await it.return?.(undefined);
  });
});

describe('inputKindOf', () => {
  it('reads the kind from the extension, plain text by default', () => {
    expect(['a.txt', 'a.HTML', 'a.htm', 'a.jsonl', 'a.ndjson', 'a', '-'].map(inputKindOf)).toEqual(['text', 'html', 'html', 'jsonl', 'jsonl', 'text', 'stdin']);
    expect(stemOfPath('x/y/page.html')).toBe('page');
  });
});
