import { DataFactory, Parser } from 'n3';
import type { Quad } from '@rdfjs/types';
import { createLocalDocumentLoader } from '../serialize/document-loader.js';
import { findJsonSyntaxError } from './json-location.js';
import { lineColumn, type Problem } from './problem.js';

export type RdfFormat = 'turtle' | 'trig' | 'nquads' | 'jsonld';

const N3_FORMAT: Readonly<Record<Exclude<RdfFormat, 'jsonld'>, string>> = {
  turtle: 'Turtle',
  trig: 'TriG',
  nquads: 'N-Quads',
};

export type ParseResult = { quads: Quad[]; problems?: undefined } | { quads?: undefined; problems: Problem[] };

/** Parses RDF text into quads, or says where it cannot be parsed. JSON-LD never touches the network. */
export async function parseRdf(text: string, format: RdfFormat, file: string): Promise<ParseResult> {
  const source = text.replace(/^\uFEFF/, '');
  if (format === 'jsonld') return parseJsonLd(source, file);
  try {
    return { quads: new Parser({ format: N3_FORMAT[format] }).parse(source) };
  } catch (e) {
    const error = e as Error & { context?: { line?: number } };
    const line = error.context?.line;
    const place = line === undefined ? '' : `line ${line}`;
    return { problems: [{ file, place, message: `cannot parse as ${N3_FORMAT[format]}: ${error.message}`, severity: 'error', line }] };
  }
}

interface JsonLdErrorShape extends Error {
  details?: { event?: { message?: string; code?: string } };
}

async function parseJsonLd(source: string, file: string): Promise<ParseResult> {
  let doc: unknown;
  try {
    doc = JSON.parse(source);
  } catch (e) {
    const found = findJsonSyntaxError(source);
    const { line, column } = lineColumn(source, found?.index ?? source.length);
    const message = `not valid JSON: ${found?.message ?? (e as Error).message}`;
    return { problems: [{ file, place: `line ${line}:${column}`, message, severity: 'error', line, column }] };
  }
  try {
    const nquads = await jsonLdToNQuads(doc);
    return { quads: new Parser({ format: 'N-Quads' }).parse(nquads) };
  } catch (e) {
    const error = e as JsonLdErrorShape;
    const detail = error.details?.event?.message;
    const message = `cannot read as JSON-LD: ${error.message}${detail ? ` (${detail})` : ''}`;
    return { problems: [{ file, place: '', message, severity: 'error' }] };
  }
}

/**
 * JSON-LD to N-Quads with jsonld.js (imported on first use: it costs about 150 ms), the local
 * document loader and safe mode, so a term that would be dropped is an error, not silence.
 */
export async function jsonLdToNQuads(doc: unknown): Promise<string> {
  const { default: jsonld } = await import('jsonld');
  // @types/jsonld lacks `safe` and types the loader's document narrowly: the options are what jsonld.js 9 documents.
  const options = { format: 'application/n-quads', documentLoader: createLocalDocumentLoader(), safe: true } as unknown;
  return (await jsonld.toRDF(doc as object, options as Parameters<typeof jsonld.toRDF>[1])) as string;
}

/** Quads moved into the default graph (SHACL checks one graph: the article's). */
export function inDefaultGraph(quads: readonly Quad[]): Quad[] {
  return quads.map((q) => DataFactory.quad(q.subject, q.predicate, q.object));
}
