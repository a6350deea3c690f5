import { copyFileSync, mkdirSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runExport, type ExportOptions } from '../../../src/cli/export-command.js';
import { DEFAULT_BASE } from '../../../src/model/build-article.js';
import { runCli, tempDir } from '../../helpers/cli.js';
import { PROJECT_ROOT } from '../../helpers/shared.js';

// Worker threads run the built JavaScript (dist/): `npm test` builds first; alone, run `npm run build`.
const SEED = join(PROJECT_ROOT, 'input/000_5b0c01de365d3c73.txt');
const PAGE = join(PROJECT_ROOT, 'tests/unit/read/fixtures/news-page.html');
const SHORT = 'МОСКВА, 3 марта. Министр финансов Антон Силуанов заявил, что бюджет получит 120 млрд рублей.\n';

/** A small mixed corpus: text files in two folders, a news page, and JSON Lines with a bad row. */
function corpus(): string {
  const dir = tempDir('newsgraph-corpus-');
  mkdirSync(join(dir, 'sub'));
  copyFileSync(SEED, join(dir, 'seed.txt'));
  copyFileSync(PAGE, join(dir, 'sub', 'page.html'));
  writeFileSync(join(dir, 'sub', 'short.txt'), SHORT);
  const rows = [
    { id: 'row-a', text: SHORT, date: '2024-03-03', title: 'Силуанов о бюджете', url: 'https://news.example/a' },
    '{"text": "broken',
    { text: 'В Казани прошёл форум. Его открыл Рустам Минниханов.', date: '2025-06-17T09:40' },
  ];
  writeFileSync(join(dir, 'rows.jsonl'), rows.map((r) => (typeof r === 'string' ? r : JSON.stringify(r))).join('\n') + '\n');
  return dir;
}

function readTree(dir: string, sub = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of readdirSync(join(dir, sub), { withFileTypes: true })) {
    const name = join(sub, e.name);
    if (e.isDirectory()) Object.assign(out, readTree(dir, name));
    else out[name] = readFileSync(join(dir, name), 'utf8');
  }
  return out;
}

async function exportWith(paths: string[], options: Partial<ExportOptions> & { out: string }) {
  let stderr = '';
  const code = await runExport(paths, { format: ['jsonld', 'ttl'], base: DEFAULT_BASE, ...options }, { stdout: () => {}, stderr: (t) => (stderr += t), isTty: false });
  return { code, stderr };
}

