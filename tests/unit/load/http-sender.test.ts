import { describe, expect, it } from 'vitest';
import { NetworkError } from '../../../src/errors.js';
import { firstLine } from '../../../src/load/http-failure.js';
import { HttpSender, type FetchLike } from '../../../src/load/http-sender.js';
import { retryDelay } from '../../../src/load/retry-policy.js';

const url = new URL('http://127.0.0.1:9/store?graph=x');
const request = { method: 'PUT' as const, url, headers: { 'content-type': 'text/turtle' }, body: '<a:a> <a:b> <a:c> .' };

/** A fetch that answers from a script, one entry per call: a status (and headers), or an error to throw. */
function scripted(steps: (number | [number, Record<string, string>] | Error)[]): FetchLike & { calls: number } {
  const f = Object.assign(
    async () => {
      const step = steps[f.calls++];
      if (step instanceof Error) throw step;
      const [status, headers] = Array.isArray(step) ? step : [step ?? 500, {}];
      return new Response(status === 204 ? null : `status ${status}`, { status, headers });
    },
    { calls: 0 },
  );
  return f;
}

function sender(fetch: FetchLike, waits: number[] = [], retries = 3) {
  return new HttpSender({ fetch, retry: { retries, initialDelayMs: 100, maxDelayMs: 1000 }, sleep: async (ms) => void waits.push(ms) });
}

describe('HttpSender retries', () => {
  it('retries 5xx and connection failures with exponential backoff, then succeeds', async () => {
    const refused = Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNREFUSED', message: 'connect ECONNREFUSED 127.0.0.1:9' } });
    const fetch = scripted([503, refused, 502, 201]);
    const waits: number[] = [];
    await expect(sender(fetch, waits).send(request)).resolves.toMatchObject({ status: 201 });
    expect(waits).toEqual([100, 200, 400]);
  });

  it('honours Retry-After within the cap', async () => {
    const waits: number[] = [];
    await sender(scripted([[503, { 'retry-after': '0.25' }], 204]), waits).send(request);
    expect(waits).toEqual([250]);
    expect(retryDelay({ retries: 3, initialDelayMs: 100, maxDelayMs: 1000 }, 0, '3600')).toBe(1000);
  });

  it('gives up after the retries with a NetworkError (exit 6) naming the status and attempts', async () => {
    const fetch = scripted([500, 500, 500]);
    const error = await sender(fetch, [], 2).send(request).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect(error).toMatchObject({ code: 'exporter.network.serverError', exitCode: 6 });
    expect((error as Error).message).toBe('PUT http://127.0.0.1:9/store: HTTP 500: status 500 (after 3 attempts)');
    expect(fetch.calls).toBe(3);
  });

  it('does not retry a 4xx', async () => {
    const fetch = scripted([415]);
    await expect(sender(fetch).send(request)).rejects.toMatchObject({ code: 'exporter.network.rejected', details: { status: 415 } });
    expect(fetch.calls).toBe(1);
  });
});

describe('firstLine', () => {
  it('takes the first line of a server message, without HTML', () => {
    expect(firstLine('<html><head><title>Error</title></head><body><h1>Virtuoso 22023 Error</h1>more</body></html>')).toBe('Error');
    expect(firstLine('\n\nVirtuoso 37000 Error SP029: TURTLE RDF loader, line 2: syntax error\nSPARQL query:\n...')).toBe('Virtuoso 37000 Error SP029: TURTLE RDF loader, line 2: syntax error');
  });
});
