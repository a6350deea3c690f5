import { Parser, Writer } from 'n3';
import type { Quad } from '@rdfjs/types';
import jsonld from 'jsonld';
import { createLocalDocumentLoader, type LocalLoaderOptions } from '../../src/serialize/document-loader.js';

/** Parses Turtle, TriG or N-Quads text with n3. */
export function parseRdfText(text: string, format = 'Turtle'): Quad[] {
  return new Parser({ format }).parse(text);
}

/** Quads as N-Quads text (default graph kept as is). */
export function toNQuads(quads: readonly Quad[]): string {
  return new Writer({ format: 'N-Quads' }).quadsToString([...quads]);
}

/** The RDFC-1.0 canonical N-Quads of some quads: equal strings mean isomorphic graphs. */
export async function canonicalOfQuads(quads: readonly Quad[]): Promise<string> {
  // jsonld.js canonizes N-Quads text given inputFormat; @types/jsonld only knows documents.
  const input = toNQuads(quads) as unknown as object;
  return jsonld.canonize(input, { algorithm: 'URDNA2015', inputFormat: 'application/n-quads', format: 'application/n-quads' });
}

/** The canonical N-Quads of a JSON-LD document read with the local loader in safe mode. */
export async function canonicalOfJsonLd(doc: unknown, loader: LocalLoaderOptions = {}): Promise<string> {
  const options = {
    algorithm: 'URDNA2015',
    format: 'application/n-quads',
    documentLoader: createLocalDocumentLoader(loader),
    safe: true,
  } as unknown as Parameters<typeof jsonld.canonize>[1];
  return jsonld.canonize(doc as object, options);
}

/** Lines in one canonical N-Quads text and not in the other, for readable failures. */
export function diffCanonical(a: string, b: string): { onlyA: string[]; onlyB: string[] } {
  const la = new Set(a.split('\n').filter(Boolean));
  const lb = new Set(b.split('\n').filter(Boolean));
  return { onlyA: [...la].filter((l) => !lb.has(l)), onlyB: [...lb].filter((l) => !la.has(l)) };
}
