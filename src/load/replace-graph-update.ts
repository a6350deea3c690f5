import { DataFactory, Writer } from 'n3';
import type { Quad } from '@rdfjs/types';
import { InputError } from '../errors.js';

/** Characters SPARQL's IRIREF cannot hold (SPARQL 1.1 §19.8, production 139). */
const NOT_IN_IRIREF = /[<>"{}|^`\\\u0000-\u0020]/;

/**
 * The SPARQL Update that replaces one named graph: `DROP SILENT GRAPH <g>; INSERT DATA { GRAPH <g>
 * { … } }`. The triples are written by n3's Writer as N-Triples, which is valid SPARQL data (its
 * escapes are SPARQL's); the graph IRI is checked to be a valid IRIREF.
 */
export function replaceGraphUpdate(graph: string, triples: readonly Quad[]): string {
  if (NOT_IN_IRIREF.test(graph)) {
    throw new InputError(`the graph name ${JSON.stringify(graph)} is not an IRI SPARQL can write`, 'exporter.input.badGraphIri', { hint: 'use --protocol gsp' });
  }
  const g = `<${graph}>`;
  const data = new Writer({ format: 'N-Triples' }).quadsToString(triples.map((q) => DataFactory.quad(q.subject, q.predicate, q.object)));
  return `DROP SILENT GRAPH ${g} ;\nINSERT DATA { GRAPH ${g} {\n${data}} }\n`;
}
