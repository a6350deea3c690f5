import type { Quad } from '@rdfjs/types';
import { SerializationError } from '../errors.js';
import { schema } from '../vocab/schema.js';
import { readArticleFacts, type ArticleFacts } from './article-facts.js';
import { formatJson } from './json-format.js';
import { buildWebJsonLd } from './jsonld-web.js';
import { renderArticleText } from './page/highlight-text.js';
import { element, externalLink, textElement } from './page/markup.js';
import { readPageGraph, type PageGraph } from './page/page-facts.js';
import { pageScript } from './page/page-script.js';
import { pageStyle } from './page/page-style.js';
import { renderPanels, type PanelSpec } from './page/panels.js';
import { numberThings, renderPopovers } from './page/popovers.js';
import { formatDate } from './page/format-values.js';
import { CATEGORY_LABEL, CATEGORY_ORDER } from './page/thing-category.js';
import { namesOf } from './page/thing-details.js';
import { escapeHtml, escapeJsonForScript } from './script-escape.js';

/**
 * Content-Security-Policy of the page: nothing may be fetched; only the inline style and script
 * run. The page is self-contained, and the browser enforces it.
 */
const CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/**
 * One self-contained page per article, read from the quads: the headline and metadata, the text
 * with every mention highlighted by type (popovers on hover and focus), panels of people,
 * organizations, places, events, quotes by speaker, figures and documents, and the web-profile
 * JSON-LD in <script type="application/ld+json">, escaped so that no text can end the element.
 */
export function writeHtml(quads: readonly Quad[]): string {
  const facts = readArticleFacts(quads);
  if (!facts) throw new SerializationError('an HTML page needs a schema:NewsArticle in the graph', 'exporter.serialization.noArticle');
  const graph = readPageGraph(quads);
  const numbers = numberThings(graph);
  const panels = renderPanels(graph, numbers);
  const json = escapeJsonForScript(formatJson(buildWebJsonLd(quads)).trimEnd());
  const title = facts.headline ?? facts.iri;
  return [
    '<!DOCTYPE html>',
    `<html lang="${escapeHtml(facts.inLanguage ?? 'ru')}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    `<title>${escapeHtml(title)}</title>`,
    facts.description ? `<meta name="description" content="${escapeHtml(facts.description)}">` : '',
    `<style>\n${pageStyle()}\n</style>`,
    `<script type="application/ld+json">\n${json}\n</script>`,
    '</head>',
    '<body>',
    '<a class="skip" href="#text">Перейти к тексту статьи</a>',
    pageHeader(facts, title),
    sectionNav(panels.nav),
    '<div class="wrap layout">',
    element('main', { id: 'main' }, articleBody(facts, graph, numbers) + renderPopovers(graph, numbers)),
    element('aside', { class: 'panels', 'aria-label': 'Что упоминается в статье' }, panels.html),
    '</div>',
    pageFooter(facts),
    `<script>\n${pageScript()}\n</script>`,
    '</body>',
    '</html>',
    '',
  ]
    .filter((line) => line !== '')
    .join('\n')
    .concat('\n');
}

function pageHeader(f: ArticleFacts, title: string): string {
  const meta = [
    f.datePublished && element('time', { datetime: f.datePublished }, escapeHtml(formatDate(f.datePublished))),
    f.authors.length > 0 && `Автор: ${escapeHtml(f.authors.join(', '))}`,
    f.publisher && `Издание: ${escapeHtml(f.publisher)}`,
  ].filter((p): p is string => typeof p === 'string');
  const inner = [
    textElement('p', { class: 'kicker' }, 'Новость · разметка newsgraph'),
    textElement('h1', {}, title),
    meta.length ? element('p', { class: 'meta' }, meta.join(' · ')) : '',
  ].join('');
  return element('header', { class: 'wrap page-header' }, inner);
}

function sectionNav(panels: readonly PanelSpec[]): string {
  const links = [{ id: 'text', title: 'Текст' }, ...panels].map((p) => element('li', {}, textElement('a', { href: `#${p.id}` }, p.title)));
  return element('nav', { class: 'wrap sections', 'aria-label': 'Разделы страницы' }, element('ul', {}, links.join('')));
}

function articleBody(f: ArticleFacts, graph: PageGraph, numbers: ReadonlyMap<string, number>): string {
  const paragraphs = renderArticleText(f.text ?? '', graph.mentions, {
    things: graph.things,
    tipIdOf: (iri) => (numbers.has(iri) ? `tip-${numbers.get(iri)}` : undefined),
    speakerOf: (iri) => {
      const quote = graph.things.get(iri);
      return quote ? namesOf(quote, schema.creator, graph)[0] : undefined;
    },
  });
  const inner = [
    textElement('h2', { id: 'text-title', class: 'visually-hidden' }, 'Текст статьи'),
    f.description ? textElement('p', { class: 'lead' }, f.description) : '',
    legend(graph),
    element('div', { class: 'article-text' }, paragraphs.join('\n')),
  ].join('\n');
  return element('article', { id: 'text', tabindex: -1, 'aria-labelledby': 'text-title' }, inner);
}

/** The colours used in this text, explained; descriptions and pronouns are the paler shade. */
function legend(graph: PageGraph): string {
  const used = new Set([...graph.mentions].map((m) => graph.things.get(m.target)?.category));
  const items = CATEGORY_ORDER.filter((c) => used.has(c)).map((c) =>
    element('li', {}, `${element('span', { class: `swatch c-${c}`, 'aria-hidden': 'true' }, '')}${escapeHtml(CATEGORY_LABEL[c])}`),
  );
  if (!items.length) return '';
  items.push(element('li', {}, escapeHtml('бледнее — описания и местоимения')));
  return element('ul', { class: 'legend', 'aria-label': 'Цвета выделений' }, items.join(''));
}

function pageFooter(f: ArticleFacts): string {
  const parts = [
    f.creditText && textElement('p', {}, f.creditText),
    f.url && element('p', {}, `Источник: ${externalLink(f.url, f.url)}`),
    element('p', {}, `IRI статьи: ${textElement('code', {}, f.iri)}`),
  ].filter((p): p is string => typeof p === 'string');
  return element('footer', { class: 'wrap page-footer' }, parts.join(''));
}
