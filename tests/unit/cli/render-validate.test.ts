import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../../helpers/cli.js';
import { PROJECT_ROOT, itShared, sharedPath } from '../../helpers/shared.js';

const MODEL = join(PROJECT_ROOT, 'tests/fixtures/seed/model.json');

describe('newsgraph render', () => {
  itShared('renders the hand-made seed model through the CLI; the judge passes every required line', ['tools/judge.mjs', 'gold/seed.gold.json'], async () => {
    const out = tempDir();
    const r = await runCli('render', MODEL, '--out', out, '--format', 'ttl');
    expect(r.code).toBe(0);
    const ttl = join(out, 'model.ttl');
    const judged = execFileSync('node', [sharedPath('tools/judge.mjs'), 'seed', '--gold', sharedPath('gold/seed.gold.json'), '--ttl', ttl], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
    });
    expect(judged.split('\n').filter((l) => l.startsWith('MISS'))).toEqual([]);
  });

  it('rejects an edited model whose offsets no longer match, naming the field', async () => {
    const model = JSON.parse(readFileSync(MODEL, 'utf8'));
    model.mentions[0].start += 1;
    const file = join(tempDir(), 'broken.model.json');
    writeFileSync(file, JSON.stringify(model));
    const r = await runCli('render', file, '--out', tempDir());
    expect(r.code).toBe(4);
    expect(r.stderr).toMatch(/broken\.model\.json.*mentions/s);
  });

  it('re-bases a model with --base', async () => {
    const out = tempDir();
    const r = await runCli('render', MODEL, '--out', out, '--format', 'ttl', '--base', 'https://data.example.org/');
    expect(r.code).toBe(0);
    const ttl = readFileSync(join(out, 'model.ttl'), 'utf8');
    expect(ttl).toContain('https://data.example.org/article/000_5b0c01de365d3c73');
    expect(ttl).not.toContain('newsgraph.example/article');
  });
});

describe('newsgraph validate', () => {
  it('accepts every format of a rendered model', async () => {
    const out = tempDir();
    await runCli('render', MODEL, '--out', out, '--format', 'all');
    const files = ['jsonld', 'ttl', 'trig', 'nq', 'model.json', 'html'].map((e) => join(out, `model.${e}`));
    const r = await runCli('validate', ...files);
    expect(r.stdout).toBe('');
    expect(r.code).toBe(0);
  });

  it('prints each problem with its place and exits 4', async () => {
    const file = join(tempDir(), 'bad.ttl');
    writeFileSync(file, '@prefix schema: <http://schema.org/> .\n<http://x/a> a schema:NewsArticle ; schema:inLanguage "ru" .\n');
    const r = await runCli('validate', file);
    expect(r.code).toBe(4);
    expect(r.stdout).toMatch(/bad\.ttl: <http:\/\/x\/a> schema:headline: error: /);
  });

  it('reports a Turtle syntax error with its line', async () => {
    const file = join(tempDir(), 'syntax.ttl');
    writeFileSync(file, '@prefix schema: <http://schema.org/> .\n\n<http://x/a> schema:name "open .\n');
    const r = await runCli('validate', file);
    expect(r.code).toBe(4);
    expect(r.stdout).toMatch(/syntax\.ttl: line 3/);
  });
});
