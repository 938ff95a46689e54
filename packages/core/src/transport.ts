/**
 * One HTTP exchange on ky: no retries, no redirects, no status checks (the provider's loop does
 * those). Translates everything ky or fetch can throw into core's errors, so nothing from ky
 * escapes.
 */
import ky, { type KyInstance } from 'ky';
import { ConnectionError, TimeoutError } from './errors.js';
import { abortReason } from './util.js';

/** A `fetch`-compatible function: the platform's, undici's, a test double. */
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
 * Sends one attempt. A stream body is handed to fetch directly rather than through ky: ky
 * clones every request ahead of its own retries, and cloning a streamed body tees it, which
 * would hold a whole upload in memory. We never use ky's retries, so the stream is attached at
 * the fetch step instead.
 */
export async function sendOnce(instance: KyInstance, fetchFn: FetchFunction | undefined, attempt: Attempt): Promise<Response> {
  const { body } = attempt;
  const baseFetch: FetchFunction = fetchFn ?? ((input, init) => globalThis.fetch(input, init));
  const streamFetch: FetchFunction | undefined = body.stream
    ? (input) => {
        const request = input as Request;
        return baseFetch(request.url, {
          method: request.method,
          headers: request.headers,
          body: body.body ?? null,
          signal: request.signal,
          redirect: 'manual',
          duplex: 'half',
        } as RequestInit);
      }
    : undefined;
  try {
    return await instance(attempt.url, {
      method: attempt.method,
      headers: attempt.headers,
      ...(body.stream || body.body === undefined ? {} : { body: body.body }),
      ...(attempt.signal === undefined ? {} : { signal: attempt.signal }),
      timeout: attempt.timeoutMs ?? false,
      ...(streamFetch === undefined ? {} : { fetch: streamFetch }),
    });
  } catch (error) {
    if (attempt.signal?.aborted === true) throw abortReason(attempt.signal);
    if (error instanceof Error && error.name === 'TimeoutError') {
      throw new TimeoutError({ what: `${attempt.method} ${attempt.redactedUrl}`, timeoutMs: attempt.timeoutMs ?? 0 });
    }
    throw new ConnectionError(
      { method: attempt.method, url: attempt.redactedUrl, reason: describeCause(error) },
      { cause: error },
    );
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
