import { open } from 'node:fs/promises';
import { InputError } from '../errors.js';
import { DEFAULT_MAX_BYTES } from './read-article.js';

/** Reads a whole input file, refusing folders and files over `maxBytes` with a typed input error. */
export async function readInputBytes(path: string, maxBytes: number = DEFAULT_MAX_BYTES): Promise<Uint8Array> {
  let handle;
  try {
    handle = await open(path, 'r');
    const info = await handle.stat();
    if (info.isDirectory()) throw new InputError('is a folder, not a file', 'exporter.input.isDirectory', { file: path });
    if (info.size > maxBytes) throw tooLarge(path, `the file is ${info.size} bytes`, maxBytes);
    return await handle.readFile();
  } catch (e) {
    if (e instanceof InputError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EISDIR') throw new InputError('is a folder, not a file', 'exporter.input.isDirectory', { file: path });
    throw new InputError(`cannot read the file (${code ?? String(e)})`, 'exporter.input.unreadable', { file: path, hint: 'check the path and its permissions' }, { cause: e });
  } finally {
    await handle?.close();
  }
}

/** The error for an input over the size limit. */
export function tooLarge(file: string, what: string, maxBytes: number, where?: string): InputError {
  return new InputError(`${what}, more than the limit of ${maxBytes}`, 'exporter.input.tooLarge', {
    file,
    ...(where ? { where } : {}),
    hint: 'raise the limit with --max-bytes or split the input',
  });
}
