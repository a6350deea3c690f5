import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExitCode } from '../../../src/errors.js';
import { readInputBytes } from '../../../src/read/read-bytes.js';
import { tempDir } from '../../helpers/cli.js';

function file(bytes: Uint8Array | string): string {
  const path = join(tempDir(), 'a.txt');
  writeFileSync(path, bytes);
  return path;
}

describe('readInputBytes', () => {
  it('reads a whole file, empty, small or larger than one read', async () => {
    expect(await readInputBytes(file(''))).toEqual(new Uint8Array(0));
    const text = 'Москва. '.repeat(100_000); // 1.5 MB
    const bytes = await readInputBytes(file(text));
    expect(Buffer.from(bytes).toString('utf8')).toBe(text);
    expect(bytes.length).toBe(Buffer.byteLength(text));
  });

  it('refuses a folder, a missing file and a file over the limit with an input error saying which', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'x.txt'));
    await expect(readInputBytes(join(dir, 'x.txt'))).rejects.toMatchObject({ code: 'exporter.input.isDirectory', exitCode: ExitCode.input });
    await expect(readInputBytes(join(dir, 'missing.txt'))).rejects.toMatchObject({ code: 'exporter.input.unreadable', exitCode: ExitCode.input, message: 'cannot read the file (ENOENT)' });
    await expect(readInputBytes(file('12345'), 4)).rejects.toMatchObject({ code: 'exporter.input.tooLarge', message: 'the file is 5 bytes, more than the limit of 4' });
    expect(await readInputBytes(file('1234'), 4)).toEqual(new Uint8Array([49, 50, 51, 52]));
  });
});
