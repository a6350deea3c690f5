import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { morphologyDictionaryDir, readMorphologyBuffers, sharedBufferFor } from '../../../src/segment/morphology-files.js';

describe('readMorphologyBuffers', () => {
  it("reads az's binary dictionaries into shared memory, byte for byte", async () => {
    const buffers = await readMorphologyBuffers();
    expect(Object.keys(buffers).sort()).toEqual(['p_t_given_w.intdawg', 'paradigms.array', 'prediction-suffixes-0.dawg', 'prediction-suffixes-1.dawg', 'prediction-suffixes-2.dawg', 'words.dawg']);
    for (const [name, shared] of Object.entries(buffers)) {
      expect(shared).toBeInstanceOf(SharedArrayBuffer);
      expect(Buffer.from(new Uint8Array(shared)).equals(readFileSync(join(morphologyDictionaryDir(), name)))).toBe(true);
    }
  });

  it('serves a buffer by the file name az asks for, and nothing for the JSON files or without buffers', async () => {
    const buffers = await readMorphologyBuffers();
    const dir = morphologyDictionaryDir();
    expect(sharedBufferFor(buffers, `${dir}/words.dawg`)).toBe(buffers['words.dawg']);
    expect(sharedBufferFor(buffers, `${dir}/suffixes.json`)).toBeUndefined();
    expect(sharedBufferFor(undefined, `${dir}/words.dawg`)).toBeUndefined();
  });
});
