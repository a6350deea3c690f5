import { open } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { InputError } from '../errors.js';

/**
 * az's binary dictionaries (about 10 MB) by file name, in shared memory: read once by the main
 * thread and handed to every worker, instead of each worker holding its own copy.
 */
export type MorphologyBuffers = Readonly<Record<string, SharedArrayBuffer>>;

/** The binary files az reads as array buffers; its JSON files are small and parsed by each thread. */
const BINARY_FILES = ['words.dawg', 'prediction-suffixes-0.dawg', 'prediction-suffixes-1.dawg', 'prediction-suffixes-2.dawg', 'p_t_given_w.intdawg', 'paradigms.array'] as const;

/** The folder of az's dictionaries (in the installed package). */
export function morphologyDictionaryDir(): string {
  return join(dirname(createRequire(import.meta.url).resolve('az')), '..', 'dicts');
}

/** Reads the binary dictionaries into shared memory (without loading az itself). */
export async function readMorphologyBuffers(): Promise<MorphologyBuffers> {
  const dir = morphologyDictionaryDir();
  const entries = await Promise.all(
    BINARY_FILES.map(async (name) => {
      const path = join(dir, name);
      const shared = await readShared(path).catch((e: unknown) => {
        throw new InputError(`cannot read the morphology dictionary ${path}`, 'exporter.morphology.load', { hint: 'reinstall with npm ci' }, { cause: e });
      });
      return [name, shared] as const;
    }),
  );
  return Object.freeze(Object.fromEntries(entries));
}

/** A file read straight into shared memory (no intermediate Buffer left for the main thread's GC). */
async function readShared(path: string): Promise<SharedArrayBuffer> {
  const file = await open(path, 'r');
  try {
    const { size } = await file.stat();
    const shared = new SharedArrayBuffer(size);
    const bytes = new Uint8Array(shared);
    for (let at = 0; at < size; ) {
      const { bytesRead } = await file.read(bytes, at, size - at, at);
      if (bytesRead === 0) throw new Error(`${path} ended after ${at} of ${size} bytes`);
      at += bytesRead;
    }
    return shared;
  } finally {
    await file.close();
  }
}

/** The shared buffer for a file az asks for, if it is one of them. */
export function sharedBufferFor(buffers: MorphologyBuffers | undefined, url: string): SharedArrayBuffer | undefined {
  return buffers ? buffers[basename(url)] : undefined;
}
