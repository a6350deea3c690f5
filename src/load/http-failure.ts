/** Why one attempt failed, and whether another may succeed. */
export interface HttpFailure {
  readonly code: string;
  readonly message: string;
  readonly retriable: boolean;
  readonly status?: number;
  readonly retryAfter?: string | null;
  readonly hint?: string;
}

const RERUN = 'nothing was lost: run the same command again when the server is back';

/** A 5xx (or 408, 429) answer: worth retrying. */
export function serverFailure(response: Response, body: string): HttpFailure {
  return {
    code: 'exporter.network.serverError',
    message: statusLine(response, body),
    retriable: true,
    status: response.status,
    retryAfter: response.headers.get('retry-after'),
    hint: RERUN,
  };
}

/** A 4xx answer: the server refuses the request, and would refuse it again. */
export function rejection(response: Response, body: string): HttpFailure {
  return { code: 'exporter.network.rejected', message: statusLine(response, body), retriable: false, status: response.status, ...hintFor(response.status) };
}

/** No answer at all: refused, reset, unresolvable, timed out. */
export function connectionFailure(e: unknown): HttpFailure {
  return { code: 'exporter.network.unreachable', message: `cannot connect: ${describeCause(e)}`, retriable: true, hint: `is the server running? ${RERUN}` };
}

function hintFor(status: number): { hint?: string } {
  if (status === 401 || status === 403) return { hint: 'check --user and --password, and that the user may write (Virtuoso: SPARQL_UPDATE)' };
  if ([404, 405, 415, 501].includes(status)) {
    return { hint: 'check the endpoint URL; for a server without the Graph Store Protocol use --protocol update with its SPARQL Update endpoint' };
  }
  return {};
}

function statusLine(response: Response, body: string): string {
  const said = firstLine(body);
  return `HTTP ${response.status}${response.statusText ? ' ' + response.statusText : ''}${said ? `: ${said}` : ''}`;
}

/** The first line of the server's message with any HTML taken out, at most 200 characters. */
export function firstLine(body: string): string {
  const text = body
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]*>/g, '\n')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
  const line = text.split(/\r?\n/).map((l) => l.trim()).find((l) => l.length > 0) ?? '';
  return line.length > 200 ? line.slice(0, 199) + '…' : line;
}

/** undici reports `fetch failed` with the real reason (ECONNREFUSED, ENOTFOUND…) in its cause. */
function describeCause(e: unknown): string {
  if (e instanceof Error && (e.name === 'TimeoutError' || e.name === 'AbortError')) return 'no answer in time (timeout)';
  const cause = e instanceof Error ? (e.cause as { code?: string; message?: string } | undefined) : undefined;
  if (cause?.message) return cause.code && !cause.message.includes(cause.code) ? `${cause.code} (${cause.message})` : cause.message;
  if (cause?.code) return cause.code;
  return e instanceof Error ? e.message : String(e);
}
