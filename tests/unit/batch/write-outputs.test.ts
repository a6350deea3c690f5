import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeOutputs } from '../../../src/batch/write-outputs.js';
import { tempDir } from '../../helpers/cli.js';

describe('writeOutputs', () => {
  it('writes each format through a temporary file and a rename, leaving no temporary file', () => {
    const out = join(tempDir(), 'sub');
    writeOutputs(join(out, 'a'), { ttl: '<a> <b> <c> .\n', jsonld: '{}\n' }, ['jsonld', 'ttl']);
    expect(readdirSync(out).sort()).toEqual(['a.jsonld', 'a.ttl']);
    expect(readFileSync(join(out, 'a.ttl'), 'utf8')).toBe('<a> <b> <c> .\n');
  });

  it('makes the folder again when it was removed since the last article', () => {
    const out = join(tempDir(), 'again');
    writeOutputs(join(out, 'a'), { ttl: 'x' }, ['ttl']);
    rmSync(out, { recursive: true });
    writeOutputs(join(out, 'b'), { ttl: 'y' }, ['ttl']);
    expect(readdirSync(out)).toEqual(['b.ttl']);
  });
});
