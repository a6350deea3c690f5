import type { Quad } from '@rdfjs/types';
import { graphPrefixes } from '../graph/iri.js';
import { buildGraph } from '../graph/build-graph.js';
import type { Article } from '../model/article.js';
import { writeHtml } from '../serialize/html.js';
import { writeJsonLd } from '../serialize/jsonld.js';
import { writeNQuads, writeTrig, writeTurtle } from '../serialize/rdf-writers.js';
import type { Format } from './output-formats.js';
import { stageClock, type StageTimer } from './stage-clock.js';

/**
 * model → graph → every requested serialization. The graph is built once; every writer reads the
 * same quads. `onStage`, when given, is told how long the graph and each serializer took.
 */
export function renderArticle(article: Article, formats: readonly Format[], onStage?: StageTimer): Partial<Record<Format, string>> {
  const clock = stageClock(onStage);
  const quads = buildGraph(article);
  clock?.('graph');
  return renderQuads(article, quads, formats, onStage);
}

/** Every requested serialization of an article's graph (built with buildGraph from the same article). */
export function renderQuads(article: Article, quads: readonly Quad[], formats: readonly Format[], onStage?: StageTimer): Partial<Record<Format, string>> {
  const clock = stageClock(onStage);
  const prefixes = graphPrefixes(article);
  const out: Partial<Record<Format, string>> = {};
  for (const format of formats) {
    switch (format) {
      case 'ttl':
        out.ttl = writeTurtle(quads, { prefixes });
        break;
      case 'trig':
        out.trig = writeTrig(quads, article.iri, { prefixes });
        break;
      case 'nq':
        out.nq = writeNQuads(quads, article.iri);
        break;
      case 'jsonld':
        out.jsonld = writeJsonLd(quads, { profile: 'full' });
        break;
      case 'html':
        out.html = writeHtml(quads);
        break;
      case 'model':
        out.model = JSON.stringify(article, null, 2) + '\n';
        break;
    }
    clock?.(format);
  }
  return out;
}
