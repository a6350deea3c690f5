import { CodePointIndex } from '../util/code-points.js';
import type { Article, ArticleInput } from './article.js';
import type { ArticleParts, PartMention } from './article-parts.js';
import { parseArticle } from './parse-article.js';

export const DEFAULT_BASE = 'https://newsgraph.example/';

/** The IRI of an article: `<base>article/<stem>`, the stem percent-encoded. */
export function articleIri(base: string, stem: string): string {
  return `${base}article/${encodeURIComponent(stem)}`;
}

/**
 * The model stage: assembles the parts, converts offsets to code points, orders the mentions,
 * and validates the result with zod (every cross-reference and offset included).
 */
export function buildArticle(parts: ArticleParts): Article {
  const { doc, base, metadata } = parts;
  const index = new CodePointIndex(doc.text);
  const input: ArticleInput = {
    iri: articleIri(base, doc.stem),
    base,
    source: doc.source,
    ...(doc.url ? { url: doc.url } : {}),
    text: doc.text,
    inLanguage: 'ru',
    ...(doc.datePublished ? { datePublished: doc.datePublished } : {}),
    ...(metadata.headline ? { headline: metadata.headline } : {}),
    ...(metadata.description ? { description: metadata.description } : {}),
    ...(metadata.creditText ? { creditText: metadata.creditText } : {}),
    ...(metadata.publisher ? { publisher: metadata.publisher } : {}),
    authors: [...metadata.authors],
    contributors: [...metadata.contributors],
    ...(metadata.about ? { about: metadata.about } : {}),
    entities: [...parts.entities],
    events: [...parts.events],
    quotes: [...parts.quotes],
    figures: [...parts.figures],
    dates: [...parts.dates],
    works: [...parts.works],
    mentions: orderMentions(parts.mentions).map((m) => ({
      start: index.cp(m.start),
      end: index.cp(m.end),
      text: m.text,
      kind: m.kind,
      ref: m.ref,
    })),
  };
  return parseArticle(input, doc.source);
}

/** Sorted by start, then end, then ref; exact duplicates dropped. */
function orderMentions(mentions: readonly PartMention[]): PartMention[] {
  const seen = new Set<string>();
  return [...mentions]
    .sort((a, b) => a.start - b.start || a.end - b.end || (a.ref < b.ref ? -1 : a.ref > b.ref ? 1 : 0))
    .filter((m) => {
      const key = `${m.start}:${m.end}:${m.ref}:${m.kind}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}
