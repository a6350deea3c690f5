import { extname } from 'node:path';
import { STDIN_PATH } from './collect-inputs.js';
import { basename } from 'node:path';

/** How an input is read: plain text (the archive format), an HTML page, JSON Lines, or standard input. */
export type InputKind = 'text' | 'html' | 'jsonl' | 'stdin';

const BY_EXTENSION: Readonly<Record<string, InputKind>> = {
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
};

/** The kind of an input path, by its extension; anything unknown (.txt, no extension) is plain text. */
export function inputKindOf(path: string): InputKind {
  if (path === STDIN_PATH) return 'stdin';
  return BY_EXTENSION[extname(path).toLowerCase()] ?? 'text';
}

/** The output name of an input file: `a.txt` → `a`, `page.html` → `page`. */
export function stemOfPath(path: string): string {
  const name = basename(path);
  const ext = extname(name);
  return ext ? name.slice(0, -ext.length) : name;
}
