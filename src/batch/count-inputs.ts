import { createReadStream } from 'node:fs';
import { discoverInputs } from '../read/collect-inputs.js';
import { inputKindOf } from '../read/input-kind.js';

/**
 * How many articles the paths hold (each JSON Lines row counts), for the progress display's total
 * and ETA. It walks the inputs again beside the export, in constant memory; rows are counted by
 * their line breaks, so blank lines make it a slight overestimate.
 */
export async function countInputs(paths: readonly string[], skipFolders: readonly string[] = []): Promise<number> {
  let total = 0;
  for await (const entry of discoverInputs(paths, undefined, { skipFolders })) {
    total += !entry.error && inputKindOf(entry.path) === 'jsonl' ? await countLines(entry.path) : 1;
  }
  return total;
}

async function countLines(path: string): Promise<number> {
  let lines = 0;
  let trailing = false;
  try {
    for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
      for (let i = chunk.indexOf(0x0a); i >= 0; i = chunk.indexOf(0x0a, i + 1)) lines++;
      trailing = chunk.length > 0 && chunk[chunk.length - 1] !== 0x0a;
    }
  } catch {
    return 1; // unreadable: reported as one failure
  }
  return lines + (trailing ? 1 : 0);
}
