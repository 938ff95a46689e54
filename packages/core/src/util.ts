/** Small helpers shared by core's modules. Not part of the public surface. */

/** A query string value; `undefined` and `null` are skipped, arrays repeat the key. */
export type QueryValue = string | number | boolean | undefined | null | readonly (string | number | boolean)[];

/** Query parameters of a request. */
export type Query = Readonly<Record<string, QueryValue>> | URLSearchParams;

/** Appends query parameters to a URL, skipping `undefined`/`null`, repeating arrays. */
export function withQuery(url: string, query: Query | undefined): string {
  if (query === undefined) return url;
  const params = query instanceof URLSearchParams ? new URLSearchParams(query) : new URLSearchParams();
  if (!(query instanceof URLSearchParams)) {
    for (const [key, value] of Object.entries(query)) {
      if (value === undefined || value === null) continue;
      if (Array.isArray(value)) {
        for (const item of value as readonly (string | number | boolean)[]) params.append(key, String(item));
      } else {
        params.append(key, String(value));
      }
    }
  }
  const text = params.toString();
  if (text === '') return url;
  return `${url}${url.includes('?') ? '&' : '?'}${text}`;
}

/** True for `http://` and `https://` URLs. */
export function isAbsoluteUrl(path: string): boolean {
  return /^https?:\/\//i.test(path);
}

/** Ensures exactly one trailing slash. */
export function withTrailingSlash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}

/** Joins an endpoint (with trailing slash) and a relative path. */
export function joinUrl(base: string, path: string): string {
  if (isAbsoluteUrl(path)) return path;
  return withTrailingSlash(base) + path.replace(/^\/+/, '');
}

/** The origin (`scheme://host:port`) of a URL, or `undefined` when it does not parse. */
export function originOf(url: string): string | undefined {
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}

/** The signal's abort reason as an error, for rethrowing unwrapped. */
export function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('This operation was aborted', 'AbortError');
}

/** Throws the signal's reason when it is aborted. */
export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted === true) throw abortReason(signal);
}

/** Resolves after `ms`, or rejects with the signal's reason as soon as it aborts. */
export async function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal === undefined) {
      setTimeout(resolve, Math.max(0, ms));
      return;
    }
    if (signal.aborted) {
      reject(abortReason(signal));
      return;
    }
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(abortReason(signal));
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, Math.max(0, ms));
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * Waits for a shared promise, but lets this caller leave early when its own signal aborts.
 * The shared work goes on for the others.
 */
export async function raceSignal<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (signal === undefined) return promise;
  if (signal.aborted) return Promise.reject(abortReason(signal));
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => {
      reject(abortReason(signal));
    };
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

/** Reads a header as a trimmed string, `undefined` when absent or empty. */
export function header(headers: Headers, name: string): string | undefined {
  const value = headers.get(name);
  return value === null || value.trim() === '' ? undefined : value.trim();
}

/** The request id a service put on its response. */
export function requestIdOf(headers: Headers): string | undefined {
  return header(headers, 'x-openstack-request-id') ?? header(headers, 'x-compute-request-id') ?? header(headers, 'x-trans-id');
}

/** True for a plain object (not `null`, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * A copy of `query` with the array values of `keys` joined by commas, as Nova, Neutron and
 * Keystone want their tag filters (`tags=a,b`); other values pass through as they are.
 */
export function joinListFilters(query: object, keys: readonly string[]): Record<string, QueryValue> {
  const out: Record<string, QueryValue> = {};
  for (const [key, value] of Object.entries(query) as [string, QueryValue][]) {
    if (value === undefined) continue;
    out[key] = keys.includes(key) && Array.isArray(value) ? (value as readonly (string | number | boolean)[]).join(',') : value;
  }
  return out;
}

const INSPECT = Symbol.for('nodejs.util.inspect.custom');

function inspectAsStringHook(this: { toString(): string }): string {
  return this.toString();
}

/**
 * Makes `util.inspect` and `console.log` show `target.toString()` (the redacted form) by defining
 * Node's inspect hook on the instance. Not a class member on purpose: a computed `Symbol.for(…)`
 * method key keeps the whole class in a bundle even when nothing uses it (esbuild cannot tell the
 * key is pure), and every package's `dist` is one bundled module.
 */
export function inspectAsString(target: { toString(): string }): void {
  Object.defineProperty(target, INSPECT, { value: inspectAsStringHook, enumerable: false, writable: true, configurable: true });
}

/** Reads a stream to its end into one buffer (without a platform `Response`, which Node makes with undici). */
export async function readAll(stream: ReadableStream<Uint8Array>): Promise<Uint8Array<ArrayBuffer>> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      length += value.byteLength;
    }
  } finally {
    reader.releaseLock();
  }
  const out = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}
