import { readFile } from 'node:fs/promises';
import { ExitCode, InputError } from '../errors.js';
import { ExportStore, loadRdfFiles } from '../store/export-store.js';
import { formatResult } from '../store/format-result.js';
import { findRdfFiles } from '../store/rdf-files.js';
import type { ResultFormat } from '../store/result-formats.js';
import { runQuery, type QuerySource } from '../store/run-query.js';
import type { CliIo } from './io.js';

export interface QueryOptions {
  /** Export files or folders; `output` unless told. */
  readonly data: readonly string[];
  readonly format: ResultFormat;
}

/**
 * `newsgraph query`: loads the exports into oxigraph's in-process store (default graph = the union
 * of the article graphs) and prints the answer. The query is checked on an empty store first, so a
 * syntax error is reported (exit 2) before any data is read.
 */
export async function runQueryCommand(query: string, options: QueryOptions, io: CliIo): Promise<number> {
  const { sparql, source } = await readQuery(query);
  const empty = new ExportStore();
  try {
    runQuery(empty, sparql, source);
  } finally {
    empty.free();
  }
  const files = await findRdfFiles(options.data);
  const store = new ExportStore();
  try {
    await loadRdfFiles(store, files);
    io.stdout(formatResult(runQuery(store, sparql, source), options.format));
  } finally {
    store.free();
  }
  return ExitCode.ok;
}

/** The query text: the argument itself, or the file it names after `@`. */
async function readQuery(argument: string): Promise<{ sparql: string; source: QuerySource }> {
  if (!argument.startsWith('@')) return { sparql: argument, source: {} };
  const file = argument.slice(1);
  try {
    return { sparql: await readFile(file, 'utf8'), source: { file } };
  } catch (e) {
    throw new InputError(`cannot read the query file (${(e as NodeJS.ErrnoException).code ?? String(e)})`, 'exporter.input.queryFile', { file, hint: 'give @path/to/query.rq' });
  }
}
