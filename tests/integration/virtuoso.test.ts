import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { buildGraph } from '../../src/graph/build-graph.js';
import { mintIris } from '../../src/graph/iri.js';
import type { Article } from '../../src/model/article.js';
import { fixtureArticles, writeFixtureExports } from '../unit/store/fixture-exports.js';
import { expectedQuotes, quotesQuery, readQuotes, tripleCount } from './virtuoso-checks.js';
import { findVirtuoso, startVirtuoso, type VirtuosoServer } from './virtuoso-server.js';

/**
 * Against a real Virtuoso Open Source (Debian's virtuoso-opensource, binary virtuoso-t), started
 * here on 127.0.0.1 with its own virtuoso.ini and stopped by its pid. Runs under
 * `npm run test:integration` (which sets NEWSGRAPH_INTEGRATION=1). In CI a missing or failing
 * server fails the test; on a developer machine without virtuoso-t it is skipped with a message.
 */
const selected = process.env.NEWSGRAPH_INTEGRATION === '1';
const binary = findVirtuoso();
const required = Boolean(process.env.CI);

if (selected && !binary && !required) {
  console.warn('virtuoso.test.ts: skipped, no virtuoso-t on this machine (apt-get install virtuoso-opensource to run it)');
}

describe.skipIf(!selected || (!binary && !required))('newsgraph load into Virtuoso', () => {
  let server: VirtuosoServer | undefined;
  let dir = '';
  const articles: Article[] = fixtureArticles();
  const graphs = articles.map((a) => a.iri);
  const expectedTriples = articles.reduce((n, a) => n + new Set(buildGraph(a).map((q) => `${q.subject.value} ${q.predicate.value} ${q.object.termType}:${q.object.value}`)).size, 0);
  const stderr: string[] = [];
  const io = { stdout: () => undefined, stderr: (t: string) => void stderr.push(t) };
  const crud = () => `${server?.httpUrl}/sparql-graph-crud-auth`;
  const load = (...extra: string[]) => run(['load', dir, '--endpoint', crud(), '--user', 'dba', '--password', 'dba', ...extra], io);

  beforeAll(async () => {
    if (!binary) throw new Error('virtuoso-t is not installed (CI must install virtuoso-opensource: see .ci/run)');
    dir = mkdtempSync(join(tmpdir(), 'newsgraph-load-'));
    // The seed in three formats (the folder gives one file per article: .trig) and the sample as Turtle only.
    writeFixtureExports(dir, ['trig', 'nq', 'ttl'], articles.slice(0, 1));
    writeFixtureExports(dir, ['ttl'], articles.slice(1));
    server = await startVirtuoso(binary);
  });

  afterAll(async () => {
    await server?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('loads every article graph over the Graph Store Protocol with Digest auth', async () => {
    const started = performance.now();
    expect(await load(), stderr.join('')).toBe(0);
    console.info(`virtuoso: first load ${Math.round(performance.now() - started)} ms; ${stderr.join('').trim()}`);
    expect(await tripleCount(server!, graphs)).toBe(expectedTriples);
  });

  it('leaves the triple count unchanged when the same folder is loaded again', async () => {
    expect(await load(), stderr.join('')).toBe(0);
    expect(await tripleCount(server!, graphs)).toBe(expectedTriples);
  });

  it('gives the quotes back as the model has them: Cyrillic intact, speakers, kinds', async () => {
    const seed = articles[0]!;
    expect(await readQuotes(server!, quotesQuery(seed))).toEqual(expectedQuotes(seed));
  });

  it('gives numbers back by value (Virtuoso rewrites decimals)', async () => {
    const seed = articles[0]!;
    const iris = mintIris(seed);
    const rows = await server!.select(`SELECT ?f ?v WHERE { GRAPH <${seed.iri}> { ?f <http://schema.org/value> ?v } }`);
    const got = new Map((rows.results?.bindings ?? []).map((b) => [b['f']?.value, Number(b['v']?.value)]));
    const want = new Map(seed.figures.filter((f) => f.value !== undefined).map((f) => [iris.local(f.id).value, f.value]));
    expect(got).toEqual(want);
  });

  it('replaces the graphs over SPARQL Update too, without duplicating', async () => {
    expect(await run(['load', dir, '--protocol', 'update', '--endpoint', `${server!.httpUrl}/sparql-auth`, '--user', 'dba', '--password', 'dba'], io), stderr.join('')).toBe(0);
    expect(await tripleCount(server!, graphs)).toBe(expectedTriples);
  });

  it('exits 6 with a clear message when the server is down, and a rerun after it is back loads everything', async () => {
    const ports = { sql: server!.sqlPort, http: server!.httpPort };
    const url = crud();
    await server!.stop();
    server = undefined;
    stderr.length = 0;
    const code = await run(['load', dir, '--endpoint', url, '--user', 'dba', '--password', 'dba', '--retries', '1', '--retry-delay', '50'], io);
    const said = stderr.join('');
    console.info(`virtuoso stopped, load said:\n${said}`);
    expect(code).toBe(6);
    expect(said).toMatch(/cannot connect: .*ECONNREFUSED/);
    expect(said).toContain('2 failed');
    expect(said).toContain(`failed: <${graphs[0]}>`);
    server = await startVirtuoso(binary!, { ports });
    expect(await tripleCount(server, graphs)).toBe(0);
    stderr.length = 0;
    expect(await load(), stderr.join('')).toBe(0);
    console.info(`virtuoso restarted, load said: ${stderr.join('').trim()}`);
    expect(await tripleCount(server, graphs)).toBe(expectedTriples);
  });
});
