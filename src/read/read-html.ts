import { basename } from 'node:path';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { InputError } from '../errors.js';
import { decodeBytes } from './decode-text.js';
import { blockParagraphs, type DomDocument, type DomNode } from './html-dom.js';
import { readPageMetadata } from './html-metadata.js';
import { stemOfPath } from './input-kind.js';
import { readInputBytes } from './read-bytes.js';
import type { SourceDocument } from './source-document.js';

/** A page's source document, with the page's credited authors (SourceDocument has no field for them yet). */
export interface HtmlSourceDocument extends SourceDocument {
  readonly authors: readonly string[];
}

/** Reads a news page (.html): its article text and metadata. */
export async function readHtmlFile(path: string, options: { readonly maxBytes?: number } = {}): Promise<HtmlSourceDocument> {
  return parseHtmlBytes(await readInputBytes(path, options.maxBytes), path);
}

/** A page's bytes (UTF-8, or UTF-16 with a BOM) to its source document; decoding warnings are kept. */
export function parseHtmlBytes(bytes: Uint8Array, path: string): HtmlSourceDocument {
  const decoded = decodeBytes(bytes, path);
  const doc = parseHtmlArticle(decoded.text, path);
  return decoded.warnings.length ? { ...doc, warnings: [...decoded.warnings, ...doc.warnings] } : doc;
}

/**
 * A news page to a source document: the article body found by Readability (Firefox's reader
 * view; navigation, teasers, share buttons and footers left out), one paragraph per block, the
 * title as the first line; `title`, `datePublished` (with its precision), `url` and `authors` from
 * the page's meta tags and JSON-LD. A page without article text is refused.
 */
export function parseHtmlArticle(html: string, source: string): HtmlSourceDocument {
  const document = parseHTML(html).document as unknown as DomDocument;
  const metadata = readPageMetadata(document);
  const body = articleParagraphs(document);
  if (body.length === 0) {
    throw new InputError('the page has no article text', 'exporter.input.empty', { file: source, hint: 'give the page of one article' });
  }
  const title = metadata.title;
  const paragraphs = title && !sameLine(body[0]!, title) ? [title, ...body] : body;
  return {
    source: basename(source),
    stem: stemOfPath(source),
    text: paragraphs.join('\n\n') + '\n',
    bodyStart: 0,
    ...(metadata.datePublished ? { datePublished: metadata.datePublished } : {}),
    ...(title ? { title } : {}),
    ...(metadata.url ? { url: metadata.url } : {}),
    authors: metadata.authors,
    warnings: metadata.warnings,
  };
}

/** The article's paragraphs: Readability's pick, or the whole body when it finds no article. */
function articleParagraphs(document: DomDocument): string[] {
  // Readability changes the document it reads, so the metadata is read before.
  const reader = new Readability<DomNode>(document as never, { serializer: (node) => node as unknown as DomNode });
  const article = reader.parse();
  if (article?.content) {
    const paragraphs = blockParagraphs(article.content);
    if (paragraphs.length > 0) return paragraphs;
  }
  return document.body ? blockParagraphs(document.body) : [];
}

function sameLine(a: string, b: string): boolean {
  const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();
  return norm(a) === norm(b);
}
