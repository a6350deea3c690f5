import { spawn, type ChildProcess } from 'node:child_process';
import { accessSync, constants, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { SparqlJsonResults } from '../../src/store/sparql-json.js';

/** A Virtuoso Open Source server this test started: on 127.0.0.1 only, in its own temporary folder. */
export interface VirtuosoServer {
  /** http://127.0.0.1:PORT */
  readonly httpUrl: string;
  readonly pid: number;
  readonly httpPort: number;
  readonly sqlPort: number;
  /** Runs a read-only SPARQL query on /sparql and returns the JSON results. */
  select(query: string): Promise<SparqlJsonResults>;
  /** Stops the server by its pid (SIGTERM, then SIGKILL after 20 s), waits for it and removes its folder. */
  stop(): Promise<void>;
}

/**
 * The virtuoso-t binary: NEWSGRAPH_VIRTUOSO when set, else the first on PATH (Debian's
 * virtuoso-opensource package puts it in /usr/bin); undefined when there is none that can run.
 */
export function findVirtuoso(): string | undefined {
  const given = process.env.NEWSGRAPH_VIRTUOSO;
  const dirs = [...(process.env.PATH ?? '').split(delimiter), '/usr/bin', '/usr/local/bin'].filter(Boolean);
  const candidates = given !== undefined ? [given] : dirs.map((dir) => join(dir, 'virtuoso-t'));
  return candidates.find(isExecutable);
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** A free TCP port on 127.0.0.1 (asked of the kernel, then released for the server to take). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Its own virtuoso.ini: both listeners on loopback, every file in `dir`, no cost limit on queries
 * (`MaxQueryCostEstimationTime = 0`: a small OPTIONAL query can hit the default one), small buffers.
 */
export function virtuosoIni(dir: string, sqlPort: number, httpPort: number): string {
  const file = (name: string) => join(dir, name);
  return [
    '[Database]',
    `DatabaseFile = ${file('virtuoso.db')}`,
    `ErrorLogFile = ${file('virtuoso.log')}`,
    `LockFile = ${file('virtuoso.lck')}`,
    `TransactionFile = ${file('virtuoso.trx')}`,
    `xa_persistent_file = ${file('virtuoso.pxa')}`,
    'ErrorLogLevel = 7',
    'FileExtend = 200',
    'MaxCheckpointRemap = 2000',
    'Striping = 0',
    'TempStorage = TempDatabase',
    '[TempDatabase]',
    `DatabaseFile = ${file('virtuoso-temp.db')}`,
    `TransactionFile = ${file('virtuoso-temp.trx')}`,
    'MaxCheckpointRemap = 2000',
    'Striping = 0',
    '[Parameters]',
    `ServerPort = 127.0.0.1:${sqlPort}`,
    'DisableUnixSocket = 1',
    `DirsAllowed = ., ${dir}`,
    'CaseMode = 2',
    'NumberOfBuffers = 10000',
    'MaxDirtyBuffers = 6000',
    'ThreadsPerQuery = 2',
    'CheckpointInterval = 60',
    '[HTTPServer]',
    `ServerPort = 127.0.0.1:${httpPort}`,
    `ServerRoot = ${dir}`,
    'MaxClientConnections = 5',
    'ServerThreads = 5',
    'Charset = UTF-8',
    '[SPARQL]',
    'ResultSetMaxRows = 100000',
    'MaxQueryCostEstimationTime = 0',
    'MaxQueryExecutionTime = 60',
    '',
  ].join('\n');
}

export interface StartOptions {
  /** Ports to take (a restart on the same URL); free ones unless given. */
  readonly ports?: { readonly sql: number; readonly http: number };
  readonly timeoutMs?: number;
}

/**
 * Starts virtuoso-t in the foreground with a fresh database (user dba, password dba) in a new
 * temporary folder and waits until /sparql answers (a first start takes about 7 s).
 */
export async function startVirtuoso(binary: string, options: StartOptions = {}): Promise<VirtuosoServer> {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-virtuoso-'));
  const sqlPort = options.ports?.sql ?? (await freePort());
  const httpPort = options.ports?.http ?? (await freePort());
  const timeoutMs = options.timeoutMs ?? 90_000;
  writeFileSync(join(dir, 'virtuoso.ini'), virtuosoIni(dir, sqlPort, httpPort));
  const log = openSync(join(dir, 'console.log'), 'a');
  const child = spawn(binary, ['+foreground', '+configfile', join(dir, 'virtuoso.ini')], { cwd: dir, stdio: ['ignore', log, log] });
  let spawnError: Error | undefined;
  child.once('error', (e) => (spawnError = e));
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  const httpUrl = `http://127.0.0.1:${httpPort}`;
  const server: VirtuosoServer = {
    httpUrl,
    pid: child.pid ?? -1,
    httpPort,
    sqlPort,
    select: (query) => selectJson(httpUrl, query),
    stop: async () => {
      await stopChild(child);
      process.removeListener('exit', killOnExit);
      rmSync(dir, { recursive: true, force: true });
    },
  };
  try {
    await waitUntilUp(child, httpUrl, timeoutMs, () => spawnError);
  } catch (e) {
    const tail = readTail(join(dir, 'console.log'));
    await server.stop();
    throw new Error(`${(e as Error).message}\n--- virtuoso-t output ---\n${tail}`);
  }
  return server;
}

async function waitUntilUp(child: ChildProcess, httpUrl: string, timeoutMs: number, spawnError: () => Error | undefined): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const failed = spawnError();
    if (failed) throw new Error(`cannot start virtuoso-t: ${failed.message}`);
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`virtuoso-t exited early (${child.exitCode ?? child.signalCode})`);
    try {
      const response = await fetch(`${httpUrl}/sparql?query=${encodeURIComponent('ASK {}')}`, { signal: AbortSignal.timeout(2000) });
      await response.text();
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  throw new Error(`virtuoso-t did not answer on ${httpUrl}/sparql within ${timeoutMs / 1000} s`);
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
  await exited;
  clearTimeout(timer);
}

async function selectJson(httpUrl: string, query: string): Promise<SparqlJsonResults> {
  const response = await fetch(`${httpUrl}/sparql`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/sparql-results+json' },
    body: new URLSearchParams({ query }).toString(),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`SPARQL query failed: HTTP ${response.status}: ${text.slice(0, 300)}`);
  return JSON.parse(text) as SparqlJsonResults;
}

function readTail(path: string): string {
  try {
    return readFileSync(path, 'utf8').split('\n').slice(-20).join('\n');
  } catch {
    return '(no output)';
  }
}
