import { stat } from 'node:fs/promises';
import { EXTENSION, type Format } from '../pipeline/output-formats.js';

/** Whether every requested output of an input exists and is at least as new as the input (--resume). */
export async function outputsUpToDate(outStem: string, formats: readonly Format[], inputMtimeMs: number): Promise<boolean> {
  for (const format of formats) {
    const info = await stat(outStem + EXTENSION[format]).catch(() => undefined);
    if (!info || info.mtimeMs < inputMtimeMs) return false;
  }
  return true;
}

/** The modification time of an input file, or undefined when it cannot be read (the reader reports that). */
export async function mtimeOf(path: string): Promise<number | undefined> {
  const info = await stat(path).catch(() => undefined);
  return info?.mtimeMs;
}
