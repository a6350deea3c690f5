import type { Term } from '@rdfjs/types';
import { schema } from '../vocab/schema.js';
import type { SubjectNode } from '../serialize/subject-index.js';
import { schemaLocalName } from './google-schema-conformance.js';
import type { SchemaVocabulary } from './google-vocabulary.js';
import type { Problem, Severity } from './problem.js';

/**
 * Google's Article structured data (Search Central, "Article (Article, NewsArticle, BlogPosting)
 * structured data"): there are NO required properties; the RECOMMENDED ones are author (Person or
 * Organization) with author.name and author.url (or sameAs), dateModified and datePublished (ISO
 * 8601; with a time zone, else Google assumes Googlebot's), headline (concise: long titles may be
 * truncated) and image. So a missing recommendation is a warning; a value that is not what Google
 * reads (a date that is not ISO 8601) is an error.
 */
export const GOOGLE_ARTICLE_RECOMMENDED = ['author', 'author.name', 'author.url', 'dateModified', 'datePublished', 'headline', 'image'] as const;

/** The longest headline Google shows untruncated in its examples of rich results. */
export const HEADLINE_MAX = 110;

const ISO_8601 = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?(Z|[+-]([01]\d|2[0-3]):?[0-5]\d)?)?$/;
const HAS_TIME = /T\d/;
const HAS_ZONE = /(Z|[+-]\d{2}:?\d{2})$/;

interface Context {
  readonly nodes: ReadonlyMap<string, SubjectNode>;
  readonly file: string;
  readonly out: Problem[];
}

/** Google's recommendations for every Article (NewsArticle, BlogPosting, …) of a graph. */
export function checkGoogleArticle(nodes: ReadonlyMap<string, SubjectNode>, vocab: SchemaVocabulary, file: string): Problem[] {
  const context: Context = { nodes, file, out: [] };
  const articles = [...nodes.values()].filter((n) => n.types.some((t) => vocab.superTypes(schemaLocalName(t) ?? '').has('Article')));
  if (!articles.length) {
    add(context, 'graph', 'warning', 'no Article, NewsArticle or BlogPosting: nothing for Google\'s Article features to read');
  }
  for (const article of articles) {
    checkHeadline(article, context);
    checkDate(article, schema.datePublished.value, context);
    checkDate(article, schema.dateModified.value, context);
    checkAuthors(article, vocab, context);
    if (!values(article, schema.image.value).length) recommend(article, 'image', 'an image of the article (ImageObject or URL; Google prefers 16x9, 4x3 and 1x1 crops)', context);
  }
  return context.out;
}

function values(node: SubjectNode | undefined, predicate: string): Term[] {
  return [...(node?.properties ?? [])].filter(([p]) => schemaLocalName(p) === schemaLocalName(predicate)).flatMap(([, o]) => o);
}

function add(c: Context, place: string, severity: Severity, message: string): void {
  c.out.push({ file: c.file, place, message: `Google Article: ${message}`, severity });
}

function recommend(node: SubjectNode, property: string, what: string, c: Context): void {
  add(c, `<${node.iri}> schema:${property.split('.')[0]}`, 'warning', `${property} is recommended (none is required): ${what}`);
}

function checkHeadline(article: SubjectNode, c: Context): void {
  const headlines = values(article, schema.headline.value);
  if (!headlines.length) return recommend(article, 'headline', 'the title of the article', c);
  for (const h of headlines) {
    const length = [...h.value].length;
    if (length > HEADLINE_MAX) add(c, `<${article.iri}> schema:headline`, 'warning', `the headline has ${length} characters; Google may truncate titles longer than ${HEADLINE_MAX}`);
  }
}

function checkDate(article: SubjectNode, predicate: string, c: Context): void {
  const property = schemaLocalName(predicate) as string;
  const dates = values(article, predicate);
  const place = `<${article.iri}> schema:${property}`;
  if (!dates.length) return recommend(article, property, 'an ISO 8601 date-time with its time zone', c);
  for (const d of dates) {
    if (!ISO_8601.test(d.value)) add(c, place, 'error', `"${d.value}" is not an ISO 8601 date or date-time`);
    else if (HAS_TIME.test(d.value) && !HAS_ZONE.test(d.value)) add(c, place, 'warning', `"${d.value}" has a time but no time zone: Google will assume Googlebot's; add one when it is known`);
  }
}

function checkAuthors(article: SubjectNode, vocab: SchemaVocabulary, c: Context): void {
  const authors = values(article, schema.author.value);
  if (!authors.length) return recommend(article, 'author', 'a Person or Organization with a name', c);
  const place = `<${article.iri}> schema:author`;
  for (const a of authors) {
    if (a.termType === 'Literal') {
      add(c, place, 'warning', `author "${a.value}" is text; Google recommends a Person or Organization with name`);
      continue;
    }
    const node = c.nodes.get(a.value);
    const types = (node?.types ?? []).map((t) => schemaLocalName(t) ?? '');
    if (!types.some((t) => vocab.superTypes(t).has('Person') || vocab.superTypes(t).has('Organization'))) {
      add(c, place, 'warning', `author <${a.value}> should be typed Person or Organization`);
    }
    if (!values(node, schema.name.value).length) add(c, place, 'warning', `author.name is recommended: <${a.value}> has no name`);
    if (!values(node, schema.url.value).length && !values(node, schema.sameAs.value).length) {
      add(c, place, 'warning', `author.url is recommended: a page that identifies <${a.value}> (url or sameAs)`);
    }
  }
}
