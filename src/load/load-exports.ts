import { performance } from 'node:perf_hooks';
import { ExporterError, NetworkError } from '../errors.js';
import { readRdfText, type RdfFile } from '../store/rdf-files.js';
import { splitArticleGraphs, type ArticleGraph } from './article-graphs.js';
import type { GraphTarget } from './graph-targets.js';

export interface LoadedGraph {
  readonly graph: string;
  readonly file: string;
  readonly triples: number;
}

/** What was not loaded: a graph, or a whole file (unreadable, or not tried after the server went away). */
export interface FailedLoad {
  readonly file: string;
  readonly graph?: string;
  readonly error: ExporterError;
}

export interface LoadReport {
  readonly loaded: readonly LoadedGraph[];
  readonly failed: readonly FailedLoad[];
  readonly triples: number;
  readonly elapsedMs: number;
}

export interface LoadHooks {
  readonly onLoaded?: (graph: LoadedGraph) => void;
  readonly onFailed?: (failure: FailedLoad) => void;
}

/**
 * Sends every article graph of the files to the target, one request per graph, in file order.
 * A graph that fails is reported and the others go on; once the server cannot be reached at all
 * (after the sender's retries), the remaining graphs are reported as failed without trying them.
 * Every send replaces its graph, so loading the same files again fixes what failed and duplicates
 * nothing.
 */
export async function loadExports(files: readonly RdfFile[], target: GraphTarget, hooks: LoadHooks = {}): Promise<LoadReport> {
  const started = performance.now();
  const loaded: LoadedGraph[] = [];
  const failed: FailedLoad[] = [];
  const fail = (f: FailedLoad) => (failed.push(f), hooks.onFailed?.(f));
  let unreachable: ExporterError | undefined;
  for (const file of files) {
    if (unreachable) {
      fail({ file: file.path, error: unreachable });
      continue;
    }
    let graphs: ArticleGraph[];
    try {
      graphs = splitArticleGraphs(await readRdfText(file.path), file);
    } catch (e) {
      fail({ file: file.path, error: asExporterError(e) });
      continue;
    }
    for (const g of graphs) {
      if (unreachable) {
        fail({ file: file.path, graph: g.graph, error: unreachable });
        continue;
      }
      try {
        await target.replaceGraph(g.graph, g.triples);
        const done = { graph: g.graph, file: file.path, triples: g.triples.length };
        loaded.push(done);
        hooks.onLoaded?.(done);
      } catch (e) {
        const error = asExporterError(e);
        fail({ file: file.path, graph: g.graph, error });
        if (error.code === 'exporter.network.unreachable') {
          unreachable = new NetworkError('not sent: the server could not be reached', 'exporter.network.notSent', { hint: 'run the same command again' });
        }
      }
    }
  }
  const triples = loaded.reduce((n, g) => n + g.triples, 0);
  return { loaded, failed, triples, elapsedMs: performance.now() - started };
}

/** Typed errors are reported per graph; anything else is a bug and stops the load. */
function asExporterError(e: unknown): ExporterError {
  if (e instanceof ExporterError) return e;
  throw e;
}
