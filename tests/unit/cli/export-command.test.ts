import { readFileSync, readdirSync, writeFileSync, copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Parser } from 'n3';
import { runCli, tempDir } from '../../helpers/cli.js';
import { PROJECT_ROOT } from '../../helpers/shared.js';

const SEED = join(PROJECT_ROOT, 'input/000_5b0c01de365d3c73.txt');

describe('newsgraph export', () => {
  it('writes the six formats of an article, and the same bytes twice', async () => {
    const [a, b] = [tempDir(), tempDir()];
    for (const out of [a, b]) {
      const r = await runCli('export', SEED, '--out', out, '--format', 'jsonld,ttl,trig,nq,model,html');
      expect(r.code).toBe(0);
    }
    const files = readdirSync(a).sort();
    const articleFiles = ['jsonld', 'html', 'model.json', 'nq', 'trig', 'ttl'].map((e) => `000_5b0c01de365d3c73.${e}`);
    expect(files).toEqual([...articleFiles, 'index.html'].sort()); // index.html lists the run's pages
    for (const f of files) expect(readFileSync(join(b, f), 'utf8')).toBe(readFileSync(join(a, f), 'utf8'));
    const ttl = readFileSync(join(a, '000_5b0c01de365d3c73.ttl'), 'utf8');
    expect(new Parser({ format: 'Turtle' }).parse(ttl).length).toBeGreaterThan(5);
    new Parser({ format: 'TriG' }).parse(readFileSync(join(a, '000_5b0c01de365d3c73.trig'), 'utf8'));
    new Parser({ format: 'N-Quads' }).parse(readFileSync(join(a, '000_5b0c01de365d3c73.nq'), 'utf8'));
  });

  it('exports a folder (recursively, mirrored) and goes on past a bad file, with the input exit code', async () => {
    const src = tempDir();
    mkdirSync(join(src, 'sub'));
    copyFileSync(SEED, join(src, 'sub', 'good.txt'));
    writeFileSync(join(src, 'empty.txt'), '  \n');
    writeFileSync(join(src, 'latin1.txt'), Buffer.from([0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2]));
    writeFileSync(join(src, 'notes.md'), 'not an article');
    const out = tempDir();
    const r = await runCli('export', src, '--out', out);
    expect(r.code).toBe(3);
    expect(readdirSync(join(out, 'sub')).sort()).toEqual(['good.jsonld', 'good.ttl']);
    const lines = r.stderr.trim().split('\n');
    expect(lines.filter((l) => l.includes('empty.txt'))).toEqual([expect.stringMatching(/empty\.txt: the article is empty/)]);
    expect(lines.some((l) => /latin1\.txt: the file is not (valid )?UTF-8.*\(convert it to UTF-8/.test(l))).toBe(true);
    expect(lines.at(-1)).toMatch(/exported 1 of 3 articles/);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('refuses an unknown format with the usage exit code and one message', async () => {
    const r = await runCli('export', SEED, '--format', 'ttl,rdfxml', '--out', tempDir());
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown format "rdfxml"');
  });

  it('reports a missing path and still exports the others', async () => {
    const out = tempDir();
    const r = await runCli('export', '/no/such/file.txt', SEED, '--out', out, '--format', 'ttl');
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('/no/such/file.txt: no such file or folder');
    expect(readdirSync(out)).toEqual(['000_5b0c01de365d3c73.ttl']);
  });

  it('mints article IRIs under --base', async () => {
    const out = tempDir();
    const r = await runCli('export', SEED, '--out', out, '--format', 'ttl', '--base', 'https://data.example.org/news');
    expect(r.code).toBe(0);
    expect(readFileSync(join(out, '000_5b0c01de365d3c73.ttl'), 'utf8')).toContain('https://data.example.org/news/article/000_5b0c01de365d3c73');
    const bad = await runCli('export', SEED, '--out', out, '--base', 'not an iri');
    expect(bad.code).toBe(2);
  });

  it('refuses a file over --max-bytes with a clear message', async () => {
    const r = await runCli('export', SEED, '--out', tempDir(), '--max-bytes', '1KB');
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/more than the limit of 1024.*--max-bytes/);
  });
});

describe('newsgraph export --format html', () => {
  it('writes index.html listing every exported article with a link to its page', async () => {
    const src = tempDir();
    mkdirSync(join(src, 'sub'));
    copyFileSync(SEED, join(src, 'a.txt'));
    writeFileSync(join(src, 'sub', 'b.txt'), 'Заголовок второй статьи\n\nМосква и Пекин провели переговоры. Владимир Путин заявил: «Мы готовы».');
    const out = tempDir();
    const r = await runCli('export', src, '--out', out, '--format', 'html', '--quiet');
    expect(r.code).toBe(0);
    const index = readFileSync(join(out, 'index.html'), 'utf8');
    expect(index).toContain('href="a.html"');
    expect(index).toContain('href="sub/b.html"');
    expect(index).toContain('Заголовок второй статьи');
  });
});
