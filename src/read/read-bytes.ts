import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { InputError } from '../errors.js';

/** Inputs larger than this are refused unless --max-bytes says otherwise. */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

/**
 * Reads a whole input file, refusing folders and files over `maxBytes` with a typed input error.
 * Synchronous: news articles are small, and the promise-based calls (a trip through libuv's thread
 * pool per open, stat, read and close) cost about ten times the CPU of the read itself, on the
 * thread that feeds the workers.
 */
export async function readInputBytes(path: string, maxBytes: number = DEFAULT_MAX_BYTES): Promise<Uint8Array> {
  return readInputBytesSync(path, maxBytes);
}

function readInputBytesSync(path: string, maxBytes: number): Uint8Array {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const info = fstatSync(fd);
    if (info.isDirectory()) throw new InputError('is a folder, not a file', 'exporter.input.isDirectory', { file: path });
    if (info.size > maxBytes) throw tooLarge(path, `the file is ${info.size} bytes`, maxBytes);
    return readAll(fd, info.size, path, maxBytes);
  } catch (e) {
    if (e instanceof InputError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EISDIR') throw new InputError('is a folder, not a file', 'exporter.input.isDirectory', { file: path });
    throw new InputError(`cannot read the file (${code ?? String(e)})`, 'exporter.input.unreadable', { file: path, hint: 'check the path and its permissions' }, { cause: e });
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Reads to the end of the file: its size as stat saw it, or more if it grew (up to the limit). The
 * buffer has a byte to spare, so a file that did not grow is read without copying.
 */
function readAll(fd: number, size: number, path: string, maxBytes: number): Uint8Array {
  let buffer = new Uint8Array(size + 1);
  let length = 0;
  for (;;) {
    if (length === buffer.length) {
      if (length >= maxBytes + 1) throw tooLarge(path, 'the file grew while read', maxBytes);
      const grown = new Uint8Array(Math.min(buffer.length * 2, maxBytes + 1));
      grown.set(buffer);
      buffer = grown;
    }
    const n = readSync(fd, buffer, length, buffer.length - length, null);
    if (n === 0) return buffer.subarray(0, length);
    length += n;
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
