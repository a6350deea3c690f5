import { DataFactory } from '../util/n3-core.js';
import type { Article } from '../model/article.js';
import { ng } from '../vocab/newsgraph.js';
import { rdf } from '../vocab/rdf.js';
import { schema } from '../vocab/schema.js';
import type { GraphContext } from './graph-context.js';
import { dateLiteral, plainLiteral } from './literals.js';
import { maybe } from './quad-list.js';

/** The schema:NewsArticle node: metadata, credits, its main event and everything it mentions. */
export function addArticle(a: Article, g: GraphContext): void {
  const { out, iris } = g;
  const s = iris.article;
  out.add(s, rdf.type, schema.NewsArticle);
  out.add(s, schema.headline, g.text(a.headline));
  out.add(s, schema.description, g.text(a.description));
  out.add(s, schema.datePublished, maybe(a.datePublished, dateLiteral));
  out.add(s, schema.inLanguage, plainLiteral(a.inLanguage));
  out.add(s, schema.url, maybe(a.url, (url) => DataFactory.namedNode(url)));
  out.addAll(s, schema.author, a.authors.map(iris.entity));
  out.addAll(s, schema.contributor, a.contributors.map(iris.entity));
  out.add(s, schema.publisher, maybe(a.publisher, iris.entity));
  out.add(s, schema.creditText, g.text(a.creditText));
  out.add(s, schema.about, maybe(a.about, iris.local));
  out.addAll(s, schema.mentions, [
    ...a.entities.map((e) => iris.entity(e.id)),
    ...[...a.events, ...a.quotes, ...a.figures, ...a.works].map((x) => iris.local(x.id)),
  ]);
  out.add(s, ng.sourceFile, plainLiteral(a.source));
}
