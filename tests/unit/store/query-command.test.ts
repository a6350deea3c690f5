import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../../src/cli/main.js';
import { buildGraph } from '../../../src/graph/build-graph.js';
import { mintIris } from '../../../src/graph/iri.js';
import type { SparqlJsonResults } from '../../../src/store/sparql-json.js';
import { PROJECT_ROOT } from '../../helpers/shared.js';
import { fixtureArticles, writeFixtureExports } from './fixture-exports.js';

const articles = fixtureArticles();
const query = (name: string) => `@${join(PROJECT_ROOT, 'queries', name)}`;
let dir = '';
let trigDir = '';
let turtleDir = '';

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await run(argv, { stdout: (t) => void (out += t), stderr: (t) => void (err += t) });
  return { code, out, err };
}

/** The query's solutions as plain rows (variable → value). */
async function rows(queryArg: string, data = trigDir): Promise<Record<string, string>[]> {
  const { code, out, err } = await cli('query', queryArg, '--data', data, '--format', 'json');
  expect(code, err).toBe(0);
  const json = JSON.parse(out) as SparqlJsonResults;
  return (json.results?.bindings ?? []).map((b) => Object.fromEntries(Object.entries(b).map(([k, v]) => [k, v.value])));
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'newsgraph-query-'));
  trigDir = join(dir, 'trig');
  turtleDir = join(dir, 'ttl');
  writeFixtureExports(trigDir, ['trig', 'nq']);
  writeFixtureExports(turtleDir, ['ttl']);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the example queries in queries/', () => {
  it('quoted-most.rq counts direct quotes per speaker, most first', async () => {
    const want = new Map<string, number>();
    for (const a of articles) {
      for (const q of a.quotes.filter((q) => q.kind === 'direct' && q.speaker)) {
        const speaker = a.entities.find((e) => e.id === q.speaker);
        const key = speaker?.wikidata ? `http://www.wikidata.org/entity/${speaker.wikidata}` : mintIris(a).entity(q.speaker!).value;
        want.set(key, (want.get(key) ?? 0) + 1);
      }
    }
    const got = await rows(query('quoted-most.rq'));
    expect(new Map(got.map((r) => [r['speaker'], Number(r['quotes'])]))).toEqual(want);
    expect(got.map((r) => Number(r['quotes']))).toEqual([...want.values()].sort((a, b) => b - a));
    expect(got[0]?.['name']).toMatch(/^[А-ЯЁ]/);
  });

  it('quotes-by-person.rq finds every quote of Q7747, direct and reported', async () => {
    const want = articles.flatMap((a) => a.quotes.filter((q) => a.entities.find((e) => e.id === q.speaker)?.wikidata === 'Q7747').map((q) => q.text));
    const got = await rows(query('quotes-by-person.rq'));
    expect(got.map((r) => r['text']).sort()).toEqual([...want].sort());
    expect(new Set(got.map((r) => r['kind']))).toEqual(new Set(['direct', 'reported']));
  });

  it('events-by-date.rq lists every event, dated ones in date order', async () => {
    const got = await rows(query('events-by-date.rq'));
    expect(got.map((r) => r['name']).sort()).toEqual(articles.flatMap((a) => a.events.map((e) => e.name)).sort());
    const dated = got.map((r) => r['start']).filter((d): d is string => d !== undefined && !d.startsWith('--'));
    expect(dated).toEqual([...dated].sort());
    expect(got.findIndex((r) => r['start'] === undefined)).toBeGreaterThan(got.findLastIndex((r) => r['start'] !== undefined));
  });

  it('articles-mentioning.rq finds the articles that mention Q148', async () => {
    const want = articles.filter((a) => a.entities.some((e) => e.wikidata === 'Q148')).map((a) => a.iri);
    expect(want.length).toBeGreaterThan(0);
    expect((await rows(query('articles-mentioning.rq'))).map((r) => r['article'])).toEqual(want);
  });

  it('figures-by-currency.rq lists the money figures by currency, by value', async () => {
    const want = articles.flatMap((a) => a.figures.filter((f) => f.kind === 'MonetaryAmount' && f.currency).map((f) => `${f.currency} ${f.value}`));
    const got = await rows(query('figures-by-currency.rq'));
    expect(got.map((r) => `${r['currency']} ${Number(r['value'])}`).sort()).toEqual(want.sort());
  });

  it.each([
    ['TriG and N-Quads', () => trigDir],
    ['Turtle (graph named after the article)', () => turtleDir],
  ])('triples-per-article.rq counts each article graph from %s', async (_, data) => {
    const want = articles.map((a) => ({ graph: a.iri, triples: String(buildGraph(a).length) })).sort((x, y) => x.graph.localeCompare(y.graph));
    expect(await rows(query('triples-per-article.rq'), data())).toEqual(want);
  });
});

