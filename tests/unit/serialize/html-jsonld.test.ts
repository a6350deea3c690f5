import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../src/graph/build-graph.js';
import { Article } from '../../../src/model/article.js';
import { buildJsonLd } from '../../../src/serialize/jsonld.js';
import type { JsonObject } from '../../../src/serialize/jsonld-full.js';
import { canonicalQuads, compareWebWithFull } from '../../browser/helpers/web-projection.js';
import { sampleArticle, sampleInput } from '../../helpers/sample-article.js';

const article = sampleArticle();
const quads = buildGraph(article);
const web = buildJsonLd(quads, { profile: 'web' });
const full = buildJsonLd(quads, { profile: 'full' });

describe("the page's JSON-LD (web profile) and Google's Article properties", () => {
  it('has the recommended properties the article provides, mainEntityOfPage right after url', () => {
    const keys = Object.keys(web);
    for (const key of ['headline', 'description', 'datePublished', 'inLanguage', 'author', 'publisher', 'url', 'mainEntityOfPage']) expect(keys).toContain(key);
    expect(keys.indexOf('mainEntityOfPage')).toBe(keys.indexOf('url') + 1);
    expect(web['mainEntityOfPage']).toEqual({ '@type': 'WebPage', '@id': 'https://example.org/original/sample-1' });
    expect((web['author'] as JsonObject)['name']).toBe('Иван Петров');
    expect((web['publisher'] as JsonObject)['name']).toBe('Пример Новости');
  });

  it('adds no mainEntityOfPage when the url is unknown', () => {
    const { url: _url, ...withoutUrl } = sampleInput();
    expect(buildJsonLd(buildGraph(Article.parse(withoutUrl)), { profile: 'web' })).not.toHaveProperty('mainEntityOfPage');
  });

  it('is exactly the documented projection of the full graph, as RDF', async () => {
    const [w, f] = await Promise.all([canonicalQuads(web), canonicalQuads(full)]);
    expect(compareWebWithFull(w, f, article.iri)).toEqual({ missingFromWeb: [], notInFull: [] });
  });

  it('catches a changed value and a missing statement', async () => {
    const changed = { ...web, headline: 'другой заголовок' };
    const { inLanguage: _dropped, ...missing } = web;
    const f = await canonicalQuads(full);
    const a = compareWebWithFull(await canonicalQuads(changed), f, article.iri);
    expect(a.notInFull).toEqual([`<${article.iri}> <http://schema.org/headline> "другой заголовок"`]);
    expect(a.missingFromWeb).toEqual([`<${article.iri}> <http://schema.org/headline> "Нарендра Моди встретился в Дели с главой МИД Бразилии"`]);
    expect(compareWebWithFull(await canonicalQuads(missing), f, article.iri).missingFromWeb).toEqual([`<${article.iri}> <http://schema.org/inLanguage> "ru"`]);
  });
});
