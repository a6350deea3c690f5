import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from './helpers/cli.js';
import { itShared, PROJECT_ROOT, sharedPath } from './helpers/shared.js';

// output/ holds the committed export of input/ so that a reader sees real output without running
// anything; `npm start` regenerates it. This test fails when it is stale.
describe('output/', () => {
  it('is the current export of input/ (run `npm start` when this fails)', async () => {
    const out = tempDir();
    const r = await runCli('export', join(PROJECT_ROOT, 'input'), '--out', out, '--format', 'all', '--quiet');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const fresh = readdirSync(out).sort();
    const committed = readdirSync(join(PROJECT_ROOT, 'output')).filter((f) => !f.startsWith('.')).sort();
    expect(committed).toEqual(fresh);
    for (const f of fresh) {
      const same = readFileSync(join(out, f), 'utf8') === readFileSync(join(PROJECT_ROOT, 'output', f), 'utf8');
      expect(same, `output/${f} differs from a fresh export: run npm start`).toBe(true);
    }
  });

  // Issue 4's target on the raw seed article as extracted (the golden test judges the hand-made model).
  itShared('holds an export of the seed article that passes every required line of the judge, with no spurious person', ['tools/judge.mjs', 'gold/seed.gold.json'], () => {
    const ttl = join(PROJECT_ROOT, 'output', '000_5b0c01de365d3c73.ttl');
    const run = spawnSync(process.execPath, [sharedPath('tools/judge.mjs'), 'seed', '--gold', sharedPath('gold/seed.gold.json'), '--ttl', ttl], { cwd: PROJECT_ROOT, encoding: 'utf8' });
    const lines = run.stdout.split('\n');
    expect(lines.filter((line) => line.startsWith('MISS'))).toEqual([]);
    expect(lines.some((line) => /^ok\s+no spurious schema:Person/.test(line))).toBe(true);
    expect(JSON.parse(lines.filter(Boolean).pop() ?? '{}')).toMatchObject({ share: 1 });
    expect(run.status).toBe(0);
  });
});
