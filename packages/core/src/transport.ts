/**
 * One HTTP exchange on fetch: no retries, no redirects, no status checks (the provider's loop
 * does those). Translates everything fetch can throw into core's errors, so nothing else escapes.
 *
 * Core calls fetch directly. It used ky until the benchmarks (docs/performance.md) showed ky
 * costing ~80 µs of CPU per request (it builds a `Request`, clones it for retries core never
 * uses, links abort signals) and ~4.4 kB gzip of every bundle, while core used none of what ky
 * adds: retries, redirects, status checks, timeouts and hooks are core's own.
 */
import { ConnectionError, TimeoutError, isConnectionError } from './errors.js';
import type { RequestBodyInit } from './provider.js';
import { canStreamRequestBodies } from './runtime.js';
import { abortReason } from './util.js';

/** A `fetch`-compatible function: the platform's, {@link createNodeFetch}, a test double. Core calls it with a URL string and an init. */
export type FetchFunction = (input: Request | string | URL, init?: RequestInit) => Promise<Response>;

/** The body of one attempt, and whether it is a one-shot stream. */
export interface AttemptBody {
  body: RequestBodyInit | undefined;
  stream: boolean;
}

/** Everything one attempt needs. */
export interface Attempt {
  method: string;
  url: string;
  redactedUrl: string;
  /** Lower-case names. */
  headers: Record<string, string>;
  body: AttemptBody;
  signal: AbortSignal | undefined;
  timer: AttemptTimer | undefined;
}

/** The per-attempt timeout: a signal that aborts when it expires. */
export interface AttemptTimer {
  readonly signal: AbortSignal;
  readonly expired: boolean;
  readonly error: TimeoutError;
  clear(): void;
}

/** Starts the timer of one attempt, or returns `undefined` when there is no timeout. */
export function attemptTimer(timeoutMs: number | undefined, what: string): AttemptTimer | undefined {
  if (timeoutMs === undefined) return undefined;
  const controller = new AbortController();
  // The error is made when the timer fires: an Error captures a stack trace, which every attempt
  // that finishes in time (nearly all of them) would pay for.
  let error: TimeoutError | undefined;
  const handle = setTimeout(() => {
    error = new TimeoutError({ what, timeoutMs });
    controller.abort(error);
  }, timeoutMs);
  return {
    signal: controller.signal,
    get expired() {
      return controller.signal.aborted;
    },
    get error() {
      error ??= new TimeoutError({ what, timeoutMs });
      return error;
    },
    clear() {
      clearTimeout(handle);
    },
  };
}

/**
 * Sends one attempt: redirects come back as they are (`redirect: 'manual'`), a stream goes half
 * duplex. The attempt's timer, when there is one, aborts the exchange (the body too) when it expires.
 */
export async function sendOnce(fetchFn: FetchFunction | undefined, attempt: Attempt): Promise<Response> {
  const send: FetchFunction = fetchFn ?? (async (input, init) => globalThis.fetch(input, init));
  const { body, timer, signal } = attempt;
  const init: RequestInit & { duplex?: 'half' } = { method: attempt.method, headers: attempt.headers, body: body.body ?? null, redirect: 'manual' };
  if (body.stream) init.duplex = 'half';
  const combined = combine(signal, timer?.signal);
  if (combined !== undefined) init.signal = combined;
  try {
    return await send(attempt.url, init);
  } catch (error) {
    const translated = translate(error, signal, timer, attempt.method, attempt.redactedUrl);
    if (body.stream && isConnectionError(translated) && !canStreamRequestBodies()) {
      // A browser's fetch fails a streamed body with the same bare network error as a refused
      // connection: say what is more likely.
      throw new ConnectionError(
        {
          method: attempt.method,
          url: attempt.redactedUrl,
          reason: `${describeCause(error)} (a stream body, which browsers send only over HTTP/2 if at all: send a Blob)`,
        },
        { cause: error },
      );
    }
    throw translated;
  }
}

function combine(a: AbortSignal | undefined, b: AbortSignal | undefined): AbortSignal | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return AbortSignal.any([a, b]);
}

/** Turns what fetch (or a body read) threw into core's errors: the caller's abort, a timeout, a lost connection. */
function translate(error: unknown, signal: AbortSignal | undefined, timer: AttemptTimer | undefined, method: string, url: string, reading?: string): unknown {
  if (signal?.aborted === true) return abortReason(signal);
  if (timer?.expired === true) return timer.error;
  const cause = describeCause(error);
  return new ConnectionError({ method, url, reason: reading === undefined ? cause : `${reading}: ${cause}`, whileReading: reading !== undefined }, { cause: error });
}

/**
 * Reads a body whole. A connection lost in the middle is a {@link ConnectionError} (for a request
 * that is not idempotent, saying it may have been applied); the attempt's timer bounds the read.
 */
export async function readText(
  response: Response,
  signal: AbortSignal | undefined,
  timer: AttemptTimer | undefined,
  method: string,
  redactedUrl: string,
  idempotent = true,
): Promise<string> {
  // A fetch that ignores its signal once the headers are in still cannot hang the read.
  const stop = combine(signal, timer?.signal);
  if (stop === undefined) {
    try {
      return await response.text();
    } catch (error) {
      throw translate(error, signal, timer, method, redactedUrl, lostWhileReading(response.status, idempotent));
    }
  }
  let onAbort: (() => void) | undefined;
  const aborted = new Promise<never>((_resolve, reject) => {
    onAbort = () => {
      reject(new Error('aborted'));
    };
    if (stop.aborted) onAbort();
    else stop.addEventListener('abort', onAbort, { once: true });
  });
  try {
    return await Promise.race([response.text(), aborted]);
  } catch (error) {
    response.body?.cancel().catch(() => undefined);
    throw translate(error, signal, timer, method, redactedUrl, lostWhileReading(response.status, idempotent));
  } finally {
    if (onAbort !== undefined) stop.removeEventListener('abort', onAbort);
  }
}

function lostWhileReading(status: number, idempotent: boolean): string {
  const base = `the connection was lost while reading the ${String(status)} answer`;
  return idempotent ? base : `${base} (the request may have been applied: check before sending it again)`;
}

/**
 * Wraps a streamed body so that a stall (no bytes for `timeoutMs`) errors the stream with a
 * {@link TimeoutError} and releases the connection, and the caller's signal cancels it.
 */
export function idleTimeout(body: ReadableStream<Uint8Array>, timeoutMs: number, what: string, signal: AbortSignal | undefined): ReadableStream<Uint8Array> {
  const reader = body.getReader();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      let handle: ReturnType<typeof setTimeout> | undefined;
      let onAbort: (() => void) | undefined;
      const stalled = new Promise<never>((_resolve, reject) => {
        handle = setTimeout(() => {
          reject(new TimeoutError({ what: `${what} (reading the body)`, timeoutMs }));
        }, timeoutMs);
        if (signal !== undefined) {
          onAbort = () => {
            reject(abortReason(signal));
          };
          if (signal.aborted) onAbort();
          else signal.addEventListener('abort', onAbort, { once: true });
        }
      });
      try {
        const { done, value } = await Promise.race([reader.read(), stalled]);
        if (done) controller.close();
        else controller.enqueue(value);
      } catch (error) {
        reader.cancel(error).catch(() => undefined);
        controller.error(error);
      } finally {
        clearTimeout(handle);
        if (onAbort !== undefined) signal?.removeEventListener('abort', onAbort);
      }
    },
    async cancel(reason) {
      return reader.cancel(reason);
    },
  }, { highWaterMark: 0 });
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
