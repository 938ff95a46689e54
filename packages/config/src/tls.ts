/**
 * A Node `fetch` with a cloud's TLS settings: undici's fetch bound to an undici `Agent` that
 * trusts the cloud's CA bundle, presents its client certificate, or skips verification.
 */
import { readFileSync } from 'node:fs';
import { ConfigError, type FetchFunction } from '@openstack-ts/core';
import type { Agent, fetch as UndiciFetch } from 'undici';
import type { TlsSettings } from './cloud-config.js';

/** A fetch with its own connection pool; `close()` ends the pool's connections. */
export interface TlsFetchFunction extends FetchFunction {
  /** Closes the pool once its requests are done. The fetch cannot be used afterwards. */
  close(): Promise<void>;
}

/** True when the settings differ from Node's defaults, so the platform's fetch would not do. */
export function hasTlsSettings(tls: Readonly<TlsSettings>): boolean {
  return !tls.verify || tls.cacert !== undefined || tls.cert !== undefined || tls.key !== undefined;
}

/** Reads a PEM file, as `ConfigError` naming it when it cannot. @internal */
export function readPem(path: string, what: string): Buffer {
  try {
    return readFileSync(path);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    throw new ConfigError(`Cannot read the ${what} file ${path} (${typeof code === 'string' ? code : 'unknown error'})`, { file: path });
  }
}

/** Statuses whose responses have no body; the `Response` constructor refuses one for them. */
const NULL_BODY = new Set([101, 103, 204, 205, 304]);

type UndiciInput = Parameters<typeof UndiciFetch>[0];
type UndiciInit = NonNullable<Parameters<typeof UndiciFetch>[1]>;

/**
 * Turns the platform's `Request` into a URL and init undici's fetch accepts: undici's own fetch
 * recognises only its own `Request` class, and reads any other object as a URL string.
 */
async function toUndiciArguments(input: Request | string | URL, init: RequestInit | undefined): Promise<[UndiciInput, UndiciInit]> {
  const extra = (init ?? {}) as UndiciInit;
  if (!(input instanceof Request)) return [input instanceof URL ? input.href : input, extra];
  // Core streams large bodies through `init`, so a Request's body is small: buffer it, which also
  // gives the server a Content-Length rather than a chunked upload.
  const body = input.body === null ? undefined : await input.arrayBuffer();
  const fromRequest: UndiciInit = {
    method: input.method,
    headers: [...input.headers.entries()],
    redirect: input.redirect,
    signal: input.signal,
    ...(body === undefined ? {} : { body }),
  };
  return [input.url, { ...fromRequest, ...extra }];
}

/**
 * Creates a fetch that applies a cloud's TLS settings: `cacert` is the set of CAs trusted (in
 * place of Node's), `cert` and `key` are presented for mutual TLS, and `verify: false` accepts any
 * certificate. The files are read once, now; an unreadable file throws `ConfigError` (from core).
 * A certificate the settings reject fails the request as core's `ConnectionError`.
 */
export function createTlsFetch(tls: Readonly<TlsSettings>): TlsFetchFunction {
  const ca = tls.cacert === undefined ? undefined : readPem(tls.cacert, 'cacert');
  const cert = tls.cert === undefined ? undefined : readPem(tls.cert, 'cert');
  const key = tls.key === undefined ? undefined : readPem(tls.key, 'key');
  // undici is loaded on the first request, not with the package: it costs ~90 ms of CPU and
  // ~14 MiB to import (docs/performance.md), and most clouds need no TLS settings.
  let loaded: Promise<{ agent: Agent; undiciFetch: typeof UndiciFetch }> | undefined;
  const load = async (): Promise<{ agent: Agent; undiciFetch: typeof UndiciFetch }> =>
    (loaded ??= import('undici').then((undici) => ({
      agent: new undici.Agent({
        connect: {
          rejectUnauthorized: tls.verify,
          ...(ca === undefined ? {} : { ca }),
          ...(cert === undefined ? {} : { cert }),
          ...(key === undefined ? {} : { key }),
        },
      }),
      undiciFetch: undici.fetch,
    })));
  const tlsFetch = async (input: Request | string | URL, init?: RequestInit): Promise<Response> => {
    const [[url, options], { agent, undiciFetch }] = await Promise.all([toUndiciArguments(input, init), load()]);
    const response = await undiciFetch(url, { ...options, dispatcher: agent });
    // Hand back the platform's Response class, which is what the rest of the SDK is typed for.
    const platform = new Response(NULL_BODY.has(response.status) ? null : (response.body as ReadableStream<Uint8Array> | null), {
      status: response.status,
      statusText: response.statusText,
      headers: [...response.headers.entries()],
    });
    Object.defineProperty(platform, 'url', { value: response.url });
    return platform;
  };
  return Object.assign(tlsFetch, { close: async () => (loaded === undefined ? undefined : (await loaded).agent.close()) });
}
