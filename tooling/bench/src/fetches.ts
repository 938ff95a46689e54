/**
 * The fetch functions compared under the SDK in Node (BENCH_FETCH). Each gets what core hands
 * to fetch and returns a platform `Response`.
 *
 * - `platform`: Node's global fetch (core's default in browsers, Deno and Bun).
 * - `undici`: undici's own `fetch` with a keep-alive `Agent` dispatcher.
 * - `undici-request`: undici's `Agent.request()` wrapped here as a plain fetch (a `Response`
 *   built around the bytes).
 * - `node`: core's `createNodeFetch()`, its default in Node (made by core: see sdk.ts).
 * - `node-deep`: the same, made here from core's package root.
 *
 * (Until core dropped ky, `node-via-ky` and `platform-direct` compared ky's cost; see
 * docs/performance.md for those figures.)
 */
import { Readable } from 'node:stream';
import type { FetchFunction } from '@openstack-ts/core';

export async function makeFetch(kind: string): Promise<FetchFunction> {
  switch (kind) {
    case 'undici':
      return undiciFetch();
    case 'undici-request':
      return undiciRequestFetch();
    case 'node-deep': {
      const { createNodeFetch } = await import('@openstack-ts/core');
      return createNodeFetch();
    }
    default:
      throw new Error(`unknown fetch kind ${kind}`);
  }
}

const NULL_BODY = new Set([101, 103, 204, 205, 304]);

interface Plain {
  url: string;
  method: string;
  headers: Headers;
  body: BodyInit | null;
  signal: AbortSignal | undefined;
}

/** What ky hands over, as plain parts. A Request's body is small (core streams through init). */
async function plain(input: Request | string | URL, init: RequestInit | undefined): Promise<Plain> {
  if (input instanceof Request) {
    const body = input.body === null ? null : await input.arrayBuffer();
    return { url: input.url, method: input.method, headers: input.headers, body, signal: init?.signal ?? input.signal };
  }
  return {
    url: input instanceof URL ? input.href : input,
    method: init?.method ?? 'GET',
    headers: new Headers(init?.headers),
    body: init?.body ?? null,
    signal: init?.signal ?? undefined,
  };
}

async function undiciFetch(): Promise<FetchFunction> {
  const undici = await import('undici');
  const agent = new undici.Agent({ keepAliveTimeout: 60_000 });
  return async (input, init) => {
    const p = await plain(input, init);
    const response = await undici.fetch(p.url, {
      method: p.method,
      headers: [...p.headers],
      body: p.body as never,
      signal: p.signal,
      redirect: 'manual',
      dispatcher: agent,
      ...(p.body instanceof ReadableStream ? { duplex: 'half' } : {}),
    } as never);
    const platform = new Response(NULL_BODY.has(response.status) ? null : (response.body as ReadableStream<Uint8Array> | null), {
      status: response.status,
      statusText: response.statusText,
      headers: [...response.headers],
    });
    Object.defineProperty(platform, 'url', { value: response.url });
    return platform;
  };
}

function toHeaders(raw: Record<string, string | string[] | undefined>): Headers {
  const headers = new Headers();
  for (const name in raw) {
    const value = raw[name];
    if (value === undefined) continue;
    if (typeof value === 'string') headers.append(name, value);
    else for (const item of value) headers.append(name, item);
  }
  return headers;
}

async function undiciRequestFetch(): Promise<FetchFunction> {
  const undici = await import('undici');
  const agent = new undici.Agent({ keepAliveTimeout: 60_000 });
  return async (input, init) => {
    const p = await plain(input, init);
    const headers: Record<string, string> = {};
    p.headers.forEach((value, name) => (headers[name] = value));
    const body = p.body instanceof ReadableStream ? Readable.fromWeb(p.body as never) : (p.body as string | ArrayBuffer | null);
    const url = new URL(p.url);
    const res = await agent.request({
      origin: url.origin,
      path: `${url.pathname}${url.search}`,
      method: p.method,
      headers,
      body: body instanceof ArrayBuffer ? new Uint8Array(body) : body,
      signal: p.signal,
    });
    const length = Number(res.headers['content-length'] ?? Number.NaN);
    let responseBody: BodyInit | null;
    if (NULL_BODY.has(res.statusCode) || p.method === 'HEAD') {
      await res.body.dump();
      responseBody = null;
    } else if (length <= 8 * 1024 * 1024) {
      responseBody = await res.body.arrayBuffer();
    } else {
      responseBody = Readable.toWeb(res.body) as ReadableStream<Uint8Array>;
    }
    const response = new Response(responseBody, { status: res.statusCode, headers: toHeaders(res.headers) });
    Object.defineProperty(response, 'url', { value: p.url });
    return response;
  };
}
