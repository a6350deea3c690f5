import { DataFactory, Writer } from 'n3';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../src/graph/build-graph.js';
import { graphPrefixes } from '../../../src/graph/iri.js';
import { prefixesFor } from '../../../src/serialize/prefixes.js';
import { writeNQuads, writeTrig, writeTurtle } from '../../../src/serialize/rdf-writers.js';
import { schema } from '../../../src/vocab/schema.js';
import { canonicalOfQuads, parseRdfText } from '../../helpers/rdf.js';
import { sampleArticle } from '../../helpers/sample-article.js';

const article = sampleArticle();
const quads = buildGraph(article);

describe('writeTurtle', () => {
  it('writes Turtle that parses back to the same graph', async () => {
    const ttl = writeTurtle(quads, { prefixes: graphPrefixes(article) });
    expect(await canonicalOfQuads(parseRdfText(ttl))).toBe(await canonicalOfQuads(quads));
  });

  it('is byte-identical run to run', () => {
    const options = { prefixes: graphPrefixes(article) };
    expect(writeTurtle(buildGraph(sampleArticle()), options)).toBe(writeTurtle(quads, options));
  });

  it('declares only the prefixes it uses and abbreviates with them', () => {
    const ttl = writeTurtle(quads, { prefixes: graphPrefixes(article) });
    expect(ttl).toContain('@prefix schema: <http://schema.org/>.');
    expect(ttl).toContain('@prefix art: <https://example.org/news/article/sample-1#>.');
    expect(ttl).not.toContain('@prefix country:'); // no country/<slug> ids in the sample
    expect(ttl).toContain('art:quote-1 a schema:Quotation');
    expect(ttl).toContain('schema:sameAs wd:Q1058');
    expect(ttl).toContain('"5300000"^^xsd:decimal');
  });

  it('escapes what Turtle must escape', async () => {
    const s = DataFactory.namedNode('https://example.org/x');
    const tricky = 'кавычки " \\ и\nперевод строки\t😀';
    const ttl = writeTurtle([DataFactory.quad(s, schema.text, DataFactory.literal(tricky, 'ru'))]);
    expect(ttl).toContain('\\"');
    expect(parseRdfText(ttl)[0]?.object.value).toBe(tricky);
  });

  it('writes an empty graph as an empty document', () => {
    expect(writeTurtle([])).toBe('');
  });

  it("writes every kind of IRI as n3's own writer does (its prefix matcher is replaced)", () => {
    const prefixes = { ex: 'https://example.org/', exa: 'https://example.org/a/', b: 'https://example.org/a/b#', schema: 'http://schema.org/' };
    const iris = [
      'https://example.org/a/b#c', // the first namespace leaves a/b#c, no local part: the next one is used
      'https://example.org/a/x-1', 'https://example.org/x.y', 'https://example.org/x.', 'https://example.org/', 'https://example.org/a/',
      'https://example.org/путь', 'https://example.org/a%20b', 'https://other.org/x', 'https://example.org/a/b#', 'https://example.org/_x',
      'schema:name', 'schema:na/me', 'exa:thing', 'urn:x', 'https://example.org/q"uote', 'https://example.org/tab\tx', 'http://schema.org/Person',
    ];
    const subject = DataFactory.namedNode('https://example.org/s');
    const quads = iris.flatMap((iri) => [
      DataFactory.quad(subject, DataFactory.namedNode(iri), DataFactory.namedNode(iri)),
      DataFactory.quad(DataFactory.namedNode(iri), schema.name, DataFactory.literal('x', DataFactory.namedNode(iri))),
    ]);
    let expected = '';
    const n3 = new Writer({ format: 'Turtle', prefixes: { ...prefixesFor(quads, prefixes) } });
    n3.addQuads(quads);
    n3.end((_e, out: string) => (expected = out));
    expect(expected).toContain('exa:x-1');
    expect(writeTurtle(quads, { prefixes })).toBe(expected);
  });
});

describe('writeTrig', () => {
  it('puts every quad in the named graph of the article', () => {
    const trig = writeTrig(quads, article.iri, { prefixes: graphPrefixes(article) });
    const parsed = parseRdfText(trig, 'TriG');
    expect(parsed).toHaveLength(quads.length);
    expect(new Set(parsed.map((q) => q.graph.value))).toEqual(new Set([article.iri]));
  });
});

describe('writeNQuads', () => {
  it('writes the default graph when no graph IRI is given', () => {
    const nq = writeNQuads(quads);
    const parsed = parseRdfText(nq, 'N-Quads');
    expect(parsed).toHaveLength(quads.length);
    expect(parsed.every((q) => q.graph.termType === 'DefaultGraph')).toBe(true);
    expect(nq.split('\n').filter(Boolean)).toHaveLength(quads.length);
  });

  it('writes one named graph when given', () => {
    const parsed = parseRdfText(writeNQuads(quads, article.iri), 'N-Quads');
    expect(parsed.every((q) => q.graph.value === article.iri)).toBe(true);
  });
});
