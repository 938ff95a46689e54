/**
 * The retry policy: which failures are retried, and how long to wait before each retry.
 */

/** What a retry hook is told before each retry. */
export interface RetryEvent {
  /** The request's HTTP method, upper case as sent. */
  method: string;
  /** Redacted URL. */
  url: string;
  /** 1 for the first retry. */
  retry: number;
  /** `status` for a 429/503 (or other listed status), `rule` for a service's `retryIf`, `connection` for a failed connection. */
  reason: 'status' | 'rule' | 'connection';
  /** The status of the answer being retried; absent for a connection failure. */
  status?: number | undefined;
  /** The request ID of the answer being retried (`x-openstack-request-id`); absent for a connection failure. */
  requestId?: string | undefined;
  /** How long the SDK waits before resending. */
  delayMs: number;
  /** The `ConnectionError` being retried, when `reason` is `connection`. */
  error?: unknown;
}

/** A failed answer as a {@link RetryPolicy.retryIf} rule sees it. */
export interface RetryableAnswer {
  /** The request's HTTP method, upper case as sent: a rule may retry only the operations it knows are safe to repeat. */
  method: string;
  /** The answer's HTTP status, 400 or above and not one the operation expected. */
  status: number;
  /** The service's message, parsed from its fault body. */
  serviceMessage: string | undefined;
  /** The service's error type (Ironic's `NodeLocked` is in its message; Neutron's `type`). */
  serviceErrorType: string | undefined;
}

/** How failed requests are retried. Every field has a safe default. */
export interface RetryPolicy {
  /** Retries after the first attempt. Default 3; 0 turns retries off. */
  maxRetries: number;
  /** First backoff step. Default 500 ms; doubles each retry. */
  baseDelayMs: number;
  /** No single wait is longer. A `Retry-After` beyond it is not waited for: the error surfaces. Default 30 s. */
  maxDelayMs: number;
  /** Statuses that are retried (honouring `Retry-After`). Default 429 and 503. */
  retryOnStatus: readonly number[];
  /** Retry connection failures, for idempotent methods only. Default true. */
  retryConnectionErrors: boolean;
  /**
   * A service's own rule for answers that mean "busy, try again" (Ironic's 409 `NodeLocked`,
   * Octavia's 409 while a load balancer is `PENDING_*`): called with each failed answer's status
   * and parsed fault; `true` retries it with backoff like a 503. Service clients set it.
   */
  retryIf?: ((answer: RetryableAnswer) => boolean) | undefined;
  /** Sees every retry before its wait. */
  onRetry?: ((event: RetryEvent) => void) | undefined;
}

/** The defaults of {@link RetryPolicy}. */
export const DEFAULT_RETRY_POLICY: Readonly<RetryPolicy> = Object.freeze({
  maxRetries: 3,
  baseDelayMs: 500,
  maxDelayMs: 30_000,
  retryOnStatus: Object.freeze([429, 503]),
  retryConnectionErrors: true,
});

const IDEMPOTENT = new Set(['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS']);

/** True for methods whose repetition cannot change the outcome (RFC 9110 §9.2.2). */
export function isIdempotentMethod(method: string): boolean {
  return IDEMPOTENT.has(method.toUpperCase());
}

/**
 * Parses a `Retry-After` header (delta-seconds or an HTTP date) into milliseconds from `now`.
 * Returns `undefined` when it is absent or unparseable.
 */
export function parseRetryAfter(value: string | null | undefined, now: number): number | undefined {
  if (value === null || value === undefined) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}

/**
 * The wait before retry number `retry` (1-based): the server's `Retry-After` when it sent one,
 * otherwise exponential backoff with equal jitter, never above `maxDelayMs`. Returns `undefined`
 * when the server asks for a longer wait than the policy allows (the caller then gives up).
 */
export function computeRetryDelay(
  retry: number,
  policy: Pick<RetryPolicy, 'baseDelayMs' | 'maxDelayMs'>,
  retryAfterMs: number | undefined,
  random: () => number = Math.random,
): number | undefined {
  if (retryAfterMs !== undefined) return retryAfterMs > policy.maxDelayMs ? undefined : retryAfterMs;
  const exponential = policy.baseDelayMs * 2 ** Math.min(Math.max(retry - 1, 0), 30);
  const cap = Math.min(policy.maxDelayMs, exponential);
  return Math.floor(cap / 2 + random() * (cap / 2));
}

/** Merges a partial policy over the defaults; `false` turns retries off. */
export function resolveRetryPolicy(...layers: (Partial<RetryPolicy> | false | undefined)[]): RetryPolicy {
  let policy: RetryPolicy = { ...DEFAULT_RETRY_POLICY };
  for (const layer of layers) {
    if (layer === undefined) continue;
    if (typeof layer === 'boolean') {
      policy = { ...policy, maxRetries: 0 };
      continue;
    }
    const defined = Object.fromEntries(Object.entries(layer as Record<string, unknown>).filter(([, value]) => value !== undefined)) as Partial<RetryPolicy>;
    policy = { ...policy, ...defined };
  }
  return policy;
}
