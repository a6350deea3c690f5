import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findRdfFiles } from '../../../src/store/rdf-files.js';

describe('findRdfFiles', () => {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'newsgraph-files-'));
    for (const name of ['a.ttl', 'a.trig', 'a.nq', 'a.jsonld', 'b.ttl', 'c.trig', 'c.ttl']) writeFileSync(join(dir, name), '');
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', 'a.ttl'), '');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('takes one file per article in a folder, the fastest to load (.trig, then .nq, then .ttl)', async () => {
    const files = await findRdfFiles([dir]);
    expect(files.map((f) => f.path.slice(dir.length + 1))).toEqual(['a.trig', 'b.ttl', 'c.trig', 'sub/a.ttl']);
  });

  it('keeps every file given by name', async () => {
    const files = await findRdfFiles([join(dir, 'a.ttl'), join(dir, 'a.trig')]);
    expect(files.map((f) => f.extension)).toEqual(['.ttl', '.trig']);
  });

  it('refuses a missing path, an empty folder and other formats with input errors (exit 3)', async () => {
    await expect(findRdfFiles([join(dir, 'nope')])).rejects.toMatchObject({ code: 'exporter.input.notFound', exitCode: 3 });
    const empty = join(dir, 'empty');
    mkdirSync(empty);
    await expect(findRdfFiles([empty])).rejects.toMatchObject({ code: 'exporter.input.noExports', exitCode: 3 });
    await expect(findRdfFiles([join(dir, 'a.jsonld')])).rejects.toMatchObject({ code: 'exporter.input.notRdf', exitCode: 3 });
  });
});
