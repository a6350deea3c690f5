import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../src/graph/build-graph.js';
import { SerializationError } from '../../../src/errors.js';
import { buildJsonLd } from '../../../src/serialize/jsonld.js';
import type { JsonObject, JsonValue } from '../../../src/serialize/jsonld-full.js';
import { sampleArticle } from '../../helpers/sample-article.js';

const quads = buildGraph(sampleArticle());
const web = buildJsonLd(quads, { profile: 'web' });

/** Every object node of the tree, depth first. */
function nodesOf(value: JsonValue): JsonObject[] {
  if (Array.isArray(value)) return value.flatMap(nodesOf);
  if (value === null || typeof value !== 'object') return [];
  return [value, ...Object.values(value).flatMap(nodesOf)];
}

describe('the web JSON-LD profile', () => {
  it('is one tree rooted at the NewsArticle with schema.org as its only context', () => {
    expect(web['@context']).toBe('https://schema.org');
    expect(web['@type']).toBe('NewsArticle');
    expect(web['@id']).toBe('https://example.org/news/article/sample-1');
    expect(web['headline']).toBe('Нарендра Моди встретился в Дели с главой МИД Бразилии');
  });

  it('leaves out the NIF provenance and newsgraph\'s own terms', () => {
    const text = JSON.stringify(web);
    expect(text).not.toMatch(/nif:|itsrdf:|ng:|char=|newsgraph\.example\/ns/);
    expect(text).not.toContain('TimeExpression');
  });

  it('writes dates and sameAs as plain strings, enumerations as {"@id"} and numbers as numbers', () => {
    expect(web['datePublished']).toBe('2025-03-12T10:30:00');
    expect(web['url']).toBe('https://example.org/original/sample-1');
    const nodes = nodesOf(web);
    const modi = nodes.find((n) => n['@id'] === 'https://example.org/news/entity/wd/Q1058' && n['name']);
    expect(modi?.['sameAs']).toBe('http://www.wikidata.org/entity/Q1058');
    const about = web['about'] as JsonObject;
    expect(about['startDate']).toBe('2025-03-12');
    expect(about['eventStatus']).toEqual({ '@id': 'http://schema.org/EventScheduled' });
    const money = nodes.find((n) => n['@type'] === 'MonetaryAmount');
    expect(money?.['value']).toBe(5300000);
    expect(money?.['currency']).toBe('USD');
  });

  it('embeds each node once, where a breadth-first walk first meets it, and references it elsewhere', () => {
    const full = nodesOf(web).filter((n) => '@type' in n);
    const ids = full.map((n) => n['@id']);
    expect(new Set(ids).size).toBe(ids.length);
    expect((web['publisher'] as JsonObject)['name']).toBe('Пример Новости');
    const author = web['author'] as JsonObject;
    expect(author['name']).toBe('Иван Петров');
    expect(author['worksFor']).toEqual({ '@id': 'https://example.org/news/entity/org/example-news' });
    const quote = nodesOf(web).find((n) => n['@type'] === 'Quotation');
    expect(quote?.['isPartOf']).toEqual({ '@id': 'https://example.org/news/article/sample-1' });
    expect(quote?.['text']).toBe('Мы удвоим торговлю');
  });

  it('needs a NewsArticle', () => {
    const withoutArticle = quads.filter((q) => !q.subject.equals(quads[0]!.subject));
    expect(() => buildJsonLd(withoutArticle, { profile: 'web' })).toThrow(SerializationError);
  });
});
