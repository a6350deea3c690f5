import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../src/graph/build-graph.js';
import { indexEntryOf, writeIndexPage, type IndexEntry } from '../../../src/serialize/index-page.js';
import { sampleArticle } from '../../helpers/sample-article.js';

describe('indexEntryOf', () => {
  it('reads date, headline and counts of people mentioned, quotes and figures from the quads', () => {
    expect(indexEntryOf(buildGraph(sampleArticle()), 'sample-1.html')).toEqual({
      file: 'sample-1.html',
      date: '2025-03-12T10:30:00',
      headline: 'Нарендра Моди встретился в Дели с главой МИД Бразилии',
      people: 1,
      quotes: 2,
      figures: 3,
    });
  });
});

describe('writeIndexPage', () => {
  const entries: IndexEntry[] = [
    { file: 'b.html', date: '2026-02-04', headline: 'Вторая', people: 2, quotes: 7, figures: 5 },
    { file: 'sub dir/a&b.html', headline: 'Без даты <script>', people: 0, quotes: 0, figures: 0 },
    { file: 'a.html', date: '2026-02-05', headline: 'Первая', people: 1, quotes: 0, figures: 1 },
  ];
  const html = writeIndexPage(entries);

  it('lists the articles newest first, undated last, with links and counts', () => {
    const rows = [...html.matchAll(/<tr><td class="date">[\s\S]*?<\/tr>/g)].map(([row]) => row.replace(/<[^>]+>/g, '|').replace(/\|+/g, '|'));
    expect(rows).toEqual(['|5 февраля 2026 г.|Первая|1|0|1|', '|4 февраля 2026 г.|Вторая|2|7|5|', '|—|Без даты &lt;script&gt;|0|0|0|']);
    expect(html).toContain('<a href="sub%20dir/a%26b.html">Без даты &lt;script&gt;</a>');
    expect(html).toContain('<caption>Статей: 3</caption>');
  });

  it('is a self-contained Russian page with a skip link and landmarks', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="ru">')).toBe(true);
    expect(html).toContain('<a class="skip" href="#main">');
    expect(html).toMatch(/<header[\s\S]*<main id="main"/);
    expect(html).not.toMatch(/<script|<link\b|\ssrc=/);
    expect(writeIndexPage([...entries].reverse())).toBe(html);
  });
});
