import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import { InputError } from '../errors.js';
import { stemOfPath } from './input-kind.js';
import { DEFAULT_MAX_BYTES, parseArticleText } from './read-article.js';
import { tooLarge } from './read-bytes.js';
import type { SourceDocument } from './source-document.js';
import { normalizeUrl, parseDateValue } from './source-fields.js';

/** One non-blank line of a JSON Lines file, as bytes (or how long it was, when over the limit). */
export type JsonLine = { readonly line: number; readonly bytes: Uint8Array } | { readonly line: number; readonly tooLong: number };

const NEWLINE = 0x0a;
const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Streams a JSON Lines file line by line (1-based numbers), so a file of any size is read in
 * bounded memory: a line longer than `maxBytes` is skipped as it streams and reported.
 */
export async function* readJsonLines(path: string, options: { readonly maxBytes?: number } = {}): AsyncGenerator<JsonLine> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let parts: Buffer[] = [];
  let size = 0;
  let line = 1;
  const finish = (): JsonLine | undefined => {
    const out = size > maxBytes ? { line, tooLong: size } : lineBytes(Buffer.concat(parts, size), line);
    parts = [];
    size = 0;
    line++;
    return out;
  };
  try {
    for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
      let from = 0;
      for (let nl = chunk.indexOf(NEWLINE); nl >= 0; nl = chunk.indexOf(NEWLINE, from)) {
        take(chunk.subarray(from, nl));
        const out = finish();
        if (out) yield out;
        from = nl + 1;
      }
      take(chunk.subarray(from));
    }
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? String(e);
    throw new InputError(`cannot read the file (${code})`, 'exporter.input.unreadable', { file: path, hint: 'check the path and its permissions' }, { cause: e });
  }
  const last = finish();
  if (last) yield last;

  function take(piece: Buffer): void {
    size += piece.length;
    if (size > maxBytes) parts = [];
    else if (piece.length > 0) parts.push(piece);
  }
}

/** A line's bytes without the file's BOM; undefined for a blank line. */
function lineBytes(bytes: Buffer, line: number): JsonLine | undefined {
  const body = line === 1 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  return body.every((b) => b === 0x20 || b === 0x09 || b === 0x0d) ? undefined : { line, bytes: body };
}

/** The output name of a line: its `id` (made safe for a file name) or `<file>-<line>`. */
export function jsonLineStem(record: Record<string, unknown>, file: string, line: number): string {
  const id = record['id'];
  const safe = typeof id === 'string' || typeof id === 'number' ? safeFileStem(String(id)) : undefined;
  return safe ?? `${stemOfPath(file)}-${line}`;
}

/**
 * One JSON Lines record to a source document: `text` (required), `date` or `datePublished`,
 * `url`, `title` or `headline`, `id` (the output name). A bad line is an input error located at
 * `file.jsonl:LINE`; a bad date or URL is a warning.
 */
export function parseJsonLine(raw: JsonLine, file: string, maxBytes = DEFAULT_MAX_BYTES): SourceDocument {
  const where = String(raw.line);
  if ('tooLong' in raw) throw tooLarge(file, `the line is ${raw.tooLong} bytes`, maxBytes, where);
  const record = parseRecord(raw.bytes, file, where);
  const text = record['text'];
  if (typeof text !== 'string' || text.trim() === '') {
    throw new InputError('the line has no "text" (the article text as a string)', 'exporter.input.jsonl', { file, where, hint: 'each line is {"text": …, "date": …, "url": …, "title": …, "id": …}' });
  }
  const stem = jsonLineStem(record, file, raw.line);
  const doc = parseArticleText(text, `${basename(file)}#${where}`);
  const warnings = [...doc.warnings];
  const date = stringField(record, 'date', 'datePublished');
  const datePublished = date !== undefined ? parseDateValue(date) : undefined;
  if (date !== undefined && !datePublished) warnings.push(`line ${where}: the date "${date}" is not a date (YYYY-MM-DD or an ISO date-time); the article is exported without datePublished`);
  const rawUrl = stringField(record, 'url');
  const url = normalizeUrl(rawUrl);
  if (rawUrl !== undefined && !url) warnings.push(`line ${where}: the url "${rawUrl}" is not an absolute http(s) URL; it was left out`);
  const title = stringField(record, 'title', 'headline')?.replace(/\s+/g, ' ').trim();
  const published = datePublished ?? (date === undefined ? doc.datePublished : undefined);
  return {
    ...doc,
    stem,
    ...(published ? { datePublished: published } : {}),
    ...(title ? { title } : {}),
    ...(url ? { url } : {}),
    warnings,
  };
}

function parseRecord(bytes: Uint8Array, file: string, where: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(utf8.decode(bytes));
  } catch (e) {
    const reason = e instanceof SyntaxError ? e.message : 'not valid UTF-8';
    throw new InputError(`the line is not valid JSON (${reason})`, 'exporter.input.jsonl', { file, where, hint: 'each line holds one JSON object' });
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InputError('the line is not a JSON object', 'exporter.input.jsonl', { file, where, hint: 'each line holds one JSON object' });
  }
  return value as Record<string, unknown>;
}

function stringField(record: Record<string, unknown>, ...names: string[]): string | undefined {
  for (const name of names) {
    const v = record[name];
    if (typeof v === 'string' && v.trim() !== '') return v;
  }
  return undefined;
}

/** A record id as a file name: path separators and characters file systems refuse become `_`. */
export function safeFileStem(id: string): string | undefined {
  const safe = id.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').trim().slice(0, 150);
  return safe === '' || /^\.+$/.test(safe) ? undefined : safe;
}
