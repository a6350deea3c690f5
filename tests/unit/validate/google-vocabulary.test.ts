import { readFileSync } from 'node:fs';
import { Parser } from 'n3';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../src/graph/build-graph.js';
import { buildJsonLd } from '../../../src/serialize/jsonld.js';
import { schemaLocalName } from '../../../src/validate/google-schema-conformance.js';
import { loadSchemaVocabulary, parseSchemaVocabulary, VOCABULARY_FILE } from '../../../src/validate/google-vocabulary.js';
import { schema } from '../../../src/vocab/schema.js';
import { loadFixtureModel } from '../../helpers/fixtures.js';
import { sampleArticle } from '../../helpers/sample-article.js';
import { itShared, sharedPath } from '../../helpers/shared.js';

const vocab = loadSchemaVocabulary();
const RELEASE = 'vocab/schemaorg-30.0/schemaorg-current-http.ttl';

/** Every schema.org term the project writes: its vocabulary constants and the terms of its outputs. */
function projectTerms(): string[] {
  const terms = new Set(Object.keys(schema).filter((k) => k !== '$iri'));
  for (const quads of [buildGraph(sampleArticle()), buildGraph(loadFixtureModel('seed'))]) {
    for (const q of quads) for (const t of [q.predicate, q.object]) if (t.termType === 'NamedNode' && schemaLocalName(t.value)) terms.add(schemaLocalName(t.value) as string);
    const web = JSON.stringify(buildJsonLd(quads, { profile: 'web' }));
    for (const [, key] of web.matchAll(/"([A-Za-z]+)":/g)) terms.add(key as string);
  }
  return [...terms].filter((t) => vocab.isType(t) || vocab.property(t) || vocab.memberTypes(t)).sort();
}

describe('the shipped schema.org vocabulary', () => {
  it('names its source and licence and holds types, properties and enumeration members', () => {
    const data = JSON.parse(readFileSync(VOCABULARY_FILE, 'utf8'));
    expect(data.source).toContain('@vocabulary/schema');
    expect(data.license).toContain('CC BY-SA 3.0');
    expect([...vocab.superTypes('NewsArticle')].sort()).toEqual(['Article', 'CreativeWork', 'NewsArticle', 'Thing']);
    expect(vocab.isDataType('URL')).toBe(true);
    expect(vocab.isDataType('Person')).toBe(false);
    expect(vocab.property('datePublished')?.ranges).toEqual(['Date', 'DateTime']);
    expect(vocab.memberTypes('EventScheduled')).toEqual(['EventStatusType']);
    expect(vocab.supersededBy('Code')).toBe('SoftwareSourceCode');
  });

  it('knows every schema.org term the project writes', () => {
    const unknown = [...Object.keys(schema)].filter((k) => k !== '$iri' && !vocab.isType(k) && !vocab.property(k) && !vocab.memberTypes(k));
    expect(unknown).toEqual([]);
  });

  it('refuses a malformed file', () => {
    expect(() => parseSchemaVocabulary({ types: {} })).toThrow();
  });

  itShared('agrees with schema.org release 30.0 on every term the project uses', [RELEASE], () => {
    const release = releaseVocabulary(readFileSync(sharedPath(RELEASE), 'utf8'));
    for (const term of projectTerms()) {
      const expected = release.get(term);
      expect(expected, `schema:${term} is in release 30.0`).toBeDefined();
      const shipped = vocab.isType(term)
        ? { superclasses: [...vocab.superTypes(term)].filter((t) => t !== term).sort() }
        : vocab.property(term)
          ? { domains: [...(vocab.property(term)?.domains ?? [])], ranges: [...(vocab.property(term)?.ranges ?? [])] }
          : { memberOf: [...(vocab.memberTypes(term) ?? [])] };
      expect(shipped, `schema:${term}`).toEqual(expected);
    }
  });
});

/** From the release's Turtle: per term, its superclass closure, its domains and ranges, or its enumeration types. */
function releaseVocabulary(turtle: string): Map<string, object> {
  const facts = new Map<string, Map<string, string[]>>();
  for (const q of new Parser({ format: 'Turtle' }).parse(turtle)) {
    const s = schemaLocalName(q.subject.value);
    if (!s) continue;
    const byPredicate = facts.get(s) ?? new Map<string, string[]>();
    byPredicate.set(q.predicate.value, [...(byPredicate.get(q.predicate.value) ?? []), q.object.value]);
    facts.set(s, byPredicate);
  }
  const get = (term: string, predicate: string) => (facts.get(term)?.get(predicate) ?? []).map((v) => schemaLocalName(v)).filter((v): v is string => v !== undefined);
  const superclasses = (term: string): string[] => {
    const out = new Set<string>();
    const stack = get(term, 'http://www.w3.org/2000/01/rdf-schema#subClassOf');
    for (let t = stack.pop(); t; t = stack.pop()) if (!out.has(t)) (out.add(t), stack.push(...get(t, 'http://www.w3.org/2000/01/rdf-schema#subClassOf')));
    return [...out].sort();
  };
  const out = new Map<string, object>();
  for (const [term, byPredicate] of facts) {
    const types = byPredicate.get('http://www.w3.org/1999/02/22-rdf-syntax-ns#type') ?? [];
    if (types.includes('http://www.w3.org/2000/01/rdf-schema#Class')) out.set(term, { superclasses: superclasses(term) });
    else if (types.includes('http://www.w3.org/1999/02/22-rdf-syntax-ns#Property')) {
      out.set(term, { domains: [...new Set(get(term, `${schema.$iri}domainIncludes`))].sort(), ranges: [...new Set(get(term, `${schema.$iri}rangeIncludes`))].sort() });
    } else out.set(term, { memberOf: types.map((t) => schemaLocalName(t)).filter(Boolean).sort() });
  }
  return out;
}
