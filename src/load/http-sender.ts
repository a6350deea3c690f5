import { setTimeout as sleepFor } from 'node:timers/promises';
import { NetworkError } from '../errors.js';
import { HttpAuthenticator, type Credentials } from './http-auth.js';
import { connectionFailure, rejection, serverFailure, type HttpFailure } from './http-failure.js';
import { DEFAULT_RETRY_POLICY, isRetriableStatus, retryDelay, type RetryPolicy } from './retry-policy.js';

/** The fetch function (Node's global fetch, or a test's); injected so library code does no network of its own. */
export type FetchLike = (url: URL, init: RequestInit) => Promise<Response>;

export interface HttpRequest {
  readonly method: 'PUT' | 'POST' | 'GET' | 'DELETE';
  readonly url: URL;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: string;
}

export interface HttpResponse {
  readonly status: number;
  readonly body: string;
}

export interface HttpSenderOptions {
  readonly fetch: FetchLike;
  readonly credentials?: Credentials;
  readonly retry?: Partial<RetryPolicy>;
  /** Per request, 60 s unless told; a timeout counts as a connection failure. */
  readonly timeoutMs?: number;
  readonly sleep?: (ms: number) => Promise<unknown>;
  /** Told before each wait, for progress messages. */
  readonly onRetry?: (retry: { readonly attempt: number; readonly delayMs: number; readonly reason: string }) => void;
}

/**
 * Sends requests with authentication (Basic or Digest, answered on the server's challenge) and
 * retries with exponential backoff on 5xx, 408, 429 and connection failures. A 2xx response is
 * returned; anything else ends in a NetworkError (exit 6) that names the status and the server's
 * own message, or the connection failure.
 */
export class HttpSender {
  readonly #options: HttpSenderOptions;
  readonly #policy: RetryPolicy;
  readonly #auth: HttpAuthenticator;

  constructor(options: HttpSenderOptions) {
    this.#options = options;
    this.#policy = { ...DEFAULT_RETRY_POLICY, ...options.retry };
    this.#auth = new HttpAuthenticator(options.credentials);
  }

  async send(request: HttpRequest): Promise<HttpResponse> {
    for (let attempt = 1; ; attempt++) {
      const outcome = await this.#attempt(request);
      if ('body' in outcome) return outcome;
      const last = attempt > this.#policy.retries;
      if (!outcome.retriable || last) throw toNetworkError(outcome, request, attempt);
      const delayMs = retryDelay(this.#policy, attempt - 1, outcome.retryAfter);
      this.#options.onRetry?.({ attempt, delayMs, reason: outcome.message });
      await (this.#options.sleep ?? sleepFor)(delayMs);
    }
  }

  async #attempt(request: HttpRequest): Promise<HttpResponse | HttpFailure> {
    try {
      let response = await this.#fetchOnce(request);
      if (response.status === 401 && this.#auth.acceptChallenge(response.headers.get('www-authenticate'))) {
        await response.body?.cancel();
        response = await this.#fetchOnce(request);
      }
      const body = await response.text();
      if (response.ok) return { status: response.status, body };
      if (isRetriableStatus(response.status)) return serverFailure(response, body);
      return rejection(response, body);
    } catch (e) {
      return connectionFailure(e);
    }
  }

  #fetchOnce(request: HttpRequest): Promise<Response> {
    const authorization = this.#auth.authorization(request.method, request.url);
    const headers = { ...request.headers, ...(authorization ? { authorization } : {}) };
    return this.#options.fetch(request.url, {
      method: request.method,
      headers,
      ...(request.body !== undefined ? { body: request.body } : {}),
      signal: AbortSignal.timeout(this.#options.timeoutMs ?? 60_000),
    });
  }
}

function toNetworkError(failure: HttpFailure, request: HttpRequest, attempts: number): NetworkError {
  const where = request.url.origin + request.url.pathname;
  const tries = attempts > 1 ? ` (after ${attempts} attempts)` : '';
  return new NetworkError(`${request.method} ${where}: ${failure.message}${tries}`, failure.code, {
    ...(failure.status !== undefined ? { status: failure.status } : {}),
    ...(failure.hint ? { hint: failure.hint } : {}),
  });
}
