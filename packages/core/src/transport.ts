/**
 * One HTTP exchange on fetch: no retries, no redirects, no status checks (the provider's loop
 * does those). Translates everything fetch can throw into core's errors, so nothing else escapes.
 *
 * Core calls fetch directly. It used ky until the benchmarks (docs/performance.md) showed ky
 * costing ~80 µs of CPU per request (it builds a `Request`, clones it for retries core never
 * uses, links abort signals) and ~4.4 kB gzip of every bundle, while core used none of what ky
 * adds: retries, redirects, status checks, timeouts and hooks are core's own.
 */
import { ConnectionError, TimeoutError } from './errors.js';
import { abortReason } from './util.js';

/** A `fetch`-compatible function: the platform's, undici's, config's `createNodeFetch`, a test double. Core calls it with a URL string and an init. */
export type FetchFunction = (input: Request | string | URL, init?: RequestInit) => Promise<Response>;

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

/**
 * Sends one attempt: redirects come back as they are (`redirect: 'manual'`), a stream goes half
 * duplex, and the timeout covers the wait for the response headers, not the reading of the body.
 */
export async function sendOnce(fetchFn: FetchFunction | undefined, attempt: Attempt): Promise<Response> {
  const send: FetchFunction = fetchFn ?? ((input, init) => globalThis.fetch(input, init));
  const { body, timeoutMs, signal } = attempt;
  const init: RequestInit & { duplex?: 'half' } = { method: attempt.method, headers: attempt.headers, body: body.body ?? null, redirect: 'manual' };
  if (body.stream) init.duplex = 'half';
  if (signal !== undefined) init.signal = signal;
  let timer: AbortController | undefined;
  let timeout: ReturnType<typeof setTimeout> | undefined;
  if (timeoutMs !== undefined) {
    const controller = new AbortController();
    timer = controller;
    timeout = setTimeout(() => {
      controller.abort();
    }, timeoutMs);
    init.signal = signal === undefined ? controller.signal : AbortSignal.any([signal, controller.signal]);
  }
  try {
    return await send(attempt.url, init);
  } catch (error) {
    if (signal?.aborted === true) throw abortReason(signal);
    if (timer?.signal.aborted === true) throw new TimeoutError({ what: `${attempt.method} ${attempt.redactedUrl}`, timeoutMs: timeoutMs ?? 0 });
    throw new ConnectionError({ method: attempt.method, url: attempt.redactedUrl, reason: describeCause(error) }, { cause: error });
  } finally {
    if (timeout !== undefined) clearTimeout(timeout);
  }
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
