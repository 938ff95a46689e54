/**
 * One HTTP exchange on ky (or on fetch directly, for streams and for a fetch marked
 * {@link DIRECT_FETCH}): no retries, no redirects, no status checks (the provider's loop does
 * those). Translates everything ky or fetch can throw into core's errors, so nothing from ky
 * escapes.
 */
import ky, { type KyInstance } from 'ky';
import { ConnectionError, TimeoutError } from './errors.js';
import { abortReason } from './util.js';

/**
 * A `fetch`-compatible function: the platform's, undici's, a test double. One whose
 * `Symbol.for('openstack-ts.fetch.direct')` property is `true` is called with a URL and an init
 * directly, not through ky (`createNodeFetch` from `@openstack-ts/config` is one).
 */
export type FetchFunction = (input: Request | string | URL, init?: RequestInit) => Promise<Response>;

/**
 * Marks a fetch that core calls directly, with a URL string and an init, rather than through ky
 * (`createNodeFetch` from `@openstack-ts/config` sets it). ky builds a `Request`, clones it for
 * retries we never use, and links abort signals on every call: on a fast network that costs more
 * CPU than the exchange itself (see docs/performance.md). Registered with `Symbol.for`, so any
 * copy of core, and a fetch made without importing core, agree on it.
 *
 * @internal
 */
export const DIRECT_FETCH = Symbol.for('openstack-ts.fetch.direct');

/**
 * Sends one attempt straight to fetch, with ky's semantics: the redirect is returned, and the
 * timeout covers the wait for the response headers, not the body's reading.
 */
async function sendDirect(fetchFn: FetchFunction, attempt: Attempt): Promise<Response> {
  const { body, timeoutMs, signal } = attempt;
  const init: RequestInit & { duplex?: 'half' } = { method: attempt.method, headers: attempt.headers, body: body.body ?? null, redirect: 'manual' };
  if (body.stream) init.duplex = 'half';
  if (signal !== undefined) init.signal = signal;
  if (timeoutMs === undefined) return fetchFn(attempt.url, init);
  const timer = new AbortController();
  const timeout = setTimeout(() => {
    timer.abort();
  }, timeoutMs);
  init.signal = signal === undefined ? timer.signal : AbortSignal.any([signal, timer.signal]);
  try {
    return await fetchFn(attempt.url, init);
  } catch (error) {
    // Named like ky's, so the caller translates both the same way.
    throw timer.signal.aborted ? Object.assign(new Error('Request timed out'), { name: 'TimeoutError' }) : error;
  } finally {
    clearTimeout(timeout);
  }
}

/** The body of one attempt, and whether it is a one-shot stream. */
export interface AttemptBody {
  body: BodyInit | undefined;
  stream: boolean;
}

/** Everything one attempt needs. */
export interface Attempt {
  method: string;
  url: string;
  redactedUrl: string;
  headers: Headers;
  body: AttemptBody;
  signal: AbortSignal | undefined;
  timeoutMs: number | undefined;
}

/** Creates the ky instance all of a provider's requests go through. */
export function createKy(fetchFn: FetchFunction | undefined): KyInstance {
  return ky.create({
    retry: 0,
    throwHttpErrors: false,
    timeout: false,
    redirect: 'manual',
    ...(fetchFn === undefined ? {} : { fetch: fetchFn }),
  });
}

/**
 * Sends one attempt. A stream body, and any request for a {@link DIRECT_FETCH} fetch, go to
 * fetch directly rather than through ky: ky clones every request ahead of its own retries, and
 * cloning a streamed body tees it, which would hold a whole upload in memory (we never use ky's
 * retries); and for the rest, ky's request building costs more than a fast fetch.
 */
export async function sendOnce(instance: KyInstance, fetchFn: FetchFunction | undefined, attempt: Attempt): Promise<Response> {
  const { body } = attempt;
  try {
    if (body.stream || (fetchFn as Partial<Record<symbol, unknown>> | undefined)?.[DIRECT_FETCH] === true) {
      return await sendDirect(fetchFn ?? ((input, init) => globalThis.fetch(input, init)), attempt);
    }
    return await instance(attempt.url, {
      method: attempt.method,
      headers: attempt.headers,
      ...(body.body === undefined ? {} : { body: body.body }),
      ...(attempt.signal === undefined ? {} : { signal: attempt.signal }),
      timeout: attempt.timeoutMs ?? false,
    });
  } catch (error) {
    throw translate(error, attempt);
  }
}

/** Core's error for whatever a fetch (or ky) threw: the abort reason, a TimeoutError, a ConnectionError. */
function translate(error: unknown, attempt: Attempt): unknown {
  if (attempt.signal?.aborted === true) return abortReason(attempt.signal);
  if (error instanceof Error && error.name === 'TimeoutError') {
    return new TimeoutError({ what: `${attempt.method} ${attempt.redactedUrl}`, timeoutMs: attempt.timeoutMs ?? 0 });
  }
  return new ConnectionError({ method: attempt.method, url: attempt.redactedUrl, reason: describeCause(error) }, { cause: error });
}

function messageOf(value: unknown): string | undefined {
  // Duck-typed: errors from another realm (a test VM, an iframe) fail `instanceof Error`.
  if (value === null || typeof value !== 'object') return undefined;
  const message = (value as { message?: unknown }).message;
  return typeof message === 'string' ? message : undefined;
}

function describeCause(error: unknown): string {
  const cause = error !== null && typeof error === 'object' ? (error as { cause?: unknown }).cause : undefined;
  const causeMessage = messageOf(cause);
  if (causeMessage !== undefined) {
    const code = (cause as { code?: unknown }).code;
    return typeof code === 'string' ? `${code} ${causeMessage}` : causeMessage;
  }
  return messageOf(error) ?? String(error);
}
