import type { TemporalValue } from '../model/temporal.js';
import type { DomDocument } from './html-dom.js';
import { normalizeUrl, parseDateValue } from './source-fields.js';

/** What a news page says about its article in its head: Open Graph, article:, JSON-LD, <title>. */
export interface PageMetadata {
  readonly title?: string;
  readonly datePublished?: TemporalValue;
  readonly url?: string;
  readonly authors: readonly string[];
  readonly description?: string;
  readonly siteName?: string;
  readonly warnings: readonly string[];
}

const ARTICLE_TYPES = /^(?:NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|LiveBlogPosting|OpinionNewsArticle|Report)$/;

type JsonNode = Record<string, unknown>;

/**
 * The page's own metadata, each field from the first source that has it: Open Graph and
 * `article:` meta tags, then the page's JSON-LD article node, then `<meta name>`, `<title>`, `<h1>`
 * and `<time>`. A date keeps its precision (dateTime when the page gives a time).
 */
export function readPageMetadata(document: DomDocument): PageMetadata {
  const warnings: string[] = [];
  const ld = findArticleNode(document, warnings);
  const rawDate = firstOf(meta(document, 'article:published_time'), ldString(ld?.['datePublished']), meta(document, 'datePublished'),
    document.querySelector('article time[datetime], time[datetime]')?.getAttribute('datetime') ?? undefined);
  const datePublished = rawDate ? parseDateValue(rawDate) : undefined;
  if (rawDate && !datePublished) warnings.push(`the page's publication date "${rawDate}" is not a date; the article is exported without datePublished`);
  const title = firstOf(meta(document, 'og:title'), ldString(ld?.['headline']), meta(document, 'twitter:title'), textOf(document.querySelector('h1')), clean(document.title));
  const url = normalizeUrl(firstOf(meta(document, 'og:url'), ldUrl(ld), document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? undefined));
  const description = firstOf(meta(document, 'og:description'), meta(document, 'description'));
  const siteName = firstOf(meta(document, 'og:site_name'), ldName(ld?.['publisher']));
  return {
    ...(title ? { title } : {}),
    ...(datePublished ? { datePublished } : {}),
    ...(url ? { url } : {}),
    authors: authorsOf(document, ld),
    ...(description ? { description } : {}),
    ...(siteName ? { siteName } : {}),
    warnings,
  };
}

/** The content of `<meta property=NAME>` or `<meta name=NAME>` (or itemprop), trimmed. */
function meta(document: DomDocument, name: string): string | undefined {
  for (const attr of ['property', 'name', 'itemprop']) {
    const value = clean(document.querySelector(`meta[${attr}="${name}"]`)?.getAttribute('content'));
    if (value) return value;
  }
  return undefined;
}

function authorsOf(document: DomDocument, ld: JsonNode | undefined): string[] {
  const tags = Array.from(document.querySelectorAll('meta[property="article:author"], meta[name="author"]'), (m) => clean(m.getAttribute('content')));
  const names = tags.filter((t): t is string => Boolean(t) && !/^https?:\/\//.test(t!));
  if (names.length === 0 && ld) names.push(...asArray(ld['author']).map(ldName).filter((n): n is string => Boolean(n)));
  return [...new Set(names)];
}

/** The first JSON-LD node of an article type, looking inside arrays and `@graph`. */
function findArticleNode(document: DomDocument, warnings: string[]): JsonNode | undefined {
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      warnings.push('a JSON-LD block of the page is not valid JSON; it was ignored');
      continue;
    }
    const node = articleNodeIn(data);
    if (node) return node;
  }
  return undefined;
}

function articleNodeIn(data: unknown): JsonNode | undefined {
  for (const item of asArray(data)) {
    if (!isNode(item)) continue;
    if (asArray(item['@type']).some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t))) return item;
    const nested = articleNodeIn(item['@graph']);
    if (nested) return nested;
  }
  return undefined;
}

function ldUrl(ld: JsonNode | undefined): string | undefined {
  if (!ld) return undefined;
  const page = ld['mainEntityOfPage'];
  return firstOf(ldString(ld['url']), ldString(page), isNode(page) ? firstOf(ldString(page['@id']), ldString(page['url'])) : undefined);
}

function ldName(value: unknown): string | undefined {
  if (typeof value === 'string') return clean(value);
  return isNode(value) ? ldString(value['name']) : undefined;
}

function ldString(value: unknown): string | undefined {
  return typeof value === 'string' ? clean(value) : undefined;
}

function textOf(element: { textContent: string | null } | null): string | undefined {
  return clean(element?.textContent);
}

function clean(value: string | null | undefined): string | undefined {
  const text = value?.replace(/\s+/g, ' ').trim();
  return text ? text : undefined;
}

function firstOf(...values: (string | undefined)[]): string | undefined {
  return values.find((v) => v !== undefined && v !== '');
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value === undefined ? [] : [value];
}

function isNode(value: unknown): value is JsonNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
