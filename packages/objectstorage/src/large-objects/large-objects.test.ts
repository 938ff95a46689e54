import { describe, expect, it } from '@jest/globals';
import { ServiceClient, createProviderClient, isHttpError, isInvalidInputError, type FetchFunction } from '@openstack-ts/core';
import { rejectionOf } from '@openstack-ts/core/testing';
import { asObjectStorageClient, type ObjectStorageClient } from '../client.js';
import { createHash } from 'node:crypto';
import { SWIFT_ENDPOINT, fakeSwift } from '../fake-swift.fixtures.js';
import { deleteLargeObject, uploadLargeObject, type UploadLargeObjectInput } from './index.js';

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
function swiftWith(route: Route): { client: ObjectStorageClient; seen: Seen[]; peak: () => number } {
  const cloud = fakeSwift();
  const seen: Seen[] = [];
  let inFlight = 0;
  let peak = 0;
  const fetchFn: FetchFunction = async (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!url.startsWith(SWIFT_ENDPOINT)) return cloud.fetch(input, init);
    peak = Math.max(peak, ++inFlight);
    try {
      // The headers as fetch sends them: a Request adds the Content-Type fetch would give the body.
      const sent = new Request(url, init);
      const request = { method: sent.method, path: url.slice(SWIFT_ENDPOINT.length + 1), headers: sent.headers, body: await sent.text() };
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
  return { client: asObjectStorageClient(new ServiceClient({ provider, serviceType: 'object-store', endpoint: SWIFT_ENDPOINT })), seen, peak: () => peak };
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
      segment_size: 1024,
      concurrency: 2,
      metadata: { owner: 'me' },
      content_type: 'text/plain',
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
    const result = await uploadLargeObject(client, 'c', 'a b/ü', DATA, { segment_size: 1024, kind: 'dlo', segment_container: 'segs' });
    const manifest = seen.at(-1);
    expect([manifest?.path, manifest?.body]).toEqual(['c/a%20b/%C3%BC', '']);
    expect(manifest?.headers.get('x-object-manifest')).toMatch(/^segs\/a%20b\/%C3%BC\/dlo\/\d+\.\d{6}\/1024\/$/);
    expect(result).toMatchObject({ kind: 'dlo', segments: 3, segment_container: 'segs' });
  });

  it('lets Swift take a Static Large Object\'s type from its name: the manifest goes without a Content-Type', async () => {
    const { client, seen } = swiftWith((r) => (r.method === 'PUT' && r.path.includes('?multipart-manifest=put') ? manifestStored() : r.method === 'PUT' ? stored(r) : undefined));
    await uploadLargeObject(client, 'c', 'photo.jpg', DATA, { segment_size: 1024, content_disposition: 'inline', delete_after: 3600 });
    const manifest = seen.at(-1);
    expect(manifest?.path).toBe('c/photo.jpg?multipart-manifest=put');
    // slo.py guesses the type from the name when the manifest PUT has none (image/jpeg here);
    // X-Detect-Content-Type would make the proxy drop the swift_bytes SLO adds to it.
    expect([manifest?.headers.get('content-type'), manifest?.headers.get('x-detect-content-type')]).toEqual([null, null]);
    expect([manifest?.headers.get('content-disposition'), manifest?.headers.get('x-delete-after')]).toEqual(['inline', '3600']);
    // The segments are stored as bytes.
    expect(seen.filter((r) => r.path.startsWith('c_segments/')).map((r) => r.headers.get('content-type'))).toEqual(Array(3).fill('application/octet-stream'));
  });

  it('asks Swift to take a Dynamic Large Object\'s type from its name (X-Detect-Content-Type), or sends the one given', async () => {
    const { client, seen } = swiftWith((r) => (r.method === 'PUT' ? stored(r) : undefined));
    await uploadLargeObject(client, 'c', 'photo.jpg', DATA, { segment_size: 1024, kind: 'dlo' });
    const detected = seen.at(-1);
    expect([detected?.path, detected?.headers.get('content-type'), detected?.headers.get('x-detect-content-type')]).toEqual(['c/photo.jpg', null, 'true']);
    await uploadLargeObject(client, 'c', 'photo.jpg', DATA, { segment_size: 1024, kind: 'dlo', content_type: 'image/png' });
    const given = seen.at(-1);
    expect([given?.headers.get('content-type'), given?.headers.get('x-detect-content-type')]).toEqual(['image/png', null]);
  });

  it('stores data smaller than one segment as an ordinary object, with no segment container', async () => {
    const { client, seen } = swiftWith((r) => (r.method === 'PUT' ? stored(r) : undefined));
    const result = await uploadLargeObject(client, 'c', 'small', 'tiny', { segment_size: 1024, metadata: { a: '1' } });
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
    const error = await rejectionOf(uploadLargeObject(client, 'c', 'big', DATA, { segment_size: 1024, concurrency: 1 }));
    expect(isHttpError(error, 500) && error.method).toBe('PUT');
    expect(seen.some((r) => r.path.includes('multipart-manifest=put'))).toBe(false);
    const cleanup = seen.find((r) => r.method === 'POST');
    expect(cleanup?.path).toBe('?bulk-delete=true');
    expect(cleanup?.body).toMatch(/^\/c_segments\/big\/slo\/\d+\.\d{6}\/1024\/00000000\n$/);
  });

  it('refuses bad options before any request', async () => {
    const { client, seen } = swiftWith(() => undefined);
    const bad: [UploadLargeObjectInput, string][] = [
      [{ segment_size: 0 }, 'segment_size'],
      [{ concurrency: 1.5 }, 'concurrency'],
      [{ kind: 'xlo' as 'slo' }, 'kind'],
      [{ segment_container: 'a/b' }, 'segment_container'],
      [{ metadata: { 'a b': 'c' } }, 'metadata'],
      [{ delete_at: 1_795_883_906, delete_after: 60 }, 'delete_at'],
      [{ content_type: 'text/plain\r\nX-Evil: 1' }, 'content_type'],
    ];
    for (const [input, field] of bad) {
      const error = await rejectionOf(uploadLargeObject(client, 'c', 'o', DATA, input));
      expect([input, isInvalidInputError(error) && error.field]).toEqual([input, field]);
    }
    const badName = await rejectionOf(uploadLargeObject(client, 'c', '', DATA));
    expect(isInvalidInputError(badName) && badName.field).toBe('name');
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
