import { csvText } from './cell-text.js';
import type { SparqlJsonResults } from './sparql-json.js';

/** A field escaped as RFC 4180 says: quoted when it holds a comma, a quote, a line break or edge spaces. */
export function csvField(text: string): string {
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * SELECT results in the SPARQL 1.1 Query Results CSV Format: a header of variable names, then one
 * record per solution with full IRIs and literals' lexical forms; CRLF line ends (RFC 4180).
 */
export function formatCsv(results: SparqlJsonResults): string {
  const vars = results.head.vars ?? [];
  const records = [vars.map(csvField), ...(results.results?.bindings ?? []).map((b) => vars.map((v) => csvField(csvText(b[v]))))];
  return records.map((r) => r.join(',')).join('\r\n') + '\r\n';
}
