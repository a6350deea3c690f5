import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
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
 * so workers never share one.
 */
export async function writeOutputs(outStem: string, rendered: Partial<Record<Format, string>>, formats: readonly Format[]): Promise<void> {
  const dir = dirname(outStem);
  await makeFolder(dir);
  for (const format of formats) {
    const path = outStem + EXTENSION[format];
    const tmp = `${path}.${process.pid}-${threadId}-${++counter}.tmp`;
    try {
      await writeFile(tmp, rendered[format] ?? '', 'utf8').catch(async (e: NodeJS.ErrnoException) => {
        if (e.code !== 'ENOENT') throw e;
        madeFolders.delete(dir); // the folder was removed since: make it again
        await makeFolder(dir);
        await writeFile(tmp, rendered[format] ?? '', 'utf8');
      });
      await rename(tmp, path);
    } catch (e) {
      await rm(tmp, { force: true });
      throw e;
    }
  }
}

async function makeFolder(dir: string): Promise<void> {
  if (madeFolders.has(dir)) return;
  await mkdir(dir, { recursive: true });
  if (madeFolders.size >= MAX_MADE_FOLDERS) madeFolders.clear();
  madeFolders.add(dir);
}
