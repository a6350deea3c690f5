import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataFactory } from 'n3';
import type { Quad } from '@rdfjs/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildGraph } from '../src/graph/build-graph.js';
import { graphPrefixes } from '../src/graph/iri.js';
import type { Article } from '../src/model/article.js';
import { writeHtml } from '../src/serialize/html.js';
import { writeJsonLd } from '../src/serialize/jsonld.js';
import { writeTurtle } from '../src/serialize/rdf-writers.js';
import { validateRdf } from '../src/validate/validate-rdf.js';
import { nif, rdf, schema, xsd } from '../src/vocab/index.js';
import { fixtureNames, fixturePath, loadFixtureModel, readFixture } from './helpers/fixtures.js';
import { canonicalOfJsonLd, canonicalOfQuads, diffCanonical, parseRdfText } from './helpers/rdf.js';
import { hasShared, itShared, PROJECT_ROOT, sharedPath } from './helpers/shared.js';

/**
 * Each tests/fixtures/<case>/ holds article.txt, a hand-made model.json and the golden graph.ttl
 * and graph.jsonld rendered from it. Goldens change only through `vitest -u`, diff reviewed.
 */
describe.each(fixtureNames())('fixture %s', (name) => {
  let article: Article;
  let quads: Quad[];
  let turtle: string;
  let jsonLd: string;
  let scratch: string;

  beforeAll(() => {
    article = loadFixtureModel(name);
    quads = buildGraph(article);
    turtle = writeTurtle(quads, { prefixes: graphPrefixes(article) });
    jsonLd = writeJsonLd(quads);
    scratch = mkdtempSync(join(tmpdir(), `newsgraph-golden-${name}-`));
  });
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('has a model over exactly the article text', () => {
    expect(article.text).toBe(readFixture(name, 'article.txt').replace(/^\uFEFF/, ''));
  });

  it('renders the golden Turtle, byte for byte, and the same bytes on a second run', async () => {
    await expect(turtle).toMatchFileSnapshot(fixturePath(name, 'graph.ttl'));
    expect(writeTurtle(buildGraph(loadFixtureModel(name)), { prefixes: graphPrefixes(article) })).toBe(turtle);
  });

  it('builds a graph isomorphic to the golden Turtle', async () => {
    const golden = await canonicalOfQuads(parseRdfText(readFixture(name, 'graph.ttl')));
    expect(diffCanonical(await canonicalOfQuads(quads), golden)).toEqual({ onlyA: [], onlyB: [] });
  });

  it('renders the golden JSON-LD, which canonicalizes to the same graph as the Turtle', async () => {
    await expect(jsonLd).toMatchFileSnapshot(fixturePath(name, 'graph.jsonld'));
    const fromJson = await canonicalOfJsonLd(JSON.parse(readFixture(name, 'graph.jsonld')));
    const fromTurtle = await canonicalOfQuads(parseRdfText(readFixture(name, 'graph.ttl')));
    expect(diffCanonical(fromJson, fromTurtle)).toEqual({ onlyA: [], onlyB: [] });
  });

  it('passes the SHACL shapes and the NIF offset check, as Turtle and as JSON-LD', async () => {
    expect(await validateRdf(turtle, 'turtle', 'graph.ttl')).toEqual([]);
    expect(await validateRdf(jsonLd, 'jsonld', 'graph.jsonld')).toEqual([]);
  });

  it('fails the shapes once broken: a Quotation without text, a phrase with begin after end', async () => {
    const quote = quads.find((q) => q.predicate.equals(rdf.type) && q.object.equals(schema.Quotation))!.subject;
    const phrase = quads.find((q) => q.predicate.equals(rdf.type) && q.object.equals(nif.Phrase))!.subject;
    const broken = quads
      .filter((q) => !(q.subject.equals(quote) && q.predicate.equals(schema.text)))
      .map((q) =>
        q.subject.equals(phrase) && q.predicate.equals(nif.beginIndex)
          ? DataFactory.quad(phrase, nif.beginIndex, DataFactory.literal('999999', xsd.nonNegativeInteger))
          : q,
      );
    const places = (await validateRdf(writeTurtle(broken), 'turtle', 'broken.ttl')).map((p) => p.place);
    expect(places).toEqual(expect.arrayContaining([`<${quote.value}> schema:text`, `<${phrase.value}> nif:beginIndex`, `<${phrase.value}>`]));
  });

  it('embeds its web JSON-LD in HTML so that no text can end the script element', () => {
    const html = writeHtml(quads);
    const scripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gi)];
    expect(html.match(/<\/script>/gi)).toHaveLength(scripts.length); // every script element ends where it should
    const script = /<script type="application\/ld\+json">\n([\s\S]*?)\n<\/script>/.exec(html)?.[1] ?? '';
    expect(script).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(script)['@type']).toBe('NewsArticle');
  });

  itShared('means the same graph as JSON-LD and as Turtle, by the shared same-graph tool', ['tools/same-graph.mjs'], () => {
    const ttlFile = join(scratch, 'graph.ttl');
    const jsonFile = join(scratch, 'graph.jsonld');
    writeFileSync(ttlFile, turtle);
    writeFileSync(jsonFile, jsonLd);
    const run = spawnSync(process.execPath, [sharedPath('tools/same-graph.mjs'), jsonFile, ttlFile], { cwd: PROJECT_ROOT, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout.trim().split('\n').pop() ?? '{}')).toMatchObject({ same: true });
    expect(run.status).toBe(0);
  });

  const gold = `gold/${name}.gold.json`;
  if (name === 'seed' || hasShared(gold)) {
    itShared('passes every required line of the independent judge', ['tools/judge.mjs', gold], () => {
      const ttlFile = join(scratch, `${article.source.replace(/\.txt$/, '')}.ttl`);
      writeFileSync(ttlFile, turtle);
      const run = spawnSync(process.execPath, [sharedPath('tools/judge.mjs'), name, '--gold', sharedPath(gold), '--ttl', ttlFile], {
        cwd: PROJECT_ROOT,
        encoding: 'utf8',
      });
      const missed = run.stdout.split('\n').filter((line) => line.startsWith('MISS'));
      expect(missed).toEqual([]);
      expect(run.status).toBe(0);
    });
  }
});
