import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildGraph } from '../../../src/graph/build-graph.js';
import { graphPrefixes } from '../../../src/graph/iri.js';
import type { Article } from '../../../src/model/article.js';
import { writeNQuads, writeTrig, writeTurtle } from '../../../src/serialize/rdf-writers.js';
import { loadFixtureModel } from '../../helpers/fixtures.js';
import { sampleArticle } from '../../helpers/sample-article.js';

export type ExportFormat = 'ttl' | 'trig' | 'nq';

/** The articles the store and load tests export: the seed fixture's model and the made-up sample. */
export function fixtureArticles(): Article[] {
  return [loadFixtureModel('seed'), sampleArticle()];
}

/** An article's export in one RDF format, as `newsgraph export` writes it (one named graph: the article IRI). */
export function exportText(article: Article, format: ExportFormat): string {
  const quads = buildGraph(article);
  const options = { prefixes: graphPrefixes(article) };
  if (format === 'ttl') return writeTurtle(quads, options);
  if (format === 'trig') return writeTrig(quads, article.iri, options);
  return writeNQuads(quads, article.iri);
}

/** Writes `<stem>.<format>` for each article and format into dir; returns the paths. */
export function writeFixtureExports(dir: string, formats: readonly ExportFormat[], articles = fixtureArticles()): string[] {
  mkdirSync(dir, { recursive: true });
  const paths: string[] = [];
  for (const article of articles) {
    const stem = article.source.replace(/\.txt$/, '');
    for (const format of formats) {
      const path = join(dir, `${stem}.${format}`);
      writeFileSync(path, exportText(article, format));
      paths.push(path);
    }
  }
  return paths;
}
