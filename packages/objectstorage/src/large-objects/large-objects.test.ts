import { describe, expect, it } from '@jest/globals';
import { ServiceClient, createProviderClient, isInvalidInputError, type FetchFunction } from '@openstack-ts/core';
import { createHash } from 'node:crypto';
import { SWIFT_ENDPOINT, fakeSwift } from '../fake-swift.fixtures.js';
import { deleteLargeObject, uploadLargeObject } from './index.js';

interface Seen {
  method: string;
  /** Path and query below the storage URL. */
  path: string;
  headers: Headers;
  body: string;
}

type Route = (request: Seen) => Response | undefined;

/**
 * A Swift client whose storage-URL requests go to `route` (segment names carry a timestamp, so
 * the fake cloud's fixed routes cannot match them); Keystone is the fake cloud's. Records every
 * Swift request and the most that were in flight at once.
 */
function swiftWith(route: Route): { client: ServiceClient; seen: Seen[]; peak: () => number } {
  const cloud = fakeSwift();
  const seen: Seen[] = [];
  let inFlight = 0;
  let peak = 0;
  const fetchFn: FetchFunction = async (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!url.startsWith(SWIFT_ENDPOINT)) return cloud.fetch(input, init);
    peak = Math.max(peak, ++inFlight);
    try {
      const body = init?.body === undefined || init.body === null ? '' : await new Response(init.body).text();
      const request = { method: init?.method ?? 'GET', path: url.slice(SWIFT_ENDPOINT.length + 1), headers: new Headers(init?.headers), body };
      seen.push(request);
      await new Promise((resolve) => setTimeout(resolve, 5));
      return route(request) ?? new Response('<html><h1>Not Found</h1></html>', { status: 404 });
    } finally {
      inFlight--;
    }
  };
  const provider = createProviderClient({
    auth: { authUrl: cloud.identityEndpoint, username: 'demo', userDomainName: 'Default', password: 'fake-password', projectName: 'demo', projectDomainName: 'Default' },
    fetch: fetchFn,
    retry: false,
  });
  return { client: new ServiceClient({ provider, serviceType: 'object-store', endpoint: SWIFT_ENDPOINT }), seen, peak: () => peak };
}

const md5 = (text: string): string => createHash('md5').update(text).digest('hex');

/** Swift answers a PUT with the MD5 of what it stored, as the real one does. */
function stored(request: Seen): Response {
  return new Response(null, { status: 201, headers: { etag: md5(request.body), 'x-openstack-request-id': 'tx-put' } });
}

/** The answer the real Swift gave a manifest PUT in the local cloud (quoted ETag, request ID). */
const manifestStored = (): Response =>
  new Response(null, { status: 201, headers: { etag: '"53fafec3da03790fa974be2d95b5c404"', 'x-openstack-request-id': 'tx99730c5726dd4abdbaa7f-006b09b1fa' } });

const bulkOk = (deleted: number): Response =>
  new Response(JSON.stringify({ 'Response Status': '200 OK', 'Response Body': '', 'Number Deleted': deleted, 'Number Not Found': 0, Errors: [] }), { status: 200 });

const DATA = 'a'.repeat(1024) + 'b'.repeat(1024) + 'c'.repeat(300);

async function* chunks(text: string, size: number): AsyncGenerator<string> {
  for (let at = 0; at < text.length; at += size) yield text.slice(at, at + size);
}

