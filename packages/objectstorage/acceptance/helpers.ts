import { providerFromCloud } from '@openstack-ts/config';
import type { FetchFunction, ProviderClient } from '@openstack-ts/core';
import type { PortableReadableStream } from '../src/bodies.js';
import type { ObjectStorageClient } from '../src/client.js';
import { bulkDelete } from '../src/bulk/index.js';
import { deleteContainer } from '../src/containers/index.js';
import { deleteObject, listObjectVersions, listObjects } from '../src/objects/index.js';
import type { ObjectSummary } from '../src/objects/index.js';

/** Deletes every object of a container (segments and manifests alike), then the container. */
export async function emptyAndDelete(client: ObjectStorageClient, container: string): Promise<void> {
  const names: string[] = [];
  for await (const entry of listObjects(client, container)) names.push((entry as ObjectSummary).name);
  if (names.length > 0) await bulkDelete(client, names.map((name) => ({ container, name })));
  await deleteContainer(client, container);
}

/** Deletes every version of every object of a versioned container, then the container. */
export async function emptyVersionsAndDelete(client: ObjectStorageClient, container: string): Promise<void> {
  for await (const entry of listObjectVersions(client, container)) {
    if ('subdir' in entry) continue;
    await deleteObject(client, container, entry.name, { version_id: entry.version_id });
  }
  await deleteContainer(client, container);
}

/** Bytes 0..n-1 of a reproducible pattern (so a misplaced or repeated chunk shows). */
export function pattern(n: number, seed = 1): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(n);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

/** An async generator over `data` in chunks of `chunk` bytes; `failAfter` bytes makes it throw. */
export async function* chunks(data: Uint8Array, chunk: number, failAfter?: number): AsyncGenerator<Uint8Array> {
  for (let at = 0; at < data.length; at += chunk) {
    if (failAfter !== undefined && at >= failAfter) throw new Error('the source broke');
    await Promise.resolve();
    yield data.subarray(at, Math.min(at + chunk, data.length));
  }
}

/** A web ReadableStream over `data` in chunks of `chunk` bytes, pulled on demand. */
export function webStream(data: Uint8Array, chunk: number): ReadableStream<Uint8Array> {
  let at = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (at >= data.length) {
        controller.close();
        return;
      }
      controller.enqueue(data.slice(at, at + chunk));
      at += chunk;
    },
  });
}

/** Reads a download's body whole (tests only: the objects are small). */
export async function readAll(stream: PortableReadableStream): Promise<Uint8Array> {
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/**
 * A provider for the member cloud whose fetch can spoil the token of chosen requests: Swift then
 * answers a real 401, exactly as for a token revoked or expired in flight.
 */
export async function spoilableProvider(): Promise<{
  provider: ProviderClient;
  spoil: (match: (method: string, url: string) => boolean) => void;
  reauths: () => number;
  /** The most PUTs that were in flight at once. */
  peakPuts: () => number;
}> {
  let matcher: ((method: string, url: string) => boolean) | undefined;
  let reauths = 0;
  let puts = 0;
  let peak = 0;
  const spoilingFetch: FetchFunction = async (input, init) => {
    const request = input instanceof Request ? input : undefined;
    const method = init?.method ?? request?.method ?? 'GET';
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const headers = new Headers(init?.headers ?? request?.headers);
    if (matcher !== undefined && headers.has('x-auth-token') && matcher(method, url)) {
      matcher = undefined;
      headers.set('x-auth-token', 'gAAAAABspoiled-token');
      return init === undefined ? fetch(new Request(input, { headers })) : fetch(input, { ...init, headers });
    }
    return fetch(input, init);
  };
  const cloud = process.env.OSTS_MEMBER_CLOUD ?? 'local-demo';
  const provider = await providerFromCloud(cloud, {
    fetch: spoilingFetch,
    hooks: {
      onAuthenticate: (event) => {
        if (event.reason === 'unauthorized') reauths++;
      },
      onRequest: (event) => {
        if (event.method === 'PUT') peak = Math.max(peak, ++puts);
      },
      onResponse: (event) => {
        if (event.method === 'PUT') puts--;
      },
    },
  });
  return {
    provider,
    spoil: (match) => {
      matcher = match;
    },
    reauths: () => reauths,
    peakPuts: () => peak,
  };
}

/**
 * A provider for the member cloud whose fetch flips the first byte of the bodies of the responses
 * `match` picks: a proxy that corrupts data, to prove the ETag checks.
 */
export async function flippingProvider(match: (method: string, url: string) => boolean): Promise<ProviderClient> {
  const flipping: FetchFunction = async (input, init) => {
    const request = input instanceof Request ? input : undefined;
    const method = init?.method ?? request?.method ?? 'GET';
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const response = await fetch(input, init);
    if (!match(method, url) || response.body === null) return response;
    let flipped = false;
    const body = response.body.pipeThrough(
      new TransformStream<Uint8Array, Uint8Array>({
        transform(chunk, controller) {
          if (!flipped && chunk.length > 0) {
            const copy = chunk.slice();
            copy[0] = (copy[0] ?? 0) ^ 0xff;
            flipped = true;
            controller.enqueue(copy);
          } else controller.enqueue(chunk);
        },
      }),
    );
    return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
  };
  return providerFromCloud(process.env.OSTS_MEMBER_CLOUD ?? 'local-demo', { fetch: flipping });
}
