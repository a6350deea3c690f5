import { describe, expect, it } from 'vitest';
import { graphPrefixes, mintIris } from '../../../src/graph/iri.js';
import { EntityId, LocalId } from '../../../src/model/ids.js';

const source = { iri: 'https://example.org/news/article/a-1', base: 'https://example.org/news/' };

describe('mintIris', () => {
  const iris = mintIris(source);

  it('mints entity IRIs under the base, from the id', () => {
    expect(iris.entity(EntityId.parse('wd/Q7747')).value).toBe('https://example.org/news/entity/wd/Q7747');
    expect(iris.entity(EntityId.parse('person/nikolay-ivanov')).value).toBe('https://example.org/news/entity/person/nikolay-ivanov');
  });

  it('mints article-local things as fragments of the article IRI', () => {
    expect(iris.article.value).toBe(source.iri);
    expect(iris.local(LocalId.parse('quote-2')).value).toBe(`${source.iri}#quote-2`);
  });

  it('tells entity ids from local ids in ref()', () => {
    expect(iris.ref(EntityId.parse('org/brics')).value).toBe('https://example.org/news/entity/org/brics');
    expect(iris.ref(LocalId.parse('event-1')).value).toBe(`${source.iri}#event-1`);
  });

  it('mints NIF context and phrase IRIs with RFC 5147 char offsets', () => {
    expect(iris.context(4063).value).toBe(`${source.iri}#char=0,4063`);
    expect(iris.phrase(12, 20).value).toBe(`${source.iri}#char=12,20`);
  });

  it('gives the same person the same IRI in two articles', () => {
    const other = mintIris({ iri: 'https://example.org/news/article/a-2', base: source.base });
    const id = EntityId.parse('wd/Q15031');
    expect(other.entity(id).equals(iris.entity(id))).toBe(true);
  });

  it('adds the slash a base without one needs', () => {
    const noSlash = mintIris({ iri: 'https://example.org/a', base: 'https://example.org/kb' });
    expect(noSlash.entity(EntityId.parse('wd/Q1')).value).toBe('https://example.org/kb/entity/wd/Q1');
    const hash = mintIris({ iri: 'https://example.org/a', base: 'https://example.org/kb#' });
    expect(hash.entity(EntityId.parse('wd/Q1')).value).toBe('https://example.org/kb#entity/wd/Q1');
  });
});

describe('graphPrefixes', () => {
  it('abbreviates local things and each kind of entity id', () => {
    expect(graphPrefixes(source)).toEqual({
      art: `${source.iri}#`,
      ent: 'https://example.org/news/entity/wd/',
      person: 'https://example.org/news/entity/person/',
      organization: 'https://example.org/news/entity/org/',
      country: 'https://example.org/news/entity/country/',
      city: 'https://example.org/news/entity/city/',
      region: 'https://example.org/news/entity/region/',
      place: 'https://example.org/news/entity/place/',
    });
  });
});
