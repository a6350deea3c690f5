import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseChallenges } from '../../../src/load/auth-challenge.js';

/** A request the double received. */
export interface SeenRequest {
  readonly method: string;
  readonly url: string;
  readonly authorization?: string;
  readonly contentType?: string;
  readonly body: string;
  readonly status: number;
}

export interface GraphStoreDouble {
  /** http://127.0.0.1:PORT/store */
  readonly url: string;
  /** The Turtle (GSP) or update text (SPARQL Update) last received per graph. */
  readonly graphs: Map<string, string>;
  readonly requests: SeenRequest[];
  close(): Promise<void>;
}

export interface DoubleOptions {
  readonly auth?: 'digest' | 'basic';
  readonly user?: string;
  readonly password?: string;
  /** Answers 503 to the first N requests that pass authentication. */
  readonly unavailableFirst?: number;
  /** Answers this status and body to every authenticated request instead of storing. */
  readonly refuse?: { readonly status: number; readonly body: string };
}

const REALM = 'SPARQL';

/**
 * A tiny Graph Store Protocol server for tests (real HTTP on 127.0.0.1, a random port): PUT
 * ?graph= stores the body, POST application/sparql-update stores the update by its graph. It asks
 * for Digest (MD5, qop=auth, checked here independently of the client) or Basic, answering the
 * challenge with `Connection: close` and without reading the body, as Virtuoso does.
 */
export async function startGraphStoreDouble(options: DoubleOptions = {}): Promise<GraphStoreDouble> {
  const graphs = new Map<string, string>();
  const requests: SeenRequest[] = [];
  const nonces = new Set<string>();
  let unavailable = options.unavailableFirst ?? 0;
  const server = createServer((req, res) => {
    const authorization = req.headers.authorization;
    if (!authorized(req, options, nonces)) return challenge(req, res, options, nonces, requests);
    void readBody(req).then((body) => {
      const answer = (status: number, text = '') => {
        requests.push({ method: req.method ?? '', url: req.url ?? '', ...(authorization ? { authorization } : {}), ...contentTypeOf(req), body, status });
        res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' }).end(text);
      };
      if (unavailable > 0) return (unavailable--, answer(503, 'Service Unavailable: try later'));
      if (options.refuse) return answer(options.refuse.status, options.refuse.body);
      const graph = req.method === 'PUT' ? new URL(req.url ?? '', 'http://x').searchParams.get('graph') : /GRAPH <([^>]+)>/.exec(body)?.[1];
      if (!graph) return answer(400, 'no graph');
      const existed = graphs.has(graph);
      graphs.set(graph, body);
      answer(existed ? 204 : 201);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/store`,
    graphs,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function contentTypeOf(req: IncomingMessage): { contentType?: string } {
  return req.headers['content-type'] ? { contentType: req.headers['content-type'] } : {};
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });
}

function challenge(req: IncomingMessage, res: ServerResponse, options: DoubleOptions, nonces: Set<string>, requests: SeenRequest[]): void {
  const nonce = randomBytes(12).toString('hex');
  nonces.add(nonce);
  const header = options.auth === 'digest' ? `Digest realm="${REALM}", domain="/store", nonce="${nonce}", opaque="op4que", stale="false", qop="auth", algorithm="MD5"` : `Basic realm="${REALM}"`;
  requests.push({ method: req.method ?? '', url: req.url ?? '', body: '', status: 401 });
  res.writeHead(401, { 'www-authenticate': header, connection: 'close', 'content-length': '0' }).end();
}

function authorized(req: IncomingMessage, options: DoubleOptions, nonces: Set<string>): boolean {
  if (!options.auth) return true;
  const header = req.headers.authorization ?? '';
  if (options.auth === 'basic') return header === `Basic ${Buffer.from(`${options.user}:${options.password}`).toString('base64')}`;
  const [parsed] = parseChallenges(header);
  if (parsed?.scheme !== 'digest') return false;
  const p = parsed.params;
  const md5 = (s: string) => createHash('md5').update(s).digest('hex');
  const ha1 = md5(`${options.user}:${REALM}:${options.password}`);
  const ha2 = md5(`${req.method}:${req.url}`);
  const expected = md5(`${ha1}:${p['nonce']}:${p['nc']}:${p['cnonce']}:auth:${ha2}`);
  return nonces.has(p['nonce'] ?? '') && p['uri'] === req.url && p['qop'] === 'auth' && p['opaque'] === 'op4que' && p['response'] === expected;
}
