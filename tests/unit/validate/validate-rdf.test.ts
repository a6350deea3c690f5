import { DataFactory } from 'n3';
import type { Quad } from '@rdfjs/types';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildGraph } from '../../../src/graph/build-graph.js';
import { graphPrefixes, mintIris } from '../../../src/graph/iri.js';
import { LocalId } from '../../../src/model/ids.js';
import { writeJsonLd } from '../../../src/serialize/jsonld.js';
import { writeNQuads, writeTrig, writeTurtle } from '../../../src/serialize/rdf-writers.js';
import { validateRdf } from '../../../src/validate/validate-rdf.js';
import { nif, schema, xsd } from '../../../src/vocab/index.js';
import { sampleArticle } from '../../helpers/sample-article.js';

const article = sampleArticle();
const iris = mintIris(article);
const quads = buildGraph(article);
const ttl = (qs: readonly Quad[]) => writeTurtle(qs, { prefixes: graphPrefixes(article) });
const errorsOf = async (qs: readonly Quad[]) => (await validateRdf(ttl(qs), 'turtle', 'x.ttl')).filter((p) => p.severity === 'error');
const local = (id: string) => iris.local(LocalId.parse(id));
const without = (test: (q: Quad) => boolean) => quads.filter((q) => !test(q));
const replacing = (test: (q: Quad) => boolean, object: Quad['object']) =>
  quads.map((q) => (test(q) ? DataFactory.quad(q.subject, q.predicate, object) : q));

describe('validateRdf', () => {
  beforeAll(async () => {
    await validateRdf('', 'turtle', 'warm-up.ttl'); // loads the shapes once
  });

  it.each(['turtle', 'trig', 'nquads', 'jsonld'] as const)('accepts the graph stage\'s output as %s', async (format) => {
    const text = {
      turtle: () => ttl(quads),
      trig: () => writeTrig(quads, article.iri),
      nquads: () => writeNQuads(quads, article.iri),
      jsonld: () => writeJsonLd(quads),
    }[format]();
    expect(await validateRdf(text, format, `x.${format}`)).toEqual([]);
  });

  it('reports a Turtle syntax error with its line', async () => {
    const broken = `${ttl(quads)}\n<https://example.org/a> schema:name "unclosed .\n`;
    const [problem, ...rest] = await validateRdf(broken, 'turtle', 'x.ttl');
    expect(rest).toEqual([]);
    expect(problem?.line).toBeGreaterThan(10);
    expect(problem?.place).toBe(`line ${problem?.line}`);
    expect(problem?.message).toMatch(/^cannot parse as Turtle: /);
  });

  it('reports JSON-LD that is not JSON, and a foreign context it will not fetch', async () => {
    const [syntax] = await validateRdf('{"@graph": [}', 'jsonld', 'x.jsonld');
    expect(syntax).toMatchObject({ line: 1, column: 13 });
    const [remote] = await validateRdf('{"@context": "https://example.org/ctx", "name": "x"}', 'jsonld', 'x.jsonld');
    expect(remote?.message).toMatch(/^cannot read as JSON-LD: /);
  });

  it('reports JSON-LD terms that would be dropped (safe mode)', async () => {
    const doc = { '@context': { '@vocab': null }, '@id': 'https://example.org/a', unknownTerm: 'x' };
    const [problem] = await validateRdf(JSON.stringify(doc), 'jsonld', 'x.jsonld');
    expect(problem?.message).toMatch(/^cannot read as JSON-LD: /);
  });

  it('rejects a Quotation without text', async () => {
    const problems = await errorsOf(without((q) => q.subject.equals(local('quote-1')) && q.predicate.equals(schema.text)));
    expect(problems).toHaveLength(1);
    expect(problems[0]?.place).toBe(`<${local('quote-1').value}> schema:text`);
    expect(problems[0]?.message).toContain('exactly one schema:text');
  });

  it('warns, without an error, about a Quotation whose speaker is unknown', async () => {
    const problems = await validateRdf(ttl(without((q) => q.subject.equals(local('quote-1')) && q.predicate.equals(schema.creator))), 'turtle', 'x.ttl');
    expect(problems.map((p) => p.severity)).toEqual(['warning']);
  });

  it('rejects a phrase whose begin is not before its end', async () => {
    const phrase = quads.find((q) => q.predicate.equals(nif.anchorOf) && q.object.value === 'Нарендра Моди')!.subject;
    const isBegin = (q: Quad) => q.subject.equals(phrase) && q.predicate.equals(nif.beginIndex);
    const problems = await errorsOf(replacing(isBegin, DataFactory.literal('900', xsd.nonNegativeInteger)));
    expect(problems.map((p) => p.message)).toEqual(
      expect.arrayContaining([expect.stringContaining('must be less than its nif:endIndex'), expect.stringContaining('lie outside')]),
    );
  });

  it('rejects an anchor that the offsets do not slice from the text', async () => {
    const isAnchor = (q: Quad) => q.predicate.equals(nif.anchorOf) && q.object.value === 'Нарендра Моди';
    const problems = await errorsOf(replacing(isAnchor, DataFactory.literal('Нарендра Мод')));
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toContain('differs from the text');
  });

  it('rejects a MonetaryAmount without currency, a value that is no decimal, a too long headline, an untyped date', async () => {
    const money = local('figure-1');
    let broken = without((q) => q.subject.equals(money) && q.predicate.equals(schema.currency));
    broken = broken.map((q) => (q.subject.equals(money) && q.predicate.equals(schema.value) ? DataFactory.quad(money, schema.value, DataFactory.literal('5,3 млн')) : q));
    broken = broken.map((q) => (q.predicate.equals(schema.headline) ? DataFactory.quad(q.subject, q.predicate, DataFactory.literal('х'.repeat(111), 'ru')) : q));
    broken = broken.map((q) => (q.predicate.equals(schema.startDate) && q.subject.equals(local('event-1')) ? DataFactory.quad(q.subject, q.predicate, DataFactory.literal('12 марта')) : q));
    const messages = (await errorsOf(broken)).map((p) => p.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringContaining('needs exactly one schema:currency'),
        expect.stringContaining('schema:value must be one number'),
        expect.stringContaining('headline of 1 to 110 characters'),
        expect.stringContaining('schema:startDate must be one literal with an XSD date datatype'),
      ]),
    );
  });

  it('rejects a sameAs written as a string and a phrase that mentions nothing', async () => {
    const isSameAs = (q: Quad) => q.predicate.equals(schema.sameAs) && q.object.value.endsWith('Q1058');
    let broken = replacing(isSameAs, DataFactory.literal('http://www.wikidata.org/entity/Q1058'));
    const phrase = quads.find((q) => q.predicate.equals(nif.anchorOf) && q.object.value === 'Дели')!.subject;
    broken = broken.filter((q) => !(q.subject.equals(phrase) && q.predicate.value.endsWith('taIdentRef')));
    const messages = (await errorsOf(broken)).map((p) => p.message);
    expect(messages).toEqual(
      expect.arrayContaining([expect.stringContaining('sameAs must be an IRI'), expect.stringContaining('must say what it mentions')]),
    );
  });
});
