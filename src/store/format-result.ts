import { Parser } from 'n3';
import { UsageError } from '../errors.js';
import { writeTurtle } from '../serialize/rdf-writers.js';
import { formatCsv } from './format-csv.js';
import { formatTable, type TableOptions } from './format-table.js';
import type { ResultFormat } from './result-formats.js';
import type { QueryResult } from './run-query.js';

/**
 * A query result as text. SELECT: an aligned table, SPARQL 1.1 Query Results JSON, or CSV. ASK:
 * `true`/`false`, or the JSON result. CONSTRUCT/DESCRIBE: Turtle with the vocabularies' prefixes
 * (the default, also `ttl`) or N-Triples (`nt`).
 */
export function formatResult(result: QueryResult, format: ResultFormat, options: TableOptions = {}): string {
  switch (result.kind) {
    case 'solutions':
      if (format === 'json') return JSON.stringify(result.json, null, 2) + '\n';
      if (format === 'csv') return formatCsv(result.json);
      if (format === 'table') return formatTable(result.json, options);
      throw wrongFormat(format, 'SELECT gives solutions', 'table, json or csv');
    case 'boolean':
      if (format === 'json') return JSON.stringify(result.json) + '\n';
      if (format === 'table' || format === 'csv') return `${result.value}\n`;
      throw wrongFormat(format, 'ASK gives a boolean', 'table, json or csv');
    case 'graph':
      if (format === 'nt') return result.ntriples;
      if (format === 'table' || format === 'ttl') return writeTurtle(new Parser({ format: 'N-Triples' }).parse(result.ntriples));
      throw wrongFormat(format, 'CONSTRUCT and DESCRIBE give a graph', 'ttl (the default) or nt');
  }
}

function wrongFormat(format: ResultFormat, what: string, use: string): UsageError {
  return new UsageError(`--format ${format} does not fit: ${what}`, 'exporter.usage.resultFormat', { hint: `use --format ${use}` });
}
