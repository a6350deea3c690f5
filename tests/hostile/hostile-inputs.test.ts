import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/cli.js';
import { PROJECT_ROOT } from '../helpers/shared.js';

interface ManifestEntry {
  readonly path: string;
  readonly category: string;
  readonly expect: 'export' | 'refuse' | 'either';
}
type Generate = (dir: string, options: { count: number; seed: number }) => ManifestEntry[];

/** The generator of scripts/hostile-inputs.mjs (a plain script; loaded by URL so TypeScript does not type it). */
async function generator(): Promise<Generate> {
  const url = pathToFileURL(resolve(PROJECT_ROOT, 'scripts/hostile-inputs.mjs')).href;
  return ((await import(url)) as { generateHostileInputs: Generate }).generateHostileInputs;
}

function listAll(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

describe('scripts/hostile-inputs.mjs', () => {
  it('is deterministic: the same seed gives the same files, byte for byte', async () => {
    const generate = await generator();
    const [a, b] = [tempDir(), tempDir()];
    expect(generate(a, { count: 150, seed: 11 })).toEqual(generate(b, { count: 150, seed: 11 }));
    const filesA = listAll(join(a, 'in'));
    expect(filesA.map((f) => f.slice(a.length))).toEqual(listAll(join(b, 'in')).map((f) => f.slice(b.length)));
    for (const f of filesA) expect(readFileSync(f).equals(readFileSync(b + f.slice(a.length)))).toBe(true);
  });

  it('writes one file per manifest entry and covers every category', async () => {
    const generate = await generator();
    const dir = tempDir();
    const entries = generate(dir, { count: 150, seed: 3 });
    expect(entries).toHaveLength(150);
    expect(listAll(join(dir, 'in'))).toHaveLength(150);
    const categories = new Set(entries.map((e) => e.category));
    for (const c of ['clean', 'windows-1251', 'koi8-r', 'utf-16-no-bom', 'binary-signature', 'empty', 'control-characters', 'long-line-2mb', 'too-large', 'odd-name']) {
      expect(categories).toContain(c);
    }
  });
});
