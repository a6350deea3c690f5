import type { Quad } from '@rdfjs/types';
import { SerializationError } from '../errors.js';
import { readArticleFacts, type ArticleFacts } from './article-facts.js';
import { formatJson } from './json-format.js';
import { buildWebJsonLd } from './jsonld-web.js';
import { escapeHtml, escapeJsonForScript } from './script-escape.js';

/**
 * One self-contained page per article: headline, a line of metadata, the text in paragraphs (all
 * HTML-escaped) and the web-profile JSON-LD in <script type="application/ld+json">, escaped so that
 * no article text can end the element. Everything comes from the quads.
 */
export function writeHtml(quads: readonly Quad[]): string {
  const facts = readArticleFacts(quads);
  if (!facts) throw new SerializationError('an HTML page needs a schema:NewsArticle in the graph', 'exporter.serialization.noArticle');
  const json = escapeJsonForScript(formatJson(buildWebJsonLd(quads)).trimEnd());
  const title = facts.headline ?? facts.iri;
  const lang = facts.inLanguage ?? 'ru';
  return [
    '<!DOCTYPE html>',
    `<html lang="${escapeHtml(lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<script type="application/ld+json">\n${json}\n</script>`,
    '</head>',
    '<body>',
    '<article>',
    `<h1>${escapeHtml(title)}</h1>`,
    ...metadataLines(facts),
    ...paragraphs(facts.text ?? ''),
    '</article>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function metadataLines(f: ArticleFacts): string[] {
  const parts = [
    f.datePublished && `<time datetime="${escapeHtml(f.datePublished)}">${escapeHtml(f.datePublished)}</time>`,
    f.authors.length > 0 && `Автор: ${escapeHtml(f.authors.join(', '))}`,
    f.publisher && `Издание: ${escapeHtml(f.publisher)}`,
  ].filter((p): p is string => typeof p === 'string');
  const lines = parts.length ? [`<p class="meta">${parts.join(' · ')}</p>`] : [];
  if (f.description) lines.push(`<p class="lead"><strong>${escapeHtml(f.description)}</strong></p>`);
  if (f.creditText) lines.push(`<p class="credit"><small>${escapeHtml(f.creditText)}</small></p>`);
  return lines;
}

/** Each non-empty line of the text is a paragraph. */
function paragraphs(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .map((line) => `<p>${escapeHtml(line)}</p>`);
}
