import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from './helpers/cli.js';
import { PROJECT_ROOT } from './helpers/shared.js';

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
});
