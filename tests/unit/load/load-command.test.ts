import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Parser } from 'n3';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../../src/cli/main.js';
import { buildGraph } from '../../../src/graph/build-graph.js';
import { fixtureArticles, writeFixtureExports } from '../store/fixture-exports.js';
import { startGraphStoreDouble, type DoubleOptions, type GraphStoreDouble } from './test-graph-store.js';

const articles = fixtureArticles();
const sizes = new Map(articles.map((a) => [a.iri, buildGraph(a).length]));
let dir = '';
let store: GraphStoreDouble | undefined;

async function cli(...argv: string[]): Promise<{ code: number; err: string }> {
  let err = '';
  const code = await run(argv, { stdout: () => undefined, stderr: (t) => void (err += t) });
  return { code, err };
}

async function serve(options: DoubleOptions = {}): Promise<GraphStoreDouble> {
  store = await startGraphStoreDouble(options);
  return store;
}

const fast = ['--retries', '2', '--retry-delay', '1'];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'newsgraph-load-'));
  writeFixtureExports(join(dir, 'trig'), ['trig']);
  writeFixtureExports(join(dir, 'ttl'), ['ttl']);
});
afterEach(async () => {
  await store?.close();
  store = undefined;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('newsgraph load over the Graph Store Protocol', () => {
  it('PUTs each article graph as Turtle with Digest auth; a second run replaces, never adds', async () => {
    const s = await serve({ auth: 'digest', user: 'dba', password: 'секрет' });
    const load = () => cli('load', join(dir, 'trig'), '--endpoint', s.url, '--user', 'dba', '--password', 'секрет');
    const first = await load();
    expect(first.code, first.err).toBe(0);
    expect(first.err).toMatch(/^newsgraph: loaded 2 graphs \(\d+ triples\) into http:\/\/127\.0\.0\.1:\d+\/store \(Graph Store Protocol\) in \d+\.\d s\n$/);
    for (const [graph, body] of s.graphs) expect(new Parser({ format: 'Turtle' }).parse(body)).toHaveLength(sizes.get(graph)!);
    const puts = s.requests.filter((r) => r.status !== 401);
    expect(puts.every((r) => r.method === 'PUT' && r.contentType === 'text/turtle; charset=utf-8' && r.authorization?.startsWith('Digest '))).toBe(true);
    expect(puts.map((r) => new URL(r.url, s.url).searchParams.get('graph')).sort()).toEqual([...sizes.keys()].sort());
    expect(s.requests.filter((r) => r.status === 401)).toHaveLength(1); // later requests reuse the nonce
    expect((await load()).code).toBe(0);
    expect(s.graphs.size).toBe(2);
    expect(s.requests.at(-1)?.status).toBe(204);
  });

  it('answers Basic auth, also from user:password in the URL', async () => {
    const s = await serve({ auth: 'basic', user: 'admin', password: 'p@ss' });
    const url = s.url.replace('http://', 'http://admin:p%40ss@');
    expect((await cli('load', join(dir, 'trig'), '--endpoint', url)).code).toBe(0);
    expect(s.graphs.size).toBe(2);
  });

  it('names a Turtle file’s graph after its schema:NewsArticle', async () => {
    const s = await serve();
    expect((await cli('load', join(dir, 'ttl'), '--endpoint', s.url)).code).toBe(0);
    expect([...s.graphs.keys()].sort()).toEqual([...sizes.keys()].sort());
  });

  it('retries a 503 and then loads', async () => {
    const s = await serve({ auth: 'digest', user: 'u', password: 'p', unavailableFirst: 1 });
    const { code, err } = await cli('load', join(dir, 'trig'), '--endpoint', s.url, '-u', 'u', '-p', 'p', ...fast);
    expect(code, err).toBe(0);
    expect(err).toContain('newsgraph: HTTP 503 Service Unavailable: Service Unavailable: try later; trying again in 0.0 s');
    expect(s.graphs.size).toBe(2);
  });

  it('reports a 400 with the server’s first line, goes on with the other graphs, exits 6 listing them', async () => {
    const s = await serve({ refuse: { status: 400, body: 'Virtuoso 37000 Error SP029: TURTLE RDF loader, line 2: syntax error\nat line 2' } });
    const { code, err } = await cli('load', join(dir, 'trig'), '--endpoint', s.url, ...fast);
    expect(code).toBe(6);
    expect(s.requests).toHaveLength(2);
    expect(err).toContain('loaded 0 graphs (0 triples)');
    expect(err).toContain('2 failed');
    for (const graph of sizes.keys()) {
      expect(err).toContain(`  failed: <${graph}> from ${join(dir, 'trig')}`);
    }
    expect(err).toContain(': HTTP 400 Bad Request: Virtuoso 37000 Error SP029: TURTLE RDF loader, line 2: syntax error');
    expect(err).not.toContain('at line 2\n');
  });

  it('says to check the credentials when they are refused', async () => {
    const s = await serve({ auth: 'digest', user: 'dba', password: 'dba' });
    const { code, err } = await cli('load', join(dir, 'trig'), '--endpoint', s.url, '-u', 'dba', '-p', 'wrong', ...fast);
    expect(code).toBe(6);
    expect(err).toContain('HTTP 401 Unauthorized (check --user and --password');
  });

  it('exits 6 when nothing listens, and says a rerun loses nothing', async () => {
    const s = await serve();
    await s.close();
    store = undefined;
    const { code, err } = await cli('load', join(dir, 'trig'), '--endpoint', s.url, ...fast);
    expect(code).toBe(6);
    expect(err).toMatch(/cannot connect: .*ECONNREFUSED.*\(after 3 attempts\)/);
    expect(err).toContain('not sent: the server could not be reached');
    expect(err).toContain('run the same command again');
  });
});

describe('newsgraph load over SPARQL Update', () => {
  it('POSTs DROP SILENT GRAPH + INSERT DATA with the triples as N-Triples', async () => {
    const s = await serve({ auth: 'digest', user: 'dba', password: 'dba' });
    const { code, err } = await cli('load', join(dir, 'trig'), '--protocol', 'update', '--endpoint', s.url, '-u', 'dba', '-p', 'dba');
    expect(code, err).toBe(0);
    expect(err).toContain('(SPARQL Update)');
    for (const [graph, update] of s.graphs) {
      expect(update.startsWith(`DROP SILENT GRAPH <${graph}> ;\nINSERT DATA { GRAPH <${graph}> {\n`)).toBe(true);
      const data = update.slice(update.indexOf('{\n', update.indexOf('GRAPH <', 30)) + 2, update.lastIndexOf('} }'));
      expect(new Parser({ format: 'N-Triples' }).parse(data)).toHaveLength(sizes.get(graph)!);
    }
    expect(s.requests.filter((r) => r.status !== 401).every((r) => r.method === 'POST' && r.contentType === 'application/sparql-update; charset=utf-8')).toBe(true);
  });
});

describe('newsgraph load input errors', () => {
  it('exits 3 for a Turtle file that describes no article, and for a missing path', async () => {
    const s = await serve();
    const file = join(dir, 'no-article.ttl');
    writeFileSync(file, '<http://x/a> <http://x/b> "c" .\n');
    const { code, err } = await cli('load', file, '--endpoint', s.url);
    expect(code).toBe(3);
    expect(err).toContain('cannot tell which named graph its triples belong to: no schema:NewsArticle');
    expect((await cli('load', join(dir, 'missing'), '--endpoint', s.url)).code).toBe(3);
    expect(s.requests).toHaveLength(0);
  });

  it('exits 2 for a bad endpoint or number', async () => {
    expect((await cli('load', join(dir, 'trig'), '--endpoint', 'ftp://x/')).code).toBe(2);
    expect((await cli('load', join(dir, 'trig'), '--endpoint', 'http://127.0.0.1:9/', '--retries', '-1')).code).toBe(2);
    expect((await cli('load', join(dir, 'trig'))).code).toBe(2);
  });
});
