import { basename, extname } from 'node:path';
import { InputError } from '../errors.js';
import { isBlankText } from '../util/unicode-text.js';
import { decodeBytes } from './decode-text.js';
import { parseHeader } from './parse-header.js';
import { readInputBytes } from './read-bytes.js';
import { sanitizeText } from './sanitize-text.js';
import type { SourceDocument } from './source-document.js';

export interface ReadOptions {
  /** Refuse files larger than this many bytes. */
  readonly maxBytes?: number;
}

export { DEFAULT_MAX_BYTES } from './read-bytes.js';

/** Reads one article file (.txt). */
export async function readArticleFile(path: string, options: ReadOptions = {}): Promise<SourceDocument> {
  return parseArticleBytes(await readInputBytes(path, options.maxBytes), path);
}

/** A text file's bytes to its document: decode (with the decoder's warnings first), then parse. */
export function parseArticleBytes(bytes: Uint8Array, path: string): SourceDocument {
  const decoded = decodeBytes(bytes, path);
  const doc = parseArticleText(decoded.text, basename(path));
  return decoded.warnings.length ? { ...doc, warnings: [...decoded.warnings, ...doc.warnings] } : doc;
}

/**
 * Builds the source document of a text that is already decoded: a leading BOM is dropped, lone
 * surrogates become U+FFFD (see sanitizeText), and a text with nothing visible is refused.
 */
export function parseArticleText(text: string, source: string): SourceDocument {
  const { text: clean, warnings } = sanitizeText(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  if (isBlankText(clean)) {
    throw new InputError('the article is empty (nothing but white space)', 'exporter.input.empty', { file: source, hint: 'give a file with the article text' });
  }
  const header = parseHeader(clean);
  if (isBlankText(clean.slice(header.bodyStart))) {
    throw new InputError('the article has a date header and no text', 'exporter.input.empty', { file: source, hint: 'give a file with the article text' });
  }
  return {
    source,
    stem: stemOf(source),
    text: clean,
    bodyStart: header.bodyStart,
    ...(header.datePublished ? { datePublished: header.datePublished } : {}),
    warnings: [...warnings, ...header.warnings],
  };
}

function stemOf(source: string): string {
  const name = basename(source);
  const ext = extname(name);
  return ext ? name.slice(0, -ext.length) : name;
}