describe('newsgraph export on a corpus', () => {
  it('writes the same bytes with --jobs 2 as with --jobs 1, and reports a bad JSON Lines row as file:LINE', async () => {
    const src = corpus();
    const [one, two] = [tempDir(), tempDir()];
    const a = await runCli('export', src, '--out', one, '--jobs', '1');
    const b = await runCli('export', src, '--out', two, '--jobs', '2', '--format', 'jsonld,ttl');
    for (const r of [a, b]) {
      expect(r.code).toBe(3);
      expect(r.stderr).toMatch(/rows\.jsonl:2: the line is not valid JSON/);
      expect(r.stderr).toMatch(/exported 5 of 6 articles to .*; 1 failed/);
    }
    const tree = readTree(one);
    expect(Object.keys(tree).sort()).toEqual(
      ['row-a', 'rows-3', 'seed', 'sub/page', 'sub/short'].flatMap((s) => [`${s}.jsonld`, `${s}.ttl`]).sort(),
    );
    expect(readTree(two)).toEqual(tree);
    expect(tree['row-a.ttl']).toContain('"2024-03-03"^^xsd:date');
    expect(tree['row-a.ttl']).toContain('<https://news.example/a>');
    expect(tree['sub/page.ttl']).toContain('"2025-06-17T09:40:00+03:00"^^xsd:dateTime');
  });

  it('--resume skips inputs whose outputs are newer, and exports one that changed', async () => {
    const src = corpus();
    const out = tempDir();
    const report = join(out, 'report.json');
    await exportWith([join(src, 'sub')], { out, jobs: 1 });
    const again = await exportWith([join(src, 'sub')], { out, jobs: 1, resume: true, report });
    expect(again.code).toBe(0);
    expect(JSON.parse(readFileSync(report, 'utf8'))).toMatchObject({ inputs: 2, exported: 0, skipped: 2 });
    const later = new Date(Date.now() + 5_000);
    utimesSync(join(src, 'sub', 'short.txt'), later, later);
    await exportWith([join(src, 'sub')], { out, jobs: 1, resume: true, report });
    expect(JSON.parse(readFileSync(report, 'utf8'))).toMatchObject({ inputs: 2, exported: 1, skipped: 1 });
  });

  it('goes on when a worker crashes on an input: that input fails (exit 1), the others are written, --report lists it', async () => {
    const src = tempDir();
    for (const name of ['a', 'boom', 'c', 'd']) writeFileSync(join(src, `${name}.txt`), SHORT);
    const out = tempDir();
    const report = join(out, 'run.json');
    const r = await exportWith([src], { out, jobs: 2, crashOn: 'boom', report });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/boom\.txt: internal error: the worker exporting it stopped \(test crash on .*boom\.txt\)/);
    expect(readdirSync(out).filter((f) => f.endsWith('.ttl')).sort()).toEqual(['a.ttl', 'c.ttl', 'd.ttl']);
    const json = JSON.parse(readFileSync(report, 'utf8'));
    expect(json).toMatchObject({ inputs: 4, exported: 3, failed: 1, skipped: 0, jobs: 2, exitCode: 1, formats: ['jsonld', 'ttl'] });
    expect(json.failures).toEqual([{ file: join(src, 'boom.txt'), code: 'exporter.internal.workerCrash', exitCode: 1, message: expect.stringMatching(/worker exporting it stopped/) }]);
    expect(json.counts.entities).toBeGreaterThan(0);
    expect(json.peakRssMb).toBeGreaterThan(10);
  });

  it.each([1, 2])('with --jobs %i, an output that cannot be written fails that article only, leaving no temporary file', async (jobs) => {
    const src = tempDir();
    for (const name of ['a', 'b', 'c']) writeFileSync(join(src, `${name}.txt`), SHORT);
    const out = tempDir();
    mkdirSync(join(out, 'b.ttl')); // a folder where b's Turtle should go: the rename fails
    const r = await exportWith([src], { out, jobs });
    expect(r.code).toBe(5);
    expect(r.stderr).toMatch(/b\.txt: cannot write its output .*b\.\* \(EISDIR\)/);
    expect(readdirSync(out).sort()).toEqual(['a.jsonld', 'a.ttl', 'b.jsonld', 'b.ttl', 'c.jsonld', 'c.ttl']);
    expect(readdirSync(join(out, 'b.ttl'))).toEqual([]);
  });

  it('never takes its own outputs for inputs when --out is inside the input folder', async () => {
    const src = tempDir();
    writeFileSync(join(src, 'a.txt'), SHORT);
    for (let run = 0; run < 2; run++) {
      const r = await exportWith([src], { out: join(src, 'out'), jobs: 1, format: ['html', 'ttl'] });
      expect(r.stderr).toMatch(/exported 1 of 1 article to/);
    }
    expect(readdirSync(join(src, 'out')).sort()).toEqual(['a.html', 'a.ttl', 'index.html']);
  });

  it('reads an article from standard input with -', async () => {
    const out = tempDir();
    const r = await exportWith(['-'], { out, stdin: Readable.from([Buffer.from(SHORT)]), format: ['ttl'] });
    expect(r.code).toBe(0);
    expect(readdirSync(out)).toEqual(['stdin.ttl']);
    expect(readFileSync(join(out, 'stdin.ttl'), 'utf8')).toContain('article/stdin>');
  });

  it('prints plain progress lines off a terminal, nothing but failures with --quiet', async () => {
    const src = corpus();
    const loud = await exportWith([join(src, 'sub')], { out: tempDir(), jobs: 1, progressIntervalMs: 0 });
    expect(loud.stderr).toMatch(/newsgraph: 1 of 2 articles \(50%\), [\d.]+ articles\/s, ETA/);
    expect(loud.stderr).toMatch(/\d+ entities, \d+ quotes, \d+ figures, \d+ events; [\d.]+ s, [\d.]+ articles\/s/);
    const quiet = await exportWith([join(src, 'rows.jsonl')], { out: tempDir(), jobs: 1, quiet: true });
    expect(quiet.stderr.trim().split('\n')).toEqual([expect.stringMatching(/rows\.jsonl:2: the line is not valid JSON/)]);
  });

  it('refuses --jobs 0 (usage) and fails the run on a bad --kb file even in workers (input)', async () => {
    expect((await runCli('export', SEED, '--jobs', '0', '--out', tempDir())).code).toBe(2);
    const r = await runCli('export', SEED, PAGE, '--jobs', '2', '--kb', '/no/such/kb.json', '--out', tempDir());
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/kb\.json/);
  });
});
