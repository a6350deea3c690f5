import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { shippedKbDir } from './load-knowledge-base.js';

/** Where indexes derived from the shipped knowledge base are committed: kb/derived/NAME (the loader reads only kb/*.json). */
export function derivedIndexPath(name: string, kbDir = shippedKbDir()): string {
  return path.join(kbDir, 'derived', name);
}

/**
 * The parsed content of a derived index, or undefined when it is missing or unreadable (the
 * index only saves time: whoever uses it checks that it names the loaded knowledge base's hash).
 */
export async function readDerivedIndex(name: string, kbDir?: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(derivedIndexPath(name, kbDir), 'utf8')) as unknown;
  } catch {
    return undefined;
  }
}