describe('newsgraph query output', () => {
  const who = 'PREFIX schema: <http://schema.org/> SELECT ?name WHERE { ?q a schema:Quotation ; schema:creator/schema:name ?name } GROUP BY ?name ORDER BY ?name';

  it('prints an aligned table by default', async () => {
    const { code, out } = await cli('query', query('quoted-most.rq'), '--data', trigDir);
    expect(code).toBe(0);
    const lines = out.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^speaker +\| name +\| quotes \| articles$/);
    const bars = lines.slice(0, -1).map((l) => [...l].findIndex((c) => c === '|' || c === '+'));
    expect(new Set(bars).size).toBe(1);
    expect(lines.at(-1)).toMatch(/^\(\d+ rows?\)$/);
  });

  it('prints CSV with a header and CRLF line ends', async () => {
    const { out } = await cli('query', who, '--data', trigDir, '--format', 'csv');
    expect(out.startsWith('name\r\n')).toBe(true);
    expect(out).toContain('Владимир Путин\r\n');
  });

  it('answers ASK as true/false and as SPARQL JSON', async () => {
    expect((await cli('query', 'ASK { ?s a <http://schema.org/Quotation> }', '--data', trigDir)).out).toBe('true\n');
    expect(JSON.parse((await cli('query', 'ASK { ?s a <http://schema.org/Nothing> }', '--data', trigDir, '-f', 'json')).out)).toEqual({ head: {}, boolean: false });
  });

  it('answers CONSTRUCT with Turtle (prefixed) or N-Triples', async () => {
    const construct = 'PREFIX schema: <http://schema.org/> CONSTRUCT { ?e schema:name ?n } WHERE { ?e schema:sameAs <http://www.wikidata.org/entity/Q7747> ; schema:name ?n }';
    const ttl = await cli('query', construct, '--data', trigDir);
    expect(ttl.out).toContain('@prefix schema: <http://schema.org/>.');
    expect(ttl.out).toContain('schema:name "Владимир Путин"@ru');
    const nt = await cli('query', construct, '--data', trigDir, '-f', 'nt');
    expect(nt.out).toMatch(/^<[^>]+> <http:\/\/schema\.org\/name> "Владимир Путин"@ru \.$/m);
  });
});

describe('newsgraph query errors', () => {
  it('reports a syntax error with its line and column in one line, exit 2, before reading data', async () => {
    const { code, err } = await cli('query', 'SELECT ?s WHERE {\n  ?s ?p }', '--data', join(dir, 'missing'));
    expect(code).toBe(2);
    expect(err).toMatch(/^newsgraph: SPARQL syntax error at line 2, column \d+: .+\n$/);
  });

  it('names the .rq file of a syntax error', async () => {
    const file = join(dir, 'broken.rq');
    writeFileSync(file, 'SELECT * WHERE { ?s ?p ?o');
    const { code, err } = await cli('query', `@${file}`, '--data', trigDir);
    expect(code).toBe(2);
    expect(err).toContain(`${file}: SPARQL syntax error at line 1`);
  });

  it('exits 3 when there is no data or no query file', async () => {
    expect((await cli('query', 'SELECT * WHERE { ?s ?p ?o }', '--data', join(dir, 'missing'))).code).toBe(3);
    expect((await cli('query', `@${join(dir, 'missing.rq')}`, '--data', trigDir)).code).toBe(3);
  });

  it('refuses updates and result formats that do not fit, exit 2', async () => {
    expect((await cli('query', 'INSERT DATA { <http://x/a> <http://x/b> <http://x/c> }', '--data', trigDir)).code).toBe(2);
    expect((await cli('query', 'SELECT * WHERE { ?s ?p ?o } LIMIT 1', '--data', trigDir, '-f', 'nt')).code).toBe(2);
    expect((await cli('query', 'SELECT * WHERE { ?s ?p ?o } LIMIT 1', '--data', trigDir, '-f', 'xml')).code).toBe(2);
  });
});

/**
 * The committed export (npm start): every example query runs over it, as the README shows. What it
 * finds depends on the extraction; the answers themselves are checked above on the fixture models.
 */
const OUTPUT = join(PROJECT_ROOT, 'output');
const hasOutput = existsSync(OUTPUT) && readdirSync(OUTPUT).some((f) => /\.(nq|trig|ttl)$/.test(f));
const exampleQueries = readdirSync(join(PROJECT_ROOT, 'queries')).filter((f) => f.endsWith('.rq')).sort();

describe.skipIf(!hasOutput)('every example query over output/', () => {
  it.each(exampleQueries)('%s answers', async (name) => {
    const { code, out, err } = await cli('query', query(name), '--data', OUTPUT, '--format', 'json');
    expect(code, err).toBe(0);
    expect(JSON.parse(out)).toHaveProperty('results.bindings');
  });
});
