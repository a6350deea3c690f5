import type { Quad, Term } from '@rdfjs/types';
import { nif } from '../vocab/nif.js';
import { schema } from '../vocab/schema.js';
import { indexSubjects, type SubjectNode } from './subject-index.js';

/** What a page shows about an article, read back from its quads. */
export interface ArticleFacts {
  iri: string;
  headline?: string;
  description?: string;
  datePublished?: string;
  inLanguage?: string;
  creditText?: string;
  authors: string[];
  contributors: string[];
  publisher?: string;
  url?: string;
  /** The full text (nif:isString of the article's NIF context). */
  text?: string;
}

/** The facts of the graph's schema:NewsArticle, or undefined when there is none. */
export function readArticleFacts(quads: readonly Quad[]): ArticleFacts | undefined {
  const nodes = indexSubjects(quads);
  const all = [...nodes.values()];
  const article = all.find((n) => n.types.includes(schema.NewsArticle.value));
  if (!article) return undefined;
  const first = (node: SubjectNode | undefined, p: string) => node?.properties.get(p)?.[0]?.value;
  const names = (p: string) => (article.properties.get(p) ?? []).map((o: Term) => first(nodes.get(o.value), schema.name.value) ?? o.value);
  const context = all.find((n) => n.types.includes(nif.Context.value) && first(n, nif.sourceUrl.value) === article.iri);
  return {
    iri: article.iri,
    headline: first(article, schema.headline.value),
    description: first(article, schema.description.value),
    datePublished: first(article, schema.datePublished.value),
    inLanguage: first(article, schema.inLanguage.value),
    creditText: first(article, schema.creditText.value),
    authors: names(schema.author.value),
    contributors: names(schema.contributor.value),
    publisher: names(schema.publisher.value)[0],
    url: first(article, schema.url.value),
    text: first(context, nif.isString.value),
  };
}
