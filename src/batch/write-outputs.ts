import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { threadId } from 'node:worker_threads';
import { EXTENSION, type Format } from '../pipeline/output-formats.js';

let counter = 0;
/** Output folders made already by this thread (a corpus has few), so each article saves a mkdir. */
const madeFolders = new Set<string>();
const MAX_MADE_FOLDERS = 10_000;

/**
 * Writes an article's files, each through a temporary sibling and a rename, so a reader (or a run
 * that is stopped) never sees half a file. Temporary names carry the process, thread and a counter,
 * so workers never share one. Synchronous: it runs in the thread that rendered the article (a
 * worker, or this thread with --jobs 1), where the promise-based calls cost more CPU than the
 * writes themselves and the article's strings would outlive a young-generation GC.
 */
export function writeOutputs(outStem: string, rendered: Partial<Record<Format, string>>, formats: readonly Format[]): void {
  const dir = dirname(outStem);
  makeFolder(dir);
  for (const format of formats) {
    const path = outStem + EXTENSION[format];
    const tmp = `${path}.${process.pid}-${threadId}-${++counter}.tmp`;
    try {
      writeTemporary(tmp, dir, rendered[format] ?? '');
      renameSync(tmp, path);
    } catch (e) {
      rmSync(tmp, { force: true });
      throw e;
    }
  }
}

function writeTemporary(tmp: string, dir: string, text: string): void {
  try {
    writeFileSync(tmp, text, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    madeFolders.delete(dir); // the folder was removed since: make it again
    makeFolder(dir);
    writeFileSync(tmp, text, 'utf8');
  }
}

function makeFolder(dir: string): void {
  if (madeFolders.has(dir)) return;
  mkdirSync(dir, { recursive: true });
  if (madeFolders.size >= MAX_MADE_FOLDERS) madeFolders.clear();
  madeFolders.add(dir);
}
