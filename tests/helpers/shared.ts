import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'vitest';

/** The project root (where package.json is). */
export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * The read-only shared folder beside the project (corpora, gold, tools, vocabularies), used only
 * for measuring and checking. NEWSGRAPH_SHARED overrides where it is.
 */
export const SHARED_DIR = process.env.NEWSGRAPH_SHARED ?? resolve(PROJECT_ROOT, '../shared');

/** A path inside the shared folder. */
export function sharedPath(...parts: string[]): string {
  return resolve(SHARED_DIR, ...parts);
}

/** Whether the shared folder (and each given path inside it) exists. */
export function hasShared(...parts: string[]): boolean {
  return existsSync(SHARED_DIR) && parts.every((p) => existsSync(sharedPath(p)));
}

const inCi = () => Boolean(process.env.CI);

/**
 * A describe block that needs files of the shared folder: it runs when they exist, is skipped
 * when they do not, and fails instead of skipping when process.env.CI is set (CI always has them).
 */
export function describeShared(name: string, parts: readonly string[], body: () => void): void {
  if (hasShared(...parts)) describe(name, body);
  else if (inCi()) describe(name, () => it('has the shared files it needs', () => failMissing(parts)));
  else describe.skip(name, body);
}

/** One test that needs files of the shared folder; same rule as describeShared. */
export function itShared(name: string, parts: readonly string[], body: () => unknown, timeout?: number): void {
  if (hasShared(...parts)) it(name, body, timeout);
  else if (inCi()) it(name, () => failMissing(parts));
  else it.skip(name, body, timeout);
}

function failMissing(parts: readonly string[]): never {
  const missing = [SHARED_DIR, ...parts.map((p) => sharedPath(p))].filter((p) => !existsSync(p));
  throw new Error(`CI must have the shared folder; missing: ${missing.join(', ')}`);
}
