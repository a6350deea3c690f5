import { DataFactory, Parser } from 'n3';
import type { Quad } from '@rdfjs/types';
import { InputError } from '../errors.js';
import { RDF_FILE_FORMATS, type RdfFile } from '../store/rdf-files.js';
import { rdf } from '../vocab/rdf.js';
import { schema } from '../vocab/schema.js';

/** One named graph to send: its IRI and its triples (in the default graph, ready to write as Turtle). */
export interface ArticleGraph {
  readonly graph: string;
  readonly triples: readonly Quad[];
  readonly file: string;
}

/**
 * The named graphs in one export file. TriG and N-Quads carry them (newsgraph writes one per
 * article, named by the article IRI). Turtle has none, so its triples, like a TriG file's default
 * graph, go to the graph of the article they describe: the one subject typed schema:NewsArticle.
 * Throws InputError (exit 3) for a syntax error, or for triples outside any named graph that do
 * not describe exactly one article.
 */
export function splitArticleGraphs(text: string, file: RdfFile): ArticleGraph[] {
  const quads = parseQuads(text, file);
  const byGraph = new Map<string, Quad[]>();
  const unnamed: Quad[] = [];
  for (const q of quads) {
    if (q.graph.termType === 'DefaultGraph') unnamed.push(q);
    else if (q.graph.termType === 'NamedNode') push(byGraph, q.graph.value, q);
    else throw new InputError(`a graph named by a blank node (${q.graph.value}) cannot be loaded`, 'exporter.input.blankGraph', { file: file.path });
  }
  if (unnamed.length > 0) for (const q of unnamed) push(byGraph, articleOf(unnamed, file), q);
  return [...byGraph].map(([graph, list]) => ({ graph, triples: list.map(asTriple), file: file.path }));
}

function push(map: Map<string, Quad[]>, key: string, q: Quad): void {
  const list = map.get(key);
  if (list) list.push(q);
  else map.set(key, [q]);
}

function asTriple(q: Quad): Quad {
  return q.graph.termType === 'DefaultGraph' ? q : DataFactory.quad(q.subject, q.predicate, q.object);
}

function articleOf(triples: readonly Quad[], file: RdfFile): string {
  const articles = new Set(triples.filter((q) => q.predicate.equals(rdf.type) && q.object.equals(schema.NewsArticle) && q.subject.termType === 'NamedNode').map((q) => q.subject.value));
  const [only] = articles;
  if (articles.size === 1 && only !== undefined) return only;
  const found = articles.size === 0 ? 'no schema:NewsArticle' : `${articles.size} schema:NewsArticle subjects`;
  throw new InputError(`cannot tell which named graph its triples belong to: ${found}`, 'exporter.input.noArticleGraph', {
    file: file.path,
    hint: 'load the TriG or N-Quads export, which names its graph',
  });
}

function parseQuads(text: string, file: RdfFile): Quad[] {
  try {
    return new Parser({ format: RDF_FILE_FORMATS[file.extension].n3Format }).parse(text);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const line = (e as { context?: { line?: number } }).context?.line;
    throw new InputError(`cannot parse: ${message}`, 'exporter.input.rdfSyntax', { file: file.path, ...(line ? { where: String(line) } : {}) }, { cause: e });
  }
}
