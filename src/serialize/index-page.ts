import type { Quad } from '@rdfjs/types';
import { readArticleFacts } from './article-facts.js';
import { formatDate } from './page/format-values.js';
import { element, textElement } from './page/markup.js';
import { readPageGraph } from './page/page-facts.js';
import { pageStyle } from './page/page-style.js';
import { escapeHtml } from './script-escape.js';

/** One row of a batch's index.html. */
export interface IndexEntry {
  /** The page's path relative to index.html, with / between folders: "000_5b0c01de365d3c73.html", "2026/x.html". */
  readonly file: string;
  /** datePublished as the graph has it (2026-02-04, 2026-02, 2026-02-04T10:30:00+03:00), when known. */
  readonly date?: string;
  readonly headline: string;
  /** People mentioned in the text. */
  readonly people: number;
  /** Quotes, direct and reported. */
  readonly quotes: number;
  readonly figures: number;
}

/** The index row of one article, read from its quads; the headline falls back to the file name. */
export function indexEntryOf(quads: readonly Quad[], htmlFileName: string): IndexEntry {
  const facts = readArticleFacts(quads);
  const graph = readPageGraph(quads);
  const mentioned = new Set(graph.mentions.map((m) => m.target));
  const count = (category: string, needsMention: boolean) =>
    [...graph.things.values()].filter((t) => t.category === category && (!needsMention || mentioned.has(t.iri))).length;
  return {
    file: htmlFileName,
    date: facts?.datePublished,
    headline: facts?.headline ?? htmlFileName,
    people: count('person', true),
    quotes: count('quote', false),
    figures: count('figure', false),
  };
}

/** Newest first (undated last), then by file name: the same entries give the same page. */
function byDateThenFile(a: IndexEntry, b: IndexEntry): number {
  if (a.date !== b.date) {
    if (a.date === undefined) return 1;
    if (b.date === undefined) return -1;
    return a.date < b.date ? 1 : -1;
  }
  return a.file < b.file ? -1 : a.file > b.file ? 1 : 0;
}

/** A relative URL for a path: each folder and file name percent-encoded. */
function hrefOf(file: string): string {
  return file.split(/[\\/]/).map(encodeURIComponent).join('/');
}

/**
 * index.html for a batch: a table of the articles (date, headline linking to the page, counts of
 * people, quotes and figures), newest first. Self-contained like the article pages.
 */
export function writeIndexPage(entries: readonly IndexEntry[]): string {
  const rows = [...entries].sort(byDateThenFile).map((e) => {
    const date = e.date ? element('time', { datetime: e.date }, escapeHtml(formatDate(e.date))) : '—';
    const cells = [
      element('td', { class: 'date' }, date),
      element('th', { scope: 'row' }, textElement('a', { href: hrefOf(e.file) }, e.headline)),
      textElement('td', { class: 'num', 'data-label': 'Люди: ' }, String(e.people)),
      textElement('td', { class: 'num', 'data-label': 'Цитаты: ' }, String(e.quotes)),
      textElement('td', { class: 'num', 'data-label': 'Числа: ' }, String(e.figures)),
    ];
    return element('tr', {}, cells.join(''));
  });
  const head = ['Дата', 'Заголовок', 'Люди', 'Цитаты', 'Числа'].map((h, i) => textElement('th', { scope: 'col', class: i >= 2 ? 'num' : undefined }, h));
  const table = element('table', {}, `${textElement('caption', {}, `Статей: ${entries.length}`)}${element('thead', {}, element('tr', {}, head.join('')))}${element('tbody', {}, rows.join('\n'))}`);
  return [
    '<!DOCTYPE html>',
    '<html lang="ru">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'">`,
    '<title>Статьи — newsgraph</title>',
    `<style>\n${pageStyle()}\n${INDEX_RULES}\n</style>`,
    '</head>',
    '<body>',
    '<a class="skip" href="#main">Перейти к списку статей</a>',
    element('header', { class: 'wrap page-header' }, textElement('h1', {}, 'Статьи')),
    element('main', { id: 'main', class: 'wrap', tabindex: -1 }, element('div', { class: 'table-scroll' }, table)),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

const INDEX_RULES = [
  'table{border-collapse:collapse;width:100%;margin:1rem 0 2rem}',
  'caption{text-align:left;color:#4a5160;padding:.25rem 0}',
  'th,td{text-align:left;vertical-align:top;padding:.5rem .6rem;border-bottom:1px solid #d6d9de}',
  'tbody th{font-weight:400}',
  '.num{text-align:right;font-variant-numeric:tabular-nums}',
  '.date{white-space:nowrap;color:#4a5160}',
  '.table-scroll{overflow-x:auto}',
  '@media (max-width:36rem){thead{display:none}tr{display:block;border-bottom:1px solid #d6d9de;padding:.4rem 0}td,th{display:inline-block;border:0;padding:.1rem .4rem}tbody th{display:block}td.num::before{content:attr(data-label)}}',
].join('\n');
