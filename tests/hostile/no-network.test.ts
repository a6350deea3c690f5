import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/cli.js';
import { PROJECT_ROOT } from '../helpers/shared.js';

/**
 * An export makes no network request: the CLI runs in a child process with a preload that replaces
 * sockets, DNS, http(s), fetch and friends with functions that record and throw. The test runner's
 * own globals are never touched.
 */
const PRELOAD = pathToFileURL(resolve(PROJECT_ROOT, 'tests/hostile/fixtures/no-network-preload.mjs')).href;
const BIN = resolve(PROJECT_ROOT, 'bin/newsgraph.js');

function runWithoutNetwork(args: string[]): { status: number | null; stderr: string; attempts: string[] } {
  const log = join(tempDir(), 'network.log');
  const r = spawnSync(process.execPath, ['--import', PRELOAD, ...args], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    env: { ...process.env, NEWSGRAPH_NETWORK_LOG: log },
    timeout: 120_000,
  });
  const attempts = existsSync(log) ? readFileSync(log, 'utf8').split('\n').filter(Boolean) : [];
  return { status: r.status, stderr: r.stderr, attempts };
}

describe.skipIf(!existsSync(resolve(PROJECT_ROOT, 'dist/cli/main.js')))('no network', () => {
  it('the preload does catch network use (control)', () => {
    const script = [
      "try { await fetch('http://example.org/'); } catch {}",
      "const { lookup } = await import('node:dns'); try { lookup('example.org', () => {}); } catch {}",
      "const { request } = await import('node:https'); try { request('https://example.org/'); } catch {}",
      "const net = await import('node:net'); try { new net.Socket().connect(80, 'example.org'); } catch {}",
    ].join('\n');
    const r = runWithoutNetwork(['--input-type=module', '-e', script]);
    expect(r.attempts.map((a) => a.split(' ')[0])).toEqual(['fetch', 'dns.lookup', 'https.request', 'net.Socket.connect']);
  });

  it('export (every format) and validate make no network request', () => {
    const out = tempDir();
    const exported = runWithoutNetwork([BIN, 'export', 'input', '--out', out, '--format', 'all', '--jobs', '2', '-q']);
    expect(exported.stderr).not.toMatch(/network access blocked/);
    expect(exported.status).toBe(0);
    const validated = runWithoutNetwork([BIN, 'validate', join(out, '000_5b0c01de365d3c73.jsonld'), join(out, '000_5b0c01de365d3c73.ttl')]);
    expect(validated.status).toBe(0);
    expect([...exported.attempts, ...validated.attempts]).toEqual([]);
  });
});
