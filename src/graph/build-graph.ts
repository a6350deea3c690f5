import type { Quad } from '@rdfjs/types';
import type { Article } from '../model/article.js';
import { codePointLength } from '../util/code-points.js';
import { addArticle } from './article-quads.js';
import { addTimeExpression } from './date-quads.js';
import { addEntity } from './entity-quads.js';
import { addEvent } from './event-quads.js';
import { addFigure } from './figure-quads.js';
import { createGraphContext } from './graph-context.js';
import { mintIris } from './iri.js';
import { addContext, addMentions } from './nif-quads.js';
import { QuadList } from './quad-list.js';
import { addQuote } from './quote-quads.js';
import { addWork } from './work-quads.js';

/**
 * The article model as RDF/JS quads, in one fixed order: the article, the NIF context, entities
 * (model order), events, quotes, figures, dates, works, then the mentions by offset; rdf:type first
 * within each subject. Pure and deterministic: the same model gives the same quads in the same order.
 * Text literals carry the article's language tag (ru).
 */
export function buildGraph(article: Article): Quad[] {
  const out = new QuadList();
  const g = createGraphContext(mintIris(article), out, article.inLanguage);
  addArticle(article, g);
  const context = addContext(article.text, codePointLength(article.text), g);
  for (const e of article.entities) addEntity(e, g);
  for (const e of article.events) addEvent(e, g);
  for (const q of article.quotes) addQuote(q, g);
  for (const f of article.figures) addFigure(f, g);
  for (const d of article.dates) addTimeExpression(d, g);
  for (const w of article.works) addWork(w, g);
  addMentions(article.mentions, context, g);
  return out.toArray();
}
