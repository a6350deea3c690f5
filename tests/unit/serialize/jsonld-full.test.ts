import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildGraph } from '../../../src/graph/build-graph.js';
import { buildJsonLd, writeJsonLd } from '../../../src/serialize/jsonld.js';
import { FULL_CONTEXT, PLAIN_TEXT_PROPERTIES, compactVocabIri } from '../../../src/serialize/jsonld-terms.js';
import type { JsonObject, JsonValue } from '../../../src/serialize/jsonld-full.js';
import { schema } from '../../../src/vocab/schema.js';
import { canonicalOfJsonLd, canonicalOfQuads, diffCanonical } from '../../helpers/rdf.js';
import { sampleArticle } from '../../helpers/sample-article.js';
import { describeShared, sharedPath } from '../../helpers/shared.js';

const quads = buildGraph(sampleArticle());
const doc = buildJsonLd(quads);
const graph = doc['@graph'] as JsonObject[];

/** schema.org's release 30.0 context, and the same without any @type coercion (its successor). */
function officialContexts(): { release30: JsonObject; uncoerced: JsonObject } {
  const release30 = JSON.parse(readFileSync(sharedPath('vocab/schemaorg-30.0/schemaorgcontext.jsonld'), 'utf8')) as JsonObject;
  const terms = release30['@context'] as Record<string, JsonValue>;
  const stripped = Object.fromEntries(
    Object.entries(terms).map(([k, v]) => {
      if (v && typeof v === 'object' && !Array.isArray(v) && '@type' in v) {
        const { '@type': _dropped, ...rest } = v;
        return [k, rest];
      }
      return [k, v];
    }),
  );
  return { release30, uncoerced: { '@context': stripped } };
}

describe('the full JSON-LD profile', () => {
  it('has schema.org plus the prefixes and ru as @context, and one node per subject', () => {
    expect(doc['@context']).toEqual(FULL_CONTEXT);
    expect(new Set(graph.map((n) => n['@id'])).size).toBe(new Set(quads.map((q) => q.subject.value)).size);
  });

  it('expands to exactly the graph, under the project context', async () => {
    const [fromJson, fromQuads] = await Promise.all([canonicalOfJsonLd(doc), canonicalOfQuads(quads)]);
    expect(diffCanonical(fromJson, fromQuads)).toEqual({ onlyA: [], onlyB: [] });
  });

  it('writes IRIs as {"@id"}, typed literals as value objects, plain strings only for allowlisted @ru text', () => {
    const plainKeys = new Set([...PLAIN_TEXT_PROPERTIES].map(compactVocabIri));
    for (const node of graph) {
      for (const [key, raw] of Object.entries(node)) {
        if (key.startsWith('@')) continue;
        for (const v of Array.isArray(raw) ? raw : [raw]) {
          if (typeof v === 'string') expect(plainKeys.has(key), `${key} holds a plain string`).toBe(true);
          else expect(v, key).toBeTypeOf('object');
        }
      }
    }
    const article = graph[0]!;
    expect(article['datePublished']).toEqual({ '@value': '2025-03-12T10:30:00', '@type': 'xsd:dateTime' });
    expect(article['inLanguage']).toEqual({ '@value': 'ru' });
    expect(article['url']).toEqual({ '@id': 'https://example.org/original/sample-1' });
    const modi = graph.find((n) => n['@id'] === 'https://example.org/news/entity/wd/Q1058')!;
    expect(modi['sameAs']).toEqual({ '@id': 'http://www.wikidata.org/entity/Q1058' });
    expect(modi['name']).toBe('Нарендра Моди');
  });

  it('compacts schema.org terms bare and other vocabularies with their prefix', () => {
    expect(compactVocabIri(schema.Person.value)).toBe('Person');
    expect(compactVocabIri('http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#beginIndex')).toBe('nif:beginIndex');
    expect(compactVocabIri('https://newsgraph.example/ns#ReportedSpeech')).toBe('ng:ReportedSpeech');
    expect(compactVocabIri('http://example.org/other#x')).toBe('http://example.org/other#x');
  });

  it('writes small objects on one line and ends with a newline', () => {
    const text = writeJsonLd(quads);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).toContain('"sameAs": {"@id": "http://www.wikidata.org/entity/Q1058"}');
    expect(JSON.parse(text)).toEqual(doc);
  });
});

describeShared('the full JSON-LD profile under schema.org\'s own contexts', ['vocab/schemaorg-30.0/schemaorgcontext.jsonld'], () => {
  let contexts: ReturnType<typeof officialContexts>;
  beforeAll(() => {
    contexts = officialContexts();
  });

  it('allowlists only properties without type coercion in the 30.0 context', () => {
    const terms = contexts.release30['@context'] as Record<string, JsonValue>;
    for (const iri of PLAIN_TEXT_PROPERTIES) {
      const key = compactVocabIri(iri);
      if (!iri.startsWith(schema.$iri)) {
        expect(key, `${iri} is compacted with a prefix of the full context`).toMatch(/^(ng|nif|itsrdf):/);
        expect(terms[key.split(':')[0]!], 'the 30.0 context does not define the prefix').toBeUndefined();
        continue;
      }
      const definition = terms[key];
      expect(definition, `${key} is a term of the 30.0 context`).toEqual({ '@id': `schema:${key}` });
    }
  });

  it('means the same graph with and without schema.org\'s coercions', async () => {
    const expected = await canonicalOfQuads(quads);
    for (const context of [contexts.release30, contexts.uncoerced]) {
      const actual = await canonicalOfJsonLd(doc, { schemaOrgContext: context });
      expect(diffCanonical(actual, expected)).toEqual({ onlyA: [], onlyB: [] });
    }
  });
});
