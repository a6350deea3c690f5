import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtmlArticle, readHtmlFile } from '../../../src/read/read-html.js';

const PAGE = join(import.meta.dirname, 'fixtures/news-page.html');

describe('readHtmlFile', () => {
  it('takes the article body of a real-looking news page, without navigation, teasers or footer', async () => {
    const doc = await readHtmlFile(PAGE);
    const paragraphs = doc.text.trim().split('\n\n');
    expect(paragraphs[0]).toBe('В Казани открылся международный форум по водным ресурсам');
    expect(paragraphs[1]).toMatch(/^КАЗАНЬ, 17 июня\. Международный форум «Вода Поволжья» открылся/);
    expect(doc.text).toContain('— сказал Минниханов, обращаясь к участникам.');
    expect(paragraphs.at(-1)).toMatch(/^Форум продлится до 19 июня/);
    for (const noise of ['Политика', 'Читайте также', 'Поделиться', 'Все права защищены', 'Подпишитесь', 'dataLayer']) expect(doc.text).not.toContain(noise);
    expect(doc.text.match(/В Казани открылся международный форум/g)).toHaveLength(1);
  });

  it('reads the metadata: og:title, article:published_time with its time, og:url, article:author', async () => {
    const doc = await readHtmlFile(PAGE);
    expect(doc).toMatchObject({
      source: 'news-page.html',
      stem: 'news-page',
      bodyStart: 0,
      title: 'В Казани открылся международный форум по водным ресурсам',
      datePublished: { value: '2025-06-17T09:40:00+03:00', precision: 'dateTime' },
      url: 'https://vesti-povolzhye.example/news/2025/06/17/forum-vodnye-resursy',
      authors: ['Марина Лебедева'],
      warnings: [],
    });
  });

  it('falls back to the JSON-LD article node, then <title>, and warns about a broken JSON-LD block', () => {
    const html = `<html><head><title>Заголовок страницы</title>
      <script type="application/ld+json">{broken</script>
      <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Сайт"},
        {"@type":"NewsArticle","headline":"Заголовок из JSON-LD","datePublished":"2024-11-05","url":"https://news.example/a/1",
         "author":{"@type":"Person","name":"Иван Петров"}}]}</script></head>
      <body><p>Правительство утвердило новый порядок выдачи субсидий фермерам в трёх областях.</p></body></html>`;
    const doc = parseHtmlArticle(html, 'dir/page.htm');
    expect(doc).toMatchObject({
      title: 'Заголовок из JSON-LD',
      datePublished: { value: '2024-11-05', precision: 'day' },
      url: 'https://news.example/a/1',
      authors: ['Иван Петров'],
      stem: 'page',
    });
    expect(doc.warnings).toEqual([expect.stringMatching(/JSON-LD block .* not valid JSON/)]);
    expect(doc.text).toBe('Заголовок из JSON-LD\n\nПравительство утвердило новый порядок выдачи субсидий фермерам в трёх областях.\n');
  });

  it('refuses a page without article text with an input error', () => {
    expect(() => parseHtmlArticle('<html><head><title>Пусто</title></head><body><script>x()</script></body></html>', 'empty.html')).toThrow(
      expect.objectContaining({ code: 'exporter.input.empty', exitCode: 3 }),
    );
  });

  it('keeps the text of a page with a broken date as a warning', () => {
    const html = readFileSync(PAGE, 'utf8').replaceAll('2025-06-17T09:40:00+03:00', '17 июня 2025');
    const doc = parseHtmlArticle(html, 'page.html');
    expect(doc.datePublished).toBeUndefined();
    expect(doc.warnings).toEqual([expect.stringMatching(/"17 июня 2025" is not a date/)]);
  });
});
