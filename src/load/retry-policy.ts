/** How often and how patiently a request is tried again after a 5xx answer or a connection failure. */
export interface RetryPolicy {
  /** Tries after the first one (0: no retry). */
  readonly retries: number;
  /** The wait before the first retry; each further wait doubles it. */
  readonly initialDelayMs: number;
  /** No wait is longer than this, whatever Retry-After says. */
  readonly maxDelayMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { retries: 3, initialDelayMs: 500, maxDelayMs: 10_000 };

/** HTTP statuses that a later try may get past: 408, 429 and every 5xx. */
export function isRetriableStatus(status: number): boolean {
  return status === 408 || status === 429 || status >= 500;
}

/**
 * The wait before retry number `retry` (0 for the first): exponential backoff from initialDelayMs,
 * or the server's Retry-After in seconds when it gives one, capped at maxDelayMs.
 */
export function retryDelay(policy: RetryPolicy, retry: number, retryAfter?: string | null): number {
  const seconds = retryAfter ? Number(retryAfter) : NaN;
  const wanted = Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : policy.initialDelayMs * 2 ** retry;
  return Math.min(wanted, policy.maxDelayMs);
}
