import type { Quad } from '@rdfjs/types';
import { writeTurtle } from '../serialize/rdf-writers.js';
import type { HttpSender } from './http-sender.js';
import { replaceGraphUpdate } from './replace-graph-update.js';

/** Where graphs go: replaceGraph puts the triples in the named graph, removing what it held before. */
export interface GraphTarget {
  readonly description: string;
  replaceGraph(graph: string, triples: readonly Quad[]): Promise<void>;
}

/**
 * SPARQL 1.1 Graph Store HTTP Protocol: `PUT <store>?graph=<iri>` with a Turtle body. PUT replaces
 * the graph, so running a load again never duplicates anything, and a graph that failed is simply
 * sent again next time. Turtle rather than TriG or N-Quads because some servers (Virtuoso) refuse
 * quad formats there.
 */
export function graphStoreTarget(sender: HttpSender, graphStore: URL): GraphTarget {
  return {
    description: `${graphStore.origin}${graphStore.pathname} (Graph Store Protocol)`,
    async replaceGraph(graph, triples) {
      const url = new URL(graphStore);
      url.searchParams.set('graph', graph);
      const body = writeTurtle(triples);
      await sender.send({ method: 'PUT', url, headers: { 'content-type': 'text/turtle; charset=utf-8' }, body });
    },
  };
}

/**
 * SPARQL 1.1 Update, for servers without the Graph Store Protocol: `DROP SILENT GRAPH` then
 * `INSERT DATA` in one request, which replaces the graph as a PUT would.
 */
export function sparqlUpdateTarget(sender: HttpSender, endpoint: URL): GraphTarget {
  return {
    description: `${endpoint.origin}${endpoint.pathname} (SPARQL Update)`,
    async replaceGraph(graph, triples) {
      const body = replaceGraphUpdate(graph, triples);
      await sender.send({ method: 'POST', url: endpoint, headers: { 'content-type': 'application/sparql-update; charset=utf-8' }, body });
    },
  };
}
