import { decodeText } from './decode-text.js';
import { DEFAULT_MAX_BYTES, parseArticleText } from './read-article.js';
import { tooLarge } from './read-bytes.js';
import type { SourceDocument } from './source-document.js';

/** The label and output name of an article read from standard input. */
export const STDIN_NAME = 'stdin';

/** Reads one article (text, as a .txt file) from a stream such as process.stdin, up to `maxBytes`. */
export async function readStdinArticle(stream: AsyncIterable<Uint8Array | string>, options: { readonly maxBytes?: number } = {}): Promise<SourceDocument> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    size += bytes.length;
    if (size > maxBytes) throw tooLarge(STDIN_NAME, `standard input has more than ${maxBytes} bytes`, maxBytes);
    chunks.push(bytes);
  }
  return parseArticleText(decodeText(Buffer.concat(chunks, size), STDIN_NAME), STDIN_NAME);
}
