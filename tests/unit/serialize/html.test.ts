import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../src/graph/build-graph.js';
import { mintIris } from '../../../src/graph/iri.js';
import { Article } from '../../../src/model/article.js';
import { writeHtml } from '../../../src/serialize/html.js';
import { buildJsonLd } from '../../../src/serialize/jsonld.js';
import { sampleArticle, sampleInput } from '../../helpers/sample-article.js';

const JSONLD = /<script type="application\/ld\+json">\n([\s\S]*?)\n<\/script>/g;

function hostileArticle() {
  const input = sampleInput();
  const text = `Заголовок </script><script>alert(1)</script>\n\nАбзац <!-- с & «кавычками» -->\u2028конец`;
  return Article.parse({ ...input, text, headline: 'Заголовок </script><!-- \u2028<b>', mentions: [] });
}

/** Every start and end tag of the page's body, checked to close in order (no crossing markup). */
function unbalancedTags(html: string): string[] {
  const body = html.slice(html.indexOf('<body>') + '<body>'.length, html.indexOf('</body>')).replace(/<script>[\s\S]*?<\/script>/g, '');
  const open: string[] = [];
  const errors: string[] = [];
  for (const [, close, name] of body.matchAll(/<(\/?)([a-z][a-z0-9]*)\b[^>]*>/g)) {
    if (!close) open.push(name as string);
    else if (open.pop() !== name) errors.push(name as string);
  }
  return [...errors, ...open];
}

describe('writeHtml', () => {
  const article = sampleArticle();
  const html = writeHtml(buildGraph(article));

  it('is a Russian page with landmarks, a skip link and a visible headline', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="ru">')).toBe(true);
    expect(html).toContain('<a class="skip" href="#text">');
    expect(html).toContain('<article id="text" tabindex="-1"');
    for (const landmark of ['<header', '<nav', '<main', '<aside', '<footer']) expect(html).toContain(landmark);
    expect(html).toContain('<h1>Нарендра Моди встретился в Дели с главой МИД Бразилии</h1>');
    expect(html).toContain('Автор: Иван Петров');
    expect(html).toContain('Издание: Пример Новости');
    expect(html).toContain('<time datetime="2025-03-12T10:30:00">12 марта 2025 г., 10:30</time>');
    expect(unbalancedTags(html)).toEqual([]);
  });

  it('is self-contained: inline style and script only, and a policy that forbids fetching', () => {
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none';`);
    expect(html).not.toMatch(/<link\b|<img\b|<iframe\b|\ssrc=|@import|url\(/i);
    expect(html.match(/<style>/g)).toHaveLength(1);
  });

  it('highlights every mention of the model with its IRI, type, kind and offsets', () => {
    const iris = mintIris(article);
    const marks = [...html.matchAll(/<mark ([^>]*)>/g)].map(([, attrs]) => attrs ?? '').filter((a) => !a.includes('data-continued'));
    const found = new Set(marks.map((a) => ['data-start', 'data-end', 'data-kind', 'data-iri'].map((n) => new RegExp(`${n}="([^"]*)"`).exec(a)?.[1]).join('|')));
    const expected = new Set(article.mentions.map((m) => [m.start, m.end, m.kind, iris.ref(m.ref).value].join('|')));
    expect(found).toEqual(expected);
    expect(html).toMatch(/<mark class="m c-organization k-name"[^>]*data-iri="https:\/\/example.org\/news\/entity\/org\/mfa-brazil"[^>]*>МИД <mark class="m c-country k-name"/);
    expect(html).toMatch(/<mark class="m c-person k-description light"[^>]*>Премьер-министр <mark class="m c-country/);
  });

  it('gives each mentioned thing one popover with its name, type and Wikidata link', () => {
    const tip = /<div class="tip" role="tooltip" id="(tip-\d+)" hidden>(<span class="tip-title">Нарендра Моди<\/span>.*?)<\/div>/.exec(html);
    expect(tip?.[2]).toContain('<span class="tip-type c-person">Человек</span>');
    expect(tip?.[2]).toContain('премьер-министр Индии');
    expect(tip?.[2]).toContain('<a href="http://www.wikidata.org/entity/Q1058" rel="noopener noreferrer external">Wikidata: Q1058</a>');
    expect(html).toContain(`aria-describedby="${tip?.[1]}">Нарендра Моди</mark>`);
  });

  it('embeds the web-profile JSON-LD in one script element that parses back', () => {
    const quads = buildGraph(article);
    const scripts = [...writeHtml(quads).matchAll(JSONLD)];
    expect(scripts).toHaveLength(1);
    expect(JSON.parse(scripts[0]![1]!)).toEqual(buildJsonLd(quads, { profile: 'web' }));
  });

  it('lets no article text end a script element, open a comment or inject markup', () => {
    const page = writeHtml(buildGraph(hostileArticle()));
    expect(page.match(/<\/script>/g)).toHaveLength(2);
    expect(page.match(/<script/g)).toHaveLength(2);
    expect(page).not.toContain('<!--');
    const script = [...page.matchAll(JSONLD)][0]?.[1] ?? '';
    expect(script).not.toMatch(/[<>&\u2028\u2029]/);
    expect(script).toContain('\\u003c/script\\u003e\\u003c!-- \\u2028\\u003cb\\u003e');
    expect(page).toContain('<h1>Заголовок &lt;/script&gt;&lt;!-- \u2028&lt;b&gt;</h1>');
    expect(page).toContain('<p>Абзац &lt;!-- с &amp; «кавычками» --&gt;\u2028конец</p>');
    expect(JSON.parse(script).headline).toBe('Заголовок </script><!-- \u2028<b>');
    expect(unbalancedTags(page)).toEqual([]);
  });
});
