import { mkdir, rename, writeFile, rm } from 'node:fs/promises';
import { dirname } from 'node:path';

let counter = 0;

/** Writes a file through a temporary sibling and a rename, so a reader never sees half a file. */
export async function writeFileAtomic(path: string, content: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.${++counter}.tmp`;
  try {
    await writeFile(tmp, content, 'utf8');
    await rename(tmp, path);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
}
