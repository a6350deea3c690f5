import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../src/graph/build-graph.js';
import { Article } from '../../../src/model/article.js';
import { writeHtml } from '../../../src/serialize/html.js';
import { buildJsonLd } from '../../../src/serialize/jsonld.js';
import { sampleArticle, sampleInput } from '../../helpers/sample-article.js';

function hostileArticle() {
  const input = sampleInput();
  const text = `Заголовок </script><script>alert(1)</script>\n\nАбзац <!-- с & «кавычками» -->\u2028конец`;
  return Article.parse({ ...input, text, headline: 'Заголовок </script><b>', mentions: [] });
}

describe('writeHtml', () => {
  it('is a self-contained page with the headline, metadata and one paragraph per line of text', () => {
    const html = writeHtml(buildGraph(sampleArticle()));
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="ru">')).toBe(true);
    expect(html).toContain('<h1>Нарендра Моди встретился в Дели с главой МИД Бразилии</h1>');
    expect(html).toContain('Автор: Иван Петров');
    expect(html).toContain('Издание: Пример Новости');
    expect(html).toContain('<time datetime="2025-03-12T10:30:00">');
    expect(html).toContain('<p>🌍 Премьер-министр Индии');
  });

  it('embeds the web-profile JSON-LD in one script element that parses back', () => {
    const quads = buildGraph(sampleArticle());
    const html = writeHtml(quads);
    const scripts = [...html.matchAll(/<script type="application\/ld\+json">\n([\s\S]*?)\n<\/script>/g)];
    expect(scripts).toHaveLength(1);
    expect(JSON.parse(scripts[0]![1]!)).toEqual(buildJsonLd(quads, { profile: 'web' }));
  });

  it('lets no article text end the script element or inject markup', () => {
    const html = writeHtml(buildGraph(hostileArticle()));
    expect(html.match(/<\/script>/g)).toHaveLength(1);
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html).not.toContain('<!--');
    const script = /<script type="application\/ld\+json">\n([\s\S]*?)\n<\/script>/.exec(html)?.[1] ?? '';
    expect(script).not.toMatch(/[<>&\u2028\u2029]/);
    expect(html).toContain('<h1>Заголовок &lt;/script&gt;&lt;b&gt;</h1>');
    expect(html).toContain('<p>Абзац &lt;!-- с &amp; «кавычками» --&gt;');
    expect(JSON.parse(script).headline).toBe('Заголовок </script><b>');
  });
});
