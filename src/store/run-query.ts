import { UsageError } from '../errors.js';
import type { ExportStore } from './export-store.js';
import { detectQueryForm } from './query-form.js';
import type { SparqlJsonResults } from './sparql-json.js';

/** A query's answer: solutions (SELECT), a boolean (ASK) or a graph as N-Triples (CONSTRUCT, DESCRIBE). */
export type QueryResult =
  | { readonly kind: 'solutions'; readonly json: SparqlJsonResults }
  | { readonly kind: 'boolean'; readonly value: boolean; readonly json: SparqlJsonResults }
  | { readonly kind: 'graph'; readonly ntriples: string };

export interface QuerySource {
  /** The .rq file the query came from, for error messages. */
  readonly file?: string;
}

/**
 * Runs a read-only SPARQL 1.1 query over the store, whose default graph is the union of all graphs.
 * A syntax error becomes a UsageError (exit 2) with its line and column.
 */
export function runQuery(store: ExportStore, sparql: string, source: QuerySource = {}): QueryResult {
  const form = detectQueryForm(sparql);
  if (form === 'update') {
    throw new UsageError('this is a SPARQL Update; newsgraph query runs SELECT, ASK, CONSTRUCT and DESCRIBE only', 'exporter.usage.sparqlUpdate', {
      ...(source.file ? { file: source.file } : {}),
      hint: 'use newsgraph load to change a store',
    });
  }
  try {
    if (form === 'construct' || form === 'describe') return { kind: 'graph', ntriples: store.query(sparql, 'application/n-triples') };
    const json = JSON.parse(store.query(sparql, 'json')) as SparqlJsonResults;
    return typeof json.boolean === 'boolean' ? { kind: 'boolean', value: json.boolean, json } : { kind: 'solutions', json };
  } catch (e) {
    throw toQueryError(e, source);
  }
}

/** oxigraph reports `error at LINE:COLUMN: expected …` for a syntax error. */
function toQueryError(e: unknown, source: QuerySource): UsageError {
  const message = (e instanceof Error ? e.message : String(e)).split('\n')[0] ?? '';
  const file = source.file ? { file: source.file } : {};
  const at = /^error at (\d+):(\d+): (.*)$/.exec(message);
  if (at) {
    const [, line, column, problem] = at;
    return new UsageError(`SPARQL syntax error at line ${line}, column ${column}: ${problem}`, 'exporter.usage.sparqlSyntax', {
      ...file,
      line: Number(line),
      column: Number(column),
    });
  }
  return new UsageError(`the query failed: ${message}`, 'exporter.usage.sparqlQuery', file);
}
