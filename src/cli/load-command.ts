import { ExitCode, NetworkError, UsageError } from '../errors.js';
import { graphStoreTarget, sparqlUpdateTarget, type GraphTarget } from '../load/graph-targets.js';
import { HttpSender, type FetchLike } from '../load/http-sender.js';
import { loadExports, type FailedLoad, type LoadReport } from '../load/load-exports.js';
import { findRdfFiles } from '../store/rdf-files.js';
import type { CliIo } from './io.js';

/** The options as commander gives them: strings, checked here so the CLI stays lazy. */
export interface LoadOptions {
  readonly endpoint: string;
  readonly graphStore?: string;
  readonly protocol: 'gsp' | 'update';
  readonly user?: string;
  readonly password?: string;
  readonly retries?: string;
  readonly retryDelay?: string;
  readonly timeout?: string;
  readonly quiet?: boolean;
}

const SHOWN_FAILURES = 20;

/**
 * `newsgraph load`: one request per article graph (PUT with the Graph Store Protocol, or DROP +
 * INSERT DATA with SPARQL Update), a summary on stderr, and exit 6 with the list of what failed
 * when anything did. `fetchImpl` is injected for tests; the CLI uses Node's fetch.
 */
export async function runLoadCommand(paths: readonly string[], options: LoadOptions, io: CliIo, fetchImpl: FetchLike = fetch): Promise<number> {
  const files = await findRdfFiles(paths);
  const target = createTarget(options, io, fetchImpl);
  const report = await loadExports(files, target);
  if (!options.quiet || report.failed.length > 0) io.stderr(summary(report, target));
  for (const f of report.failed.slice(0, SHOWN_FAILURES)) io.stderr(`  failed: ${describeFailure(f)}\n`);
  if (report.failed.length > SHOWN_FAILURES) io.stderr(`  … and ${report.failed.length - SHOWN_FAILURES} more\n`);
  if (report.failed.length === 0) return ExitCode.ok;
  return report.failed.some((f) => f.error instanceof NetworkError) ? ExitCode.network : (report.failed[0]?.error.exitCode ?? ExitCode.network);
}

function createTarget(options: LoadOptions, io: CliIo, fetchImpl: FetchLike): GraphTarget {
  const endpoint = parseUrl(options.endpoint, '--endpoint');
  const { url, credentials } = splitCredentials(endpoint, options);
  const sender = new HttpSender({
    fetch: fetchImpl,
    ...(credentials ? { credentials } : {}),
    retry: { retries: parseCount(options.retries, '--retries', 3), initialDelayMs: parseCount(options.retryDelay, '--retry-delay', 500) },
    timeoutMs: parseCount(options.timeout, '--timeout', 60) * 1000,
    onRetry: ({ delayMs, reason }) => io.stderr(`newsgraph: ${reason}; trying again in ${(delayMs / 1000).toFixed(1)} s\n`),
  });
  if (options.protocol === 'update') return sparqlUpdateTarget(sender, url);
  const graphStore = options.graphStore ? parseUrl(options.graphStore, '--graph-store') : url;
  return graphStoreTarget(sender, splitCredentials(graphStore, {}).url);
}

/** user:password@ in the URL is taken out (fetch refuses it) and used unless --user is given. */
function splitCredentials(url: URL, options: Pick<LoadOptions, 'user' | 'password'>) {
  const fromUrl = url.username ? { user: decodeURIComponent(url.username), password: decodeURIComponent(url.password) } : undefined;
  const clean = new URL(url);
  clean.username = '';
  clean.password = '';
  const credentials = options.user !== undefined ? { user: options.user, password: options.password ?? '' } : fromUrl;
  return { url: clean, credentials };
}

function parseUrl(text: string, option: string): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new UsageError(`${option} ${text} is not a URL`, 'exporter.usage.endpoint', { hint: 'give http://host:port/path' });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new UsageError(`${option} must be an http or https URL, not ${url.protocol}`, 'exporter.usage.endpoint');
  }
  return url;
}

function parseCount(text: string | undefined, option: string, fallback: number): number {
  if (text === undefined) return fallback;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`${option} must be a whole number ≥ 0, not ${text}`, 'exporter.usage.number');
  return n;
}

function summary(report: LoadReport, target: GraphTarget): string {
  const graphs = `${report.loaded.length} graph${report.loaded.length === 1 ? '' : 's'}`;
  const seconds = (report.elapsedMs / 1000).toFixed(1);
  const failed = report.failed.length ? `; ${report.failed.length} failed (run the same command again to load them: each graph is replaced, never duplicated)` : '';
  return `newsgraph: loaded ${graphs} (${report.triples} triples) into ${target.description} in ${seconds} s${failed}\n`;
}

function describeFailure(f: FailedLoad): string {
  const what = f.graph ? `<${f.graph}> from ${f.file}` : f.file;
  return `${what}: ${f.error.toLine()}`;
}
