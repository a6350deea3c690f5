import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/cli.js';
import { PROJECT_ROOT } from '../helpers/shared.js';
import { russianParagraph } from './helpers/russian-samples.js';

/**
 * Every problem is one line on stderr, whatever the file is called: a name with a line break, an
 * escape sequence or a bidi override must not break the line, drive the terminal or reorder it.
 * Outputs are named after their input, whatever characters the name has.
 */
const BIN = resolve(PROJECT_ROOT, 'bin/newsgraph.js');
const UNSAFE_IN_TERMINAL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

describe.skipIf(!existsSync(resolve(PROJECT_ROOT, 'dist/cli/main.js')))('CLI messages and output names for odd file names', () => {
  const dir = tempDir();
  const out = tempDir();
  writeFileSync(join(dir, 'new\nline.txt'), ` date 2026-99-99 ${russianParagraph(0, 3)}`); // a warning
  writeFileSync(join(dir, 'esc\u001b[2J.txt'), ''); // refused: empty
  writeFileSync(join(dir, 'rlo\u202etxt.exe.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])); // refused: binary
  writeFileSync(join(dir, 'back\\slash.txt'), russianParagraph(2, 3));
  writeFileSync(join(dir, 'hash#per%cent?.txt'), russianParagraph(4, 3));
  const r = spawnSync(process.execPath, [BIN, 'export', dir, '--out', out, '--format', 'ttl', '--jobs', '1'], { encoding: 'utf8' });

  it('prints each warning and failure on one line starting with "newsgraph: "', () => {
    const lines = r.stderr.split('\n').filter(Boolean);
    expect(lines.filter((l) => !l.startsWith('newsgraph: '))).toEqual([]);
    expect(lines.filter((l) => /warning:/.test(l))).toHaveLength(1);
    expect(r.status).toBe(3);
  });

  it('never prints control, separator or bidi characters from a file name', () => {
    expect(r.stderr).not.toMatch(UNSAFE_IN_TERMINAL);
  });

  it('names each output after its input (a backslash is part of a POSIX file name)', () => {
    expect(readdirSync(out).sort()).toEqual(['back\\slash.ttl', 'hash#per%cent?.ttl', 'new\nline.ttl']);
  });
});