describe('uploadLargeObject', () => {
  it('uploads segments with their MD5s, at most `concurrency` at once, then the SLO manifest with metadata', async () => {
    const { client, seen, peak } = swiftWith((r) =>
      r.method === 'PUT' && r.path === 'c_segments' ? new Response(null, { status: 201 }) : r.method === 'PUT' && r.path.startsWith('c/big?') ? manifestStored() : r.method === 'PUT' ? stored(r) : undefined,
    );
    const progress: number[] = [];
    const result = await uploadLargeObject(client, 'c', 'big', chunks(DATA, 700), {
      segmentSize: 1024,
      concurrency: 2,
      metadata: { owner: 'me' },
      contentType: 'text/plain',
      onProgress: (p) => progress.push(p.bytes),
    });
    const segments = seen.filter((r) => r.path.startsWith('c_segments/'));
    expect(segments.map((r) => r.path)).toEqual([0, 1, 2].map((i) => expect.stringMatching(new RegExp(`^c_segments/big/slo/\\d+\\.\\d{6}/1024/0000000${String(i)}$`))));
    expect(segments.map((r) => [r.headers.get('etag'), r.headers.get('content-length'), r.body.length])).toEqual([
      [md5('a'.repeat(1024)), '1024', 1024],
      [md5('b'.repeat(1024)), '1024', 1024],
      [md5('c'.repeat(300)), '300', 300],
    ]);
    expect(peak()).toBeLessThanOrEqual(2);
    const manifest = seen.at(-1);
    expect(manifest?.path).toBe('c/big?multipart-manifest=put');
    expect([manifest?.headers.get('x-object-meta-owner'), manifest?.headers.get('content-type')]).toEqual(['me', 'text/plain']);
    expect(JSON.parse(manifest?.body ?? '')).toEqual(
      segments.map((r) => ({ path: `/${r.path}`, etag: md5(r.body), size_bytes: r.body.length })),
    );
    expect(progress.at(-1)).toBe(DATA.length);
    expect(result).toMatchObject({ kind: 'slo', segments: 3, bytes: DATA.length, segment_container: 'c_segments', etag: '53fafec3da03790fa974be2d95b5c404', request_id: 'tx99730c5726dd4abdbaa7f-006b09b1fa' });
  });

  it('writes a Dynamic Large Object manifest: an empty object with X-Object-Manifest, encoded', async () => {
    const { client, seen } = swiftWith((r) => (r.method === 'PUT' ? stored(r) : undefined));
    const result = await uploadLargeObject(client, 'c', 'a b/ü', DATA, { segmentSize: 1024, kind: 'dlo', segmentContainer: 'segs' });
    const manifest = seen.at(-1);
    expect([manifest?.path, manifest?.body]).toEqual(['c/a%20b/%C3%BC', '']);
    expect(manifest?.headers.get('x-object-manifest')).toMatch(/^segs\/a%20b\/%C3%BC\/dlo\/\d+\.\d{6}\/1024\/$/);
    expect(result).toMatchObject({ kind: 'dlo', segments: 3, segment_container: 'segs' });
  });

  it('stores data smaller than one segment as an ordinary object, with no segment container', async () => {
    const { client, seen } = swiftWith((r) => (r.method === 'PUT' ? stored(r) : undefined));
    const result = await uploadLargeObject(client, 'c', 'small', 'tiny', { segmentSize: 1024, metadata: { a: '1' } });
    expect(seen.map((r) => [r.method, r.path, r.headers.get('x-object-meta-a')])).toEqual([['PUT', 'c/small', '1']]);
    expect(result).toMatchObject({ kind: 'plain', segments: 0, bytes: 4, etag: md5('tiny') });
  });

  it('on a failed segment writes no manifest and bulk-deletes the segments already stored', async () => {
    let puts = 0;
    const { client, seen } = swiftWith((r) => {
      if (r.method === 'POST') return bulkOk(1);
      if (r.method !== 'PUT') return undefined;
      if (r.path === 'c_segments') return new Response(null, { status: 202 });
      return ++puts === 2 ? new Response('<html><h1>Service Unavailable</h1></html>', { status: 500 }) : stored(r);
    });
    const error = await uploadLargeObject(client, 'c', 'big', DATA, { segmentSize: 1024, concurrency: 1 }).catch((e: unknown) => e);
    expect(String(error)).toContain('500');
    expect(seen.some((r) => r.path.includes('multipart-manifest=put'))).toBe(false);
    const cleanup = seen.find((r) => r.method === 'POST');
    expect(cleanup?.path).toBe('?bulk-delete=true');
    expect(cleanup?.body).toMatch(/^\/c_segments\/big\/slo\/\d+\.\d{6}\/1024\/00000000\n$/);
  });

  it('refuses bad options before any request', async () => {
    const { client, seen } = swiftWith(() => undefined);
    for (const options of [{ segmentSize: 0 }, { concurrency: 1.5 }, { kind: 'xlo' as 'slo' }, { segmentContainer: 'a/b' }]) {
      expect(isInvalidInputError(await uploadLargeObject(client, 'c', 'o', DATA, options).catch((e: unknown) => e))).toBe(true);
    }
    expect(seen).toEqual([]);
  });
});

describe('deleteLargeObject', () => {
  it('deletes a Static Large Object with multipart-manifest=delete', async () => {
    const { client, seen } = swiftWith((r) =>
      r.method === 'HEAD' ? new Response(null, { status: 200, headers: { 'x-static-large-object': 'True', 'content-length': '2348' } }) : r.method === 'DELETE' ? bulkOk(4) : undefined,
    );
    await deleteLargeObject(client, 'c', 'big');
    expect(seen.map((r) => [r.method, r.path])).toEqual([
      ['HEAD', 'c/big?multipart-manifest=get'],
      ['DELETE', 'c/big?multipart-manifest=delete'],
    ]);
  });

  it('deletes a Dynamic Large Object: the manifest first, then every object under its prefix', async () => {
    const { client, seen } = swiftWith((r) => {
      if (r.method === 'HEAD') return new Response(null, { status: 200, headers: { 'x-object-manifest': 'segs/big/dlo/1.000000/1024/', 'content-length': '0' } });
      if (r.method === 'DELETE') return new Response(null, { status: 204 });
      if (r.method === 'GET' && r.path.includes('marker=')) return Response.json([]);
      if (r.method === 'GET') return Response.json([{ name: 'big/dlo/1.000000/1024/00000000' }, { name: 'big/dlo/1.000000/1024/00000001' }]);
      return r.method === 'POST' ? bulkOk(2) : undefined;
    });
    await deleteLargeObject(client, 'c', 'big');
    expect(seen.map((r) => [r.method, r.path])).toEqual([
      ['HEAD', 'c/big?multipart-manifest=get'],
      ['DELETE', 'c/big'],
      ['GET', 'segs?format=json&prefix=big%2Fdlo%2F1.000000%2F1024%2F'],
      ['GET', 'segs?format=json&prefix=big%2Fdlo%2F1.000000%2F1024%2F&marker=big%2Fdlo%2F1.000000%2F1024%2F00000001'],
      ['POST', '?bulk-delete=true'],
    ]);
    expect(seen.at(-1)?.body).toBe('/segs/big/dlo/1.000000/1024/00000000\n/segs/big/dlo/1.000000/1024/00000001\n');
  });

  it('deletes an ordinary object plainly', async () => {
    const { client, seen } = swiftWith((r) => (r.method === 'HEAD' ? new Response(null, { status: 200 }) : r.method === 'DELETE' ? new Response(null, { status: 204 }) : undefined));
    await deleteLargeObject(client, 'c', 'plain');
    expect(seen.map((r) => [r.method, r.path])).toEqual([
      ['HEAD', 'c/plain?multipart-manifest=get'],
      ['DELETE', 'c/plain'],
    ]);
  });
});
