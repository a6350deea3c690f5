import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SMALL_RUN } from '../../../src/batch/export-corpus.js';
import { tempDir } from '../../helpers/cli.js';
import { PROJECT_ROOT } from '../../helpers/shared.js';
import { russianParagraph } from '../../hostile/helpers/russian-samples.js';

/** bin/newsgraph.js runs the bundle that npm run build makes (scripts/bundle-cli.mjs), with its own worker beside it. */
const BIN = resolve(PROJECT_ROOT, 'bin/newsgraph.js');
const BUNDLE = resolve(PROJECT_ROOT, 'dist/bundle');

function exportAll(dir: string, jobs: number): Map<string, string> {
  const out = tempDir();
  execFileSync(process.execPath, [BIN, 'export', dir, '--out', out, '--format', 'jsonld,ttl', '--jobs', String(jobs), '-q'], { stdio: 'pipe' });
  return new Map(readdirSync(out).sort().map((f) => [f, readFileSync(join(out, f), 'utf8')]));
}

describe.skipIf(!existsSync(join(BUNDLE, 'main.js')) && !process.env.CI)('the bundled CLI', () => {
  it('is built with its worker beside it', () => {
    expect(existsSync(join(BUNDLE, 'main.js'))).toBe(true);
    expect(existsSync(join(BUNDLE, 'export-worker.js'))).toBe(true);
    expect(readFileSync(BIN, 'utf8')).toContain('../dist/bundle/main.js');
  });

  it('exports a run big enough for worker threads, byte for byte as in one thread', () => {
    const dir = tempDir();
    for (let i = 0; i <= SMALL_RUN; i++) writeFileSync(join(dir, `a${i}.txt`), russianParagraph(i, 3));
    const pooled = exportAll(dir, 2);
    expect(pooled.size).toBe(2 * (SMALL_RUN + 1));
    expect(pooled).toEqual(exportAll(dir, 1));
  });

  it('says in one line what to do when the bundle was not built', () => {
    const root = tempDir();
    mkdirSync(join(root, 'bin'));
    copyFileSync(BIN, join(root, 'bin/newsgraph.js'));
    const r = spawnSync(process.execPath, [join(root, 'bin/newsgraph.js'), '--version'], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('newsgraph: the CLI is not built (dist/bundle/main.js is missing): run npm run build\n');
  });
});
