import { describe, expect, it } from '@jest/globals';
import { isHttpError, isInvalidInputError, isReplayRefusedError, isResponseError, isTimeoutError } from '@openstack-ts/core';
import { rejectionOf, type FakeCloud, type RecordedRequest } from '@openstack-ts/core/testing';
import { createHash } from 'node:crypto';
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ObjectBody, TransferProgress } from '../bodies.js';
import { batch3 as bulkErrorAnswer } from '../bulk/bulk.fixtures.js';
import { fakeSwift } from '../fake-swift.fixtures.js';
import { copyObject, deleteObject, downloadObject, getObject, listObjects, updateObject, uploadObject, type CopyObjectInput, type DownloadObjectInput, type GetObjectInput, type ObjectListEntry, type UpdateObjectInput, type UploadObjectInput } from './index.js';
import * as fx from './objects.fixtures.js';

interface Fixture {
  status: number;
  headers: Record<string, string>;
  body?: string;
}

/** Answers `method path` with a recorded reply (`once`: only the next request). */
function serve(cloud: FakeCloud, method: string, path: string, fixture: Fixture, once = false): void {
  const init = { status: fixture.status, headers: fixture.headers };
  if (once) cloud.replyOnce(method, path, fixture.body, init);
  else cloud.reply(method, path, fixture.body, init);
}

/** The headers a request carried, without the ones every request has. */
function sentHeaders(request: RecordedRequest): Record<string, string> {
  return Object.fromEntries(Object.entries(request.headers).filter(([name]) => name !== 'accept' && name !== 'x-auth-token' && name !== 'user-agent'));
}

const md5 = (text: string): string => createHash('md5').update(text).digest('hex');
const encoder = new TextEncoder();

/** Reads a download to its end: its text, or the error the stream ends in. */
async function readBody(stream: ReadableStream<Uint8Array>): Promise<string> {
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    text += decoder.decode(value, { stream: true });
  }
}


/** Rejects when `promise` has not settled within a second: a stalled upload never does. */
async function stalls<T>(promise: Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject(new Error('stalled: nothing settled within a second'));
    }, 1000);
  });
  return Promise.race([promise, timeout]).finally(() => {
    clearTimeout(timer);
  });
}

async function* chunks(...parts: (string | Uint8Array)[]): AsyncGenerator<string | Uint8Array> {
  for (const part of parts) yield part;
}

function webStream(...parts: string[]): ReadableStream<Uint8Array> {
  return new ReadableStream<Uint8Array>({
    start(controller) {
      for (const part of parts) controller.enqueue(encoder.encode(part));
      controller.close();
    },
  });
}

const C = 'osts-acc-recu-objects';
const HELLO = `${C}/hello.txt`;
const VERSIONED = 'osts-acc-recu-versioned';

describe('uploadObject', () => {
  it("sends every header option and the data's MD5 as ETag, and reads Swift's answer", async () => {
    const cloud = fakeSwift();
    serve(cloud, 'PUT', HELLO, fx.uploaded);
    const uploaded = await uploadObject(cloud.client, C, 'hello.txt', 'hello world', {
      content_type: 'text/plain',
      content_disposition: 'attachment; filename="hello.txt"',
      content_encoding: 'identity',
      metadata: { colour: 'grün', plain: 'plain' },
      delete_after: 86400,
    });
    const request = cloud.lastRequest();
    expect([request.method, request.path, request.text]).toEqual(['PUT', HELLO, 'hello world']);
    expect(sentHeaders(request)).toEqual({
      'content-length': '11',
      'content-disposition': 'attachment; filename="hello.txt"',
      'content-encoding': 'identity',
      'content-type': 'text/plain',
      etag: '5eb63bbbe01eeed093cb22bb8f5acdc3',
      'x-delete-after': '86400',
      'x-object-meta-colour': 'gr\u00c3\u00bcn',
      'x-object-meta-plain': 'plain',
    });
    expect(uploaded).toEqual({
      container: C,
      name: 'hello.txt',
      etag: '5eb63bbbe01eeed093cb22bb8f5acdc3',
      last_modified: 'Fri, 27 Nov 2026 16:38:27 GMT',
      bytes: 11,
      copied_from: undefined,
      copied_from_last_modified: undefined,
      version_id: undefined,
      request_id: 'txb7708eee5d8c4cb1bcf41-006b09b202',
    });
  });

  it('sends Content-Length for data in memory, Blobs, and streams whose content_length is given; none for other streams', async () => {
    const cloud = fakeSwift();
    serve(cloud, 'PUT', HELLO, fx.uploaded);
    await uploadObject(cloud.client, C, 'hello.txt', new Blob(['hello world']));
    expect(cloud.lastRequest().headers['content-length']).toBe('11');
    await uploadObject(cloud.client, C, 'hello.txt', chunks('hello', ' world'), { content_length: 11 });
    expect(cloud.lastRequest().headers['content-length']).toBe('11');
    await uploadObject(cloud.client, C, 'hello.txt', chunks('hello', ' world'));
    expect(cloud.lastRequest().headers['content-length']).toBeUndefined();
    const error = await rejectionOf(uploadObject(cloud.client, C, 'hello.txt', 'x', { content_length: -1 }));
    expect(isInvalidInputError(error) && error.field).toBe('content_length');
  });

  it('in a browser, sends a Blob whole (no stream, which their fetch cannot send over HTTP/1.1) and still checks its MD5 against the ETag', async () => {
    Object.assign(globalThis, { document: {} });
    try {
      const cloud = fakeSwift();
      serve(cloud, 'PUT', HELLO, fx.uploaded);
      const progress: number[] = [];
      await uploadObject(cloud.client, C, 'hello.txt', new Blob(['hello world']), { onProgress: ({ bytes }) => progress.push(bytes) });
      expect(cloud.lastRequest().text).toBe('hello world');
      expect(progress).toEqual([11]);
      const error = await rejectionOf(uploadObject(cloud.client, C, 'hello.txt', new Blob(['hello there'])));
      expect(isResponseError(error) && error.message).toMatch(/Swift stored data whose MD5 is 5eb63bbbe01eeed093cb22bb8f5acdc3, but the 11 bytes sent hash to /);
    } finally {
      delete (globalThis as { document?: unknown }).document;
    }
  });

  it('never lets a stream pass more or fewer bytes than its content_length, nor data in memory of another size', async () => {
    const cloud = fakeSwift();
    serve(cloud, 'PUT', HELLO, fx.uploaded);
    for (const [parts, length] of [[['hello', ' world!'], 11], [['hello world', '!'], 11], [['hello'], 11]] as const) {
      const error = await rejectionOf(uploadObject(cloud.client, C, 'hello.txt', chunks(...parts), { content_length: length }));
      // The body stream errors in flight: the request fails as a ConnectionError carrying the reason.
      expect([parts, String(error)]).toEqual([parts, expect.stringMatching(/^ConnectionError: PUT .*: The body is (longer|shorter) than the content_length given \(11 bytes\)/)]);
    }
    const inMemory = await rejectionOf(uploadObject(cloud.client, C, 'hello.txt', 'hello', { content_length: 11 }));
    expect(isInvalidInputError(inMemory) && inMemory.field).toBe('content_length');
  });

  it('asks Swift to detect the content type when none is given, and sends extra headers last', async () => {
    const cloud = fakeSwift();
    serve(cloud, 'PUT', HELLO, fx.uploaded);
    await uploadObject(cloud.client, C, 'hello.txt', 'hello world', {}, { headers: { 'Cache-Control': 'no-cache', 'X-Object-Meta-Colour': 'from headers' } });
    expect(sentHeaders(cloud.lastRequest())).toEqual({
      'cache-control': 'no-cache',
      'content-length': '11',
      etag: md5('hello world'),
      'x-detect-content-type': 'true',
      'x-object-meta-colour': 'from headers',
    });
  });

  it('sends every kind of body; data in memory goes with its ETag', async () => {
    const kinds: [string, ObjectBody, boolean][] = [
      ['string', 'hello world', true],
      ['Uint8Array', encoder.encode('hello world'), true],
      ['ArrayBuffer', encoder.encode('hello world').buffer, true],
      ['Blob', new Blob(['hello ', 'world']), false],
      ['ReadableStream', webStream('hello ', 'world'), false],
      ['async generator', chunks('hello', encoder.encode(' world')), false],
      ['Node Readable', Readable.from(['hello', Buffer.from(' world')]), false],
      ['function', () => chunks('hello world'), false],
      ['async function', async () => Promise.resolve(webStream('hello world')), false],
    ];
    for (const [kind, body, withEtag] of kinds) {
      const cloud = fakeSwift();
      serve(cloud, 'PUT', HELLO, fx.uploaded);
      const uploaded = await uploadObject(cloud.client, C, 'hello.txt', body);
      const request = cloud.lastRequest();
      expect([kind, request.text, request.headers.etag, uploaded.bytes, uploaded.etag]).toEqual([
        kind,
        'hello world',
        withEtag ? md5('hello world') : undefined,
        11,
        md5('hello world'),
      ]);
    }
  });

  it('raises ResponseError when Swift stored a streamed upload whose ETag differs from what was sent', async () => {
    const cloud = fakeSwift();
    // Swift's answer to "stream data"; the SDK sends other bytes.
    serve(cloud, 'PUT', `${C}/streamed.bin`, fx.streamed);
    const error = await rejectionOf(uploadObject(cloud.client, C, 'streamed.bin', chunks('other data!')));
    expect(isResponseError(error) && [error.method, error.status, error.requestId]).toEqual(['PUT', 201, 'tx27e45e331c46450caba52-006b09b202']);
    expect((error as Error).message).toContain(`MD5 is f2ff0fe63e0edc2183508fece37fc4e6, but the 11 bytes sent hash to ${md5('other data!')}`);
  });

  it('accepts a streamed upload whose ETag matches', async () => {
    const cloud = fakeSwift();
    serve(cloud, 'PUT', `${C}/streamed.bin`, fx.streamed);
    const uploaded = await uploadObject(cloud.client, C, 'streamed.bin', chunks('stream', encoder.encode(' data')));
    expect([uploaded.etag, uploaded.bytes, cloud.lastRequest().headers.etag]).toEqual(['f2ff0fe63e0edc2183508fece37fc4e6', 11, undefined]);
  });

  it('checks nothing with verify: false', async () => {
    const cloud = fakeSwift();
    serve(cloud, 'PUT', `${C}/streamed.bin`, fx.streamed);
    await uploadObject(cloud.client, C, 'streamed.bin', 'in memory', { verify: false });
    expect(cloud.lastRequest().headers.etag).toBeUndefined();
    await expect(uploadObject(cloud.client, C, 'streamed.bin', chunks('other data!'), { verify: false })).resolves.toMatchObject({ bytes: 11 });
  });

  it("sends a caller's etag as is, and raises Swift's 422 when the data does not match it", async () => {
    const cloud = fakeSwift();
    serve(cloud, 'PUT', `${C}/bad-etag.txt`, fx.etagMismatch);
    const error = await rejectionOf(uploadObject(cloud.client, C, 'bad-etag.txt', 'data', { etag: '00000000000000000000000000000000' }));
    expect(isHttpError(error, 422)).toBe(true);
    expect(cloud.lastRequest().headers.etag).toBe('00000000000000000000000000000000');
  });

  it('refuses an etag that is not an MD5 in lower-case hex before sending', async () => {
    const cloud = fakeSwift();
    for (const etag of ['', 'abc', '5EB63BBBE01EEED093CB22BB8F5ACDC3', `"${md5('x')}"`, `${md5('x')}0`]) {
      const error = await rejectionOf(uploadObject(cloud.client, C, 'x', 'x', { etag }));
      expect([etag, isInvalidInputError(error) && error.field]).toEqual([etag, 'etag']);
    }
    expect(cloud.serviceRequests()).toEqual([]);
  });

  it("sends If-None-Match: * and raises Swift's 412 when the object exists", async () => {
    const cloud = fakeSwift();
    serve(cloud, 'PUT', HELLO, fx.existsAlready);
    const error = await rejectionOf(uploadObject(cloud.client, C, 'hello.txt', 'again', { if_none_match: '*' }));
    expect(isHttpError(error, 412)).toBe(true);
    expect(cloud.lastRequest().headers['if-none-match']).toBe('*');
  });

  it('sends delete_at as whole seconds since the epoch, from a Date or a number', async () => {
    const cloud = fakeSwift();
    serve(cloud, 'PUT', `${C}/expiring.txt`, fx.expiringUploaded);
    await uploadObject(cloud.client, C, 'expiring.txt', 'expires', { delete_at: new Date(1_795_883_906_999) });
    expect(cloud.lastRequest().headers['x-delete-at']).toBe('1795883906');
    await uploadObject(cloud.client, C, 'expiring.txt', 'expires', { delete_at: 1_795_883_906 });
    expect(cloud.lastRequest().headers['x-delete-at']).toBe('1795883906');
    expect(cloud.lastRequest().headers['x-delete-after']).toBeUndefined();
  });

  it('refuses delete_at with delete_after, and bad times, before sending', async () => {
    const cloud = fakeSwift();
    const bad: [UploadObjectInput, string][] = [
      [{ delete_at: 1_795_883_906, delete_after: 60 }, 'delete_at'],
      [{ delete_at: 0 }, 'delete_at'],
      [{ delete_at: 1.5 }, 'delete_at'],
      [{ delete_at: new Date(Number.NaN) }, 'delete_at'],
      [{ delete_after: 0 }, 'delete_after'],
      [{ delete_after: 2.5 }, 'delete_after'],
    ];
    for (const [input, field] of bad) {
      const error = await rejectionOf(uploadObject(cloud.client, C, 'x', 'x', input));
      expect([input, isInvalidInputError(error) && error.field]).toEqual([input, field]);
    }
    expect(cloud.serviceRequests()).toEqual([]);
  });

  it('reports progress as the bytes go, with the total when it is known', async () => {
    const cloud = fakeSwift();
    serve(cloud, 'PUT', HELLO, fx.uploaded);
    const inMemory: TransferProgress[] = [];
    await uploadObject(cloud.client, C, 'hello.txt', 'hello world', { onProgress: (p) => inMemory.push(p) });
    expect(inMemory).toEqual([{ bytes: 11, total: 11 }]);
    expect([cloud.lastRequest().text, cloud.lastRequest().headers.etag]).toEqual(['hello world', md5('hello world')]);
    const streamed: TransferProgress[] = [];
    await uploadObject(cloud.client, C, 'hello.txt', chunks('hello', ' world'), { onProgress: (p) => streamed.push(p) });
    expect(streamed).toEqual([
      { bytes: 5, total: undefined },
      { bytes: 11, total: undefined },
    ]);
  });

  it('refuses to send a stream again after a 401, and sends a function body again', async () => {
    const cloud = fakeSwift();
    serve(cloud, 'PUT', HELLO, fx.uploaded);
    await cloud.provider.authenticate();
    cloud.revokeTokens();
    expect(isReplayRefusedError(await rejectionOf(uploadObject(cloud.client, C, 'hello.txt', chunks('hello world'))))).toBe(true);
    cloud.revokeTokens();
    await expect(uploadObject(cloud.client, C, 'hello.txt', () => chunks('hello world'))).resolves.toMatchObject({ bytes: 11 });
    expect(cloud.serviceRequests().map((r) => r.text)).toEqual(['hello world', 'hello world', 'hello world']);
  });

  it('refuses bad names and bodies before sending', async () => {
    const cloud = fakeSwift();
    const bad: [string, string, unknown, unknown, string][] = [
      ['', 'o', 'x', {}, 'container'],
      ['a/b', 'o', 'x', {}, 'container'],
      [C, '', 'x', {}, 'name'],
      [C, 'é'.repeat(512) + 'x', 'x', {}, 'name'],
      [C, 'o', null, {}, 'body'],
      [C, 'o', 42, {}, 'body'],
      [C, 'o', 'x', { metadata: { 'a b': 'c' } }, 'metadata'],
      [C, 'o', 'x', { content_type: 'text/plain\r\nX-Evil: 1' }, 'content_type'],
      [C, 'o', 'x', { content_encoding: 'gzip\n' }, 'content_encoding'],
      [C, 'o', 'x', { if_none_match: 'abc' }, 'if_none_match'],
      [C, 'o', 'x', 'text/plain', 'input'],
    ];
    for (const [container, name, body, input, field] of bad) {
      const error = await rejectionOf(uploadObject(cloud.client, container, name, body as string, input as UploadObjectInput));
      expect([container, name, isInvalidInputError(error) && error.field]).toEqual([container, name, field]);
    }
    expect(cloud.serviceRequests()).toEqual([]);
  });

  // Data in memory that a body function returns is hashed when the function runs (after the
  // headers are fixed), so it is checked against the ETag Swift answers.
  it('verifies data in memory that a body function returns', async () => {
    const cloud = fakeSwift();
    serve(cloud, 'PUT', HELLO, fx.uploaded); // ETag: the MD5 of 'hello world'
    expect((await uploadObject(cloud.client, C, 'hello.txt', () => 'hello world')).etag).toBe(md5('hello world'));
    const error = await rejectionOf(uploadObject(cloud.client, C, 'hello.txt', () => 'hello wörld'));
    expect(isResponseError(error) && error.message).toContain(`but the 12 bytes sent hash to ${md5('hello wörld')}`);
  });

  it('uploads a stream that yields an empty chunk', async () => {
    const cloud = fakeSwift();
    serve(cloud, 'PUT', HELLO, fx.uploaded);
    await stalls(uploadObject(cloud.client, C, 'hello.txt', chunks('hello', '', ' world')));
    expect(cloud.lastRequest().text).toBe('hello world');
  });
});

describe('getObject', () => {
  it("reads an object's metadata and system headers from HEAD", async () => {
    const cloud = fakeSwift();
    serve(cloud, 'HEAD', HELLO, fx.object);
    const info = await getObject(cloud.client, C, 'hello.txt');
    expect([cloud.lastRequest().method, cloud.lastRequest().path]).toEqual(['HEAD', HELLO]);
    expect(info).toEqual({
      container: C,
      name: 'hello.txt',
      content_length: 11,
      content_type: 'text/plain',
      etag: '5eb63bbbe01eeed093cb22bb8f5acdc3',
      last_modified: 'Fri, 27 Nov 2026 16:38:27 GMT',
      timestamp: '1795797506.07090',
      content_encoding: 'identity',
      content_disposition: 'attachment; filename="hello.txt"',
      delete_at: 1795883906,
      object_manifest: undefined,
      static_large_object: undefined,
      symlink_target: undefined,
      version_id: undefined,
      metadata: { colour: 'grün', plain: 'plain' },
      headers: expect.objectContaining({ 'x-object-meta-colour': 'grün', 'x-openstack-request-id': 'tx2c3aff9b18a74ffcb6cdc-006b09b202' }) as unknown,
    });
  });

  it("reads a Static Large Object: its quoted ETag unquoted, and its manifest's with multipart-manifest=get", async () => {
    const cloud = fakeSwift();
    serve(cloud, 'HEAD', `${C}/big-slo`, fx.sloHead);
    serve(cloud, 'HEAD', `${C}/big-slo?multipart-manifest=get`, fx.sloManifestHead);
    expect(await getObject(cloud.client, C, 'big-slo')).toMatchObject({ static_large_object: true, etag: '05bd1c57f81d1241b7f2c2612a1bf0f4', content_length: 12 });
    const manifest = await getObject(cloud.client, C, 'big-slo', { multipart_manifest: 'get' });
    expect(cloud.lastRequest().query).toEqual({ 'multipart-manifest': 'get' });
    expect(manifest).toMatchObject({ static_large_object: true, etag: '68d6e1e92e9307016f81d2092a65243d', content_length: 378 });
  });

  it('reads a symlink itself with symlink=get', async () => {
    const cloud = fakeSwift();
    serve(cloud, 'HEAD', `${C}/link?symlink=get`, fx.symlinkHead);
    const link = await getObject(cloud.client, C, 'link', { symlink: 'get' });
    expect(cloud.lastRequest().query).toEqual({ symlink: 'get' });
    expect([link.symlink_target, link.content_length]).toEqual([`${C}/hello.txt`, 0]);
  });

  it('raises HttpError 404 for an object that does not exist', async () => {
    const cloud = fakeSwift();
    serve(cloud, 'HEAD', `${C}/fresh`, fx.headMissing);
    const error = await rejectionOf(getObject(cloud.client, C, 'fresh'));
    expect(isHttpError(error, 404) && [error.method, error.requestId]).toEqual(['HEAD', 'tx54395e3ff9d3416cb7120-006b09b202']);
  });

  it('encodes names, keeping "/"', async () => {
    const cloud = fakeSwift();
    serve(cloud, 'HEAD', `${C}/zz/%C3%A9%20x%3F.txt`, fx.object);
    await getObject(cloud.client, C, 'zz/é x?.txt');
    expect(cloud.lastRequest().url).toBe(`http://127.0.0.1:8080/v1/AUTH_rec/${C}/zz/%C3%A9%20x%3F.txt`);
  });

  it('refuses bad names before sending', async () => {
    const cloud = fakeSwift();
    for (const [container, name, field] of [
      ['', 'o', 'container'],
      [C, '', 'name'],
      [C, 'x'.repeat(1025), 'name'],
    ] as const) {
      const error = await rejectionOf(getObject(cloud.client, container, name));
      expect([container, name, isInvalidInputError(error) && error.field]).toEqual([container, name, field]);
    }
    const badInput = await rejectionOf(getObject(cloud.client, C, 'o', 42 as unknown as GetObjectInput));
    expect(isInvalidInputError(badInput) && badInput.field).toBe('input');
    expect(cloud.serviceRequests()).toEqual([]);
  });

  // Swift's object versioning reads `?version-id=` (object_versioning.py).
  it('asks for a version with version-id', async () => {
    const cloud = fakeSwift();
    serve(cloud, 'HEAD', `${VERSIONED}/doc?version-id=1795797507.50796`, fx.versionHeadV1Raw);
    const version = await getObject(cloud.client, VERSIONED, 'doc', { version_id: '1795797507.50796' });
    expect(cloud.lastRequest().query).toEqual({ 'version-id': '1795797507.50796' });
    expect(version.version_id).toBe('1795797507.50796');
  });
});

describe('downloadObject', () => {
  it('streams a whole object, checking its bytes against ETag and Content-Length, with progress', async () => {
    const cloud = fakeSwift();
    serve(cloud, 'GET', `${C}2/plain.txt`, fx.plainDownload);
    const progress: TransferProgress[] = [];
    const download = await downloadObject(cloud.client, `${C}2`, 'plain.txt', { onProgress: (p) => progress.push(p) });
    expect([cloud.lastRequest().method, cloud.lastRequest().headers.range]).toEqual(['GET', undefined]);
    expect(download).toMatchObject({ status: 200, content_range: undefined, content_length: 11, etag: md5('hello world'), content_type: 'text/plain' });
    expect(await readBody(download.body)).toBe('hello world');
    expect(progress.at(-1)).toEqual({ bytes: 11, total: 11 });
  });

  it('hands the body over as it streams (not read whole first); the call\'s timeoutMs bounds each wait for bytes', async () => {
    const cloud = fakeSwift();
    let pulls = 0;
    // The recorded headers, with a body that sends "hello" and then nothing more.
    cloud.handle('GET', `${C}2/plain.txt`, () =>
      new Response(
        new ReadableStream<Uint8Array>({
          pull(controller) {
            if (pulls++ === 0) controller.enqueue(encoder.encode('hello'));
          },
        }),
        { status: 200, headers: fx.plainDownload.headers },
      ),
    );
    const download = await stalls(downloadObject(cloud.client, `${C}2`, 'plain.txt', {}, { timeoutMs: 200 }));
    const reader = download.body.getReader();
    expect(new TextDecoder().decode((await reader.read()).value)).toBe('hello');
    const error = await rejectionOf(reader.read());
    expect(isTimeoutError(error)).toBe(true);
  });

  it('gives a body that Node\'s Readable.fromWeb and pipeline take as it is', async () => {
    const cloud = fakeSwift();
    serve(cloud, 'GET', `${C}2/plain.txt`, fx.plainDownload);
    const fromWeb = await downloadObject(cloud.client, `${C}2`, 'plain.txt');
    // No cast: this line compiling under the tests' tsconfig (DOM and Node types together) is half the test.
    const readable: Readable = Readable.fromWeb(fromWeb.body);
    let text = '';
    for await (const chunk of readable) text += String(chunk);
    expect(text).toBe('hello world');
    const piped = await downloadObject(cloud.client, `${C}2`, 'plain.txt');
    const parts: string[] = [];
    await pipeline(piped.body, new Writable({
      write(chunk: Buffer, _encoding, done) {
        parts.push(chunk.toString());
        done();
      },
    }));
    expect(parts.join('')).toBe('hello world');
  });

  it("errors the stream at its end with ResponseError when the bytes do not match the ETag", async () => {
    const cloud = fakeSwift();
    // The recorded headers, with a corrupted body of the same length.
    serve(cloud, 'GET', `${C}2/plain.txt`, { ...fx.plainDownload, body: 'hello wOrld' });
    const download = await downloadObject(cloud.client, `${C}2`, 'plain.txt');
    const error = await rejectionOf(readBody(download.body));
    expect(isResponseError(error) && [error.method, error.status, error.requestId]).toEqual(['GET', 200, 'tx973a03736eb847188c993-006b09b358']);
    expect((error as Error).message).toContain(`the data's MD5 is ${md5('hello wOrld')}, but its ETag says ${md5('hello world')}`);
  });

  it('errors the stream at its end when fewer bytes came than Content-Length', async () => {
    const cloud = fakeSwift();
    serve(cloud, 'GET', `${C}2/plain.txt`, { ...fx.plainDownload, body: 'hello' });
    const download = await downloadObject(cloud.client, `${C}2`, 'plain.txt');
    const error = await rejectionOf(readBody(download.body));
    expect(isResponseError(error) && (error as Error).message).toContain('the body ended after 5 of 11 bytes');
  });

  it('checks nothing with verify: false', async () => {
    const cloud = fakeSwift();
    serve(cloud, 'GET', `${C}2/plain.txt`, { ...fx.plainDownload, body: 'hello wOrld' }, true);
    serve(cloud, 'GET', `${C}2/plain.txt`, { ...fx.plainDownload, body: 'hello' }, true);
    expect(await readBody((await downloadObject(cloud.client, `${C}2`, 'plain.txt', { verify: false })).body)).toBe('hello wOrld');
    expect(await readBody((await downloadObject(cloud.client, `${C}2`, 'plain.txt', { verify: false })).body)).toBe('hello');
  });

  it("does not check a Static or Dynamic Large Object's data against its ETag", async () => {
    const cloud = fakeSwift();
    serve(cloud, 'GET', `${C}/big-slo`, fx.sloDownload);
    serve(cloud, 'GET', `${C}/big-dlo`, fx.dloDownload);
    const slo = await downloadObject(cloud.client, C, 'big-slo');
    expect([slo.static_large_object, await readBody(slo.body)]).toEqual([true, 'first-second']);
    const dlo = await downloadObject(cloud.client, C, 'big-dlo');
    expect([dlo.object_manifest, await readBody(dlo.body)]).toEqual([`${C}/dir1/`, 'dir1/xdir1/y']);
  });

  it('sends every range form and reads the 206 answer (not checked against the whole ETag)', async () => {
    const cloud = fakeSwift();
    serve(cloud, 'GET', HELLO, fx.rangeStartEnd, true);
    serve(cloud, 'GET', HELLO, fx.rangeOpen, true);
    serve(cloud, 'GET', HELLO, fx.rangeSuffix, true);
    serve(cloud, 'GET', HELLO, fx.rangeStartEnd, true);
    const first = await downloadObject(cloud.client, C, 'hello.txt', { range: { start: 0, end: 4 } });
    expect([cloud.lastRequest().headers.range, first.status, first.content_range, first.content_length, await readBody(first.body)]).toEqual([
      'bytes=0-4',
      206,
      'bytes 0-4/11',
      5,
      'hello',
    ]);
    const open = await downloadObject(cloud.client, C, 'hello.txt', { range: { start: 6 } });
    expect([cloud.lastRequest().headers.range, open.content_range, await readBody(open.body)]).toEqual(['bytes=6-', 'bytes 6-10/11', 'world']);
    const suffix = await downloadObject(cloud.client, C, 'hello.txt', { range: { suffix: 5 } });
    expect([cloud.lastRequest().headers.range, suffix.content_range, await readBody(suffix.body)]).toEqual(['bytes=-5', 'bytes 6-10/11', 'world']);
    const endOnly = await downloadObject(cloud.client, C, 'hello.txt', { range: { end: 4 } });
    expect([cloud.lastRequest().headers.range, await readBody(endOnly.body)]).toEqual(['bytes=0-4', 'hello']);
  });

  it('refuses a bad range or condition before sending', async () => {
    const cloud = fakeSwift();
    const bad: [DownloadObjectInput, string][] = [
      [{ range: { start: 5, end: 4 } }, 'range'],
      [{ range: { start: -1 } }, 'range.start'],
      [{ range: { end: 1.5 } }, 'range.end'],
      [{ range: { suffix: -5 } }, 'range.suffix'],
      [{ range: { suffix: Number.NaN } }, 'range.suffix'],
      [{ range: null as unknown as DownloadObjectInput['range'] }, 'range'],
      [{ if_match: '' }, 'if_match'],
      [{ if_none_match: 'a\nb' }, 'if_none_match'],
    ];
    for (const [input, field] of bad) {
      const error = await rejectionOf(downloadObject(cloud.client, C, 'hello.txt', input));
      expect([input, isInvalidInputError(error) && error.field]).toEqual([input, field]);
    }
    expect(cloud.serviceRequests()).toEqual([]);
  });

  it("sends If-None-Match and If-Match, raising Swift's 304 and 412 as HttpError", async () => {
    const cloud = fakeSwift();
    serve(cloud, 'GET', HELLO, fx.notModified, true);
    serve(cloud, 'GET', HELLO, fx.ifMatchFailed, true);
    expect(isHttpError(await rejectionOf(downloadObject(cloud.client, C, 'hello.txt', { if_none_match: md5('hello world') })), 304)).toBe(true);
    expect(cloud.lastRequest().headers['if-none-match']).toBe(md5('hello world'));
    expect(isHttpError(await rejectionOf(downloadObject(cloud.client, C, 'hello.txt', { if_match: '00000000000000000000000000000000' })), 412)).toBe(true);
    expect(cloud.lastRequest().headers['if-match']).toBe('00000000000000000000000000000000');
  });

  it('passes symlink, multipart-manifest and extra headers through', async () => {
    const cloud = fakeSwift();
    serve(cloud, 'GET', `${C}/big-slo?multipart-manifest=get&symlink=get`, fx.sloDownload);
    const download = await downloadObject(cloud.client, C, 'big-slo', { multipart_manifest: 'get', symlink: 'get' }, { headers: { 'X-Newest': 'true' } });
    await readBody(download.body);
    expect([cloud.lastRequest().query, cloud.lastRequest().headers['x-newest']]).toEqual([{ 'multipart-manifest': 'get', symlink: 'get' }, 'true']);
  });

  // fetch decompresses a body stored with `Content-Encoding: gzip`: the bytes read match neither
  // Content-Length (the compressed size) nor the ETag, so neither is checked. The recorded body is
  // what fetch handed over.
  it('downloads an object stored with Content-Encoding: gzip', async () => {
    const cloud = fakeSwift();
    serve(cloud, 'GET', `${C}/data.txt.gz`, fx.gzipDownload);
    const download = await downloadObject(cloud.client, C, 'data.txt.gz');
    expect(download.content_encoding).toBe('gzip');
    expect(await readBody(download.body)).toBe('compressed text '.repeat(20));
  });

  it('downloads a version with version-id', async () => {
    const cloud = fakeSwift();
    serve(cloud, 'GET', `${VERSIONED}/doc?version-id=1795797507.50796`, { ...fx.versionHeadV1Raw, body: 'version one' });
    await downloadObject(cloud.client, VERSIONED, 'doc', { version_id: '1795797507.50796' });
    expect(cloud.lastRequest().query).toEqual({ 'version-id': '1795797507.50796' });
  });
});

describe('copyObject', () => {
  it('copies on the server with X-Copy-From, setting metadata and content type', async () => {
    const cloud = fakeSwift();
    serve(cloud, 'PUT', `${C}/copy%20of%20hello.txt`, fx.copied);
    const copy = await copyObject(cloud.client, C, 'copy of hello.txt', { copy_from: { container: C, name: 'hello.txt' }, metadata: { copied: 'yes' }, content_type: 'text/x-copy' });
    expect([cloud.lastRequest().method, cloud.lastRequest().text]).toEqual(['PUT', undefined]);
    // What the SDK sent when the fixtures were recorded.
    expect(sentHeaders(cloud.lastRequest())).toEqual({ 'content-type': 'text/x-copy', 'x-copy-from': `/${C}/hello.txt`, 'x-object-meta-copied': 'yes' });
    expect(copy).toEqual({
      container: C,
      name: 'copy of hello.txt',
      etag: md5('hello world'),
      last_modified: 'Fri, 27 Nov 2026 16:38:27 GMT',
      bytes: undefined,
      copied_from: `${C}/hello.txt`,
      copied_from_last_modified: 'Fri, 27 Nov 2026 16:38:27 GMT',
      version_id: undefined,
      request_id: 'tx5a722755ffa141c9b734d-006b09b202',
    });
  });

  it('sends X-Fresh-Metadata and X-Copy-From-Account', async () => {
    const cloud = fakeSwift();
    serve(cloud, 'PUT', `${C}/fresh`, fx.copiedFresh);
    await copyObject(cloud.client, C, 'fresh', { copy_from: { container: C, name: 'hello.txt' }, fresh_metadata: true, copy_from_account: 'AUTH_rec' });
    expect(sentHeaders(cloud.lastRequest())).toEqual({ 'x-copy-from': `/${C}/hello.txt`, 'x-copy-from-account': 'AUTH_rec', 'x-fresh-metadata': 'true' });
  });

  it('encodes the source path and account in X-Copy-From, as Swift unquotes them', async () => {
    const cloud = fakeSwift();
    serve(cloud, 'PUT', `${C}/fresh`, fx.copiedFresh);
    await copyObject(cloud.client, C, 'fresh', { copy_from: { container: 'my c', name: 'zz/é x?.txt' }, copy_from_account: 'AUTH_ü', fresh_metadata: false });
    expect(sentHeaders(cloud.lastRequest())).toEqual({ 'x-copy-from': '/my%20c/zz/%C3%A9%20x%3F.txt', 'x-copy-from-account': 'AUTH_%C3%BC' });
  });

  it('copies a symlink itself, or a manifest itself, with the query Swift reads', async () => {
    const cloud = fakeSwift();
    serve(cloud, 'PUT', `${C}/link-copy?symlink=get`, fx.symlinkCopied);
    serve(cloud, 'PUT', `${C}/slo-copy?multipart-manifest=get`, fx.symlinkCopied);
    const copy = await copyObject(cloud.client, C, 'link-copy', { copy_from: { container: C, name: 'link' }, symlink: 'get' });
    expect([cloud.lastRequest().query, copy.copied_from]).toEqual([{ symlink: 'get' }, `${C}/link`]);
    await copyObject(cloud.client, C, 'slo-copy', { copy_from: { container: C, name: 'big-slo' }, multipart_manifest: 'get' });
    expect(cloud.lastRequest().query).toEqual({ 'multipart-manifest': 'get' });
  });

  it('refuses bad names on either side before sending', async () => {
    const cloud = fakeSwift();
    const errors = [
      await rejectionOf(copyObject(cloud.client, C, 'x', { copy_from: { container: C, name: '' } })),
      await rejectionOf(copyObject(cloud.client, C, 'x', { copy_from: { container: 'a/b', name: 'x' } })),
      await rejectionOf(copyObject(cloud.client, 'a/b', 'x', { copy_from: { container: C, name: 'x' } })),
      await rejectionOf(copyObject(cloud.client, C, 'x', {} as CopyObjectInput)),
      await rejectionOf(copyObject(cloud.client, C, 'x', undefined as unknown as CopyObjectInput)),
    ];
    expect(errors.map((error) => isInvalidInputError(error) && error.field)).toEqual(['copy_from.name', 'copy_from.container', 'container', 'input', 'input']);
    expect(cloud.serviceRequests()).toEqual([]);
  });
});

describe('updateObject', () => {
  it('reads the metadata first (HEAD) and sends the merge with the content type kept (POST)', async () => {
    const cloud = fakeSwift();
    serve(cloud, 'HEAD', HELLO, fx.mergeHead);
    serve(cloud, 'POST', HELLO, fx.mergePost);
    await updateObject(cloud.client, C, 'hello.txt', { metadata: { added: 'neu' }, remove_metadata: ['Plain'] });
    expect(cloud.serviceRequests().map((r) => r.method)).toEqual(['HEAD', 'POST']);
    // Swift's POST drops the allowed headers it is not sent: the merge sends them again.
    expect(sentHeaders(cloud.lastRequest())).toEqual({
      'content-type': 'text/plain',
      'content-disposition': 'attachment; filename="hello.txt"',
      'content-encoding': 'identity',
      'x-delete-at': '1795883906',
      'x-object-meta-added': 'neu',
      'x-object-meta-colour': 'gr\u00c3\u00bcn',
    });
  });

  it('replaces the content type when one is given', async () => {
    const cloud = fakeSwift();
    serve(cloud, 'HEAD', HELLO, fx.mergeHead);
    serve(cloud, 'POST', HELLO, fx.mergePost);
    await updateObject(cloud.client, C, 'hello.txt', { content_type: 'text/markdown', metadata: { colour: 'blau' } });
    expect(sentHeaders(cloud.lastRequest())).toMatchObject({ 'content-type': 'text/markdown', 'x-object-meta-colour': 'blau', 'x-object-meta-plain': 'plain' });
  });

  it('with replace_metadata sends one POST with just what is given, and remove_delete_at', async () => {
    const cloud = fakeSwift();
    serve(cloud, 'POST', `${C}/expiring.txt`, fx.replaced);
    await updateObject(cloud.client, C, 'expiring.txt', { metadata: { only: 'this' }, replace_metadata: true, content_type: 'text/x-replaced', remove_delete_at: true });
    expect(cloud.serviceRequests().map((r) => r.method)).toEqual(['POST']);
    // What the SDK sent when the fixtures were recorded.
    expect(sentHeaders(cloud.lastRequest())).toEqual({ 'content-type': 'text/x-replaced', 'x-object-meta-only': 'this', 'x-remove-delete-at': 'x' });
  });

  it('sends delete_at and delete_after', async () => {
    const cloud = fakeSwift();
    serve(cloud, 'POST', `${C}/a.txt`, fx.replaced);
    await updateObject(cloud.client, C, 'a.txt', { delete_after: 3600, replace_metadata: true });
    expect(sentHeaders(cloud.lastRequest())).toEqual({ 'x-delete-after': '3600' });
    await updateObject(cloud.client, C, 'a.txt', { delete_at: new Date(1_795_801_106_000), replace_metadata: true });
    expect(sentHeaders(cloud.lastRequest())).toEqual({ 'x-delete-at': '1795801106' });
  });

  it('expects 202', async () => {
    const cloud = fakeSwift();
    serve(cloud, 'POST', `${C}/a.txt`, fx.deleted); // a 204
    expect(isHttpError(await rejectionOf(updateObject(cloud.client, C, 'a.txt', { replace_metadata: true })), 204)).toBe(true);
  });

  it('raises the HEAD 404 and sends no POST', async () => {
    const cloud = fakeSwift();
    serve(cloud, 'HEAD', `${C}/fresh`, fx.headMissing);
    expect(isHttpError(await rejectionOf(updateObject(cloud.client, C, 'fresh', { metadata: { a: 'b' } })), 404)).toBe(true);
    expect(cloud.serviceRequests().map((r) => r.method)).toEqual(['HEAD']);
  });

  it('refuses conflicting options before sending, with replace_metadata', async () => {
    const cloud = fakeSwift();
    const bad: [UpdateObjectInput, string][] = [
      [{ replace_metadata: true, remove_metadata: ['a'] }, 'remove_metadata'],
      [{ replace_metadata: true, remove_delete_at: true, delete_at: 1_795_801_106 }, 'remove_delete_at'],
      [{ replace_metadata: true, remove_delete_at: true, delete_after: 60 }, 'remove_delete_at'],
      [{ replace_metadata: true, delete_at: 1_795_801_106, delete_after: 60 }, 'delete_at'],
      [{ replace_metadata: true, metadata: { 'a b': 'c' } }, 'metadata'],
      [undefined as unknown as UpdateObjectInput, 'input'],
    ];
    for (const [input, field] of bad) {
      const error = await rejectionOf(updateObject(cloud.client, C, 'a.txt', input));
      expect([input, isInvalidInputError(error) && error.field]).toEqual([input, field]);
    }
    expect(cloud.serviceRequests()).toEqual([]);
  });

  it('refuses conflicting options before sending, without replace_metadata', async () => {
    const cloud = fakeSwift();
    serve(cloud, 'HEAD', `${C}/a.txt`, fx.mergeHead);
    const error = await rejectionOf(updateObject(cloud.client, C, 'a.txt', { delete_at: 1_795_801_106, delete_after: 60 }));
    expect(isInvalidInputError(error) && error.field).toBe('delete_at');
    expect(cloud.serviceRequests()).toEqual([]);
  });

  // Swift's object POST keeps only what it is sent of Content-Encoding, Content-Disposition and
  // X-Delete-At (obj/server.py POST copies the allowed headers from the request only).
  it('keeps Content-Encoding, Content-Disposition and X-Delete-At in the merge', async () => {
    const cloud = fakeSwift();
    serve(cloud, 'HEAD', HELLO, fx.mergeHead);
    serve(cloud, 'POST', HELLO, fx.mergePost);
    await updateObject(cloud.client, C, 'hello.txt', { metadata: { added: 'neu' } });
    expect(sentHeaders(cloud.lastRequest())).toMatchObject({
      'content-encoding': 'identity',
      'content-disposition': 'attachment; filename="hello.txt"',
      'x-delete-at': '1795883906',
    });
  });

  // X-Object-Manifest is one of those headers too: without it a Dynamic Large Object would become
  // an empty plain object (recorded: dloAfterUpdate).
  it("keeps a Dynamic Large Object's manifest in the merge", async () => {
    const cloud = fakeSwift();
    serve(cloud, 'HEAD', `${C}/big-dlo`, fx.dloHead);
    serve(cloud, 'POST', `${C}/big-dlo`, fx.mergePost);
    await updateObject(cloud.client, C, 'big-dlo', { metadata: { touched: 'yes' } });
    expect(sentHeaders(cloud.lastRequest())['x-object-manifest']).toBe(`${C}/dir1/`);
  });
});

describe('deleteObject', () => {
  it('deletes an object', async () => {
    const cloud = fakeSwift();
    serve(cloud, 'DELETE', `${C}/fresh`, fx.deleted);
    await deleteObject(cloud.client, C, 'fresh');
    expect([cloud.lastRequest().method, cloud.lastRequest().path, cloud.lastRequest().query]).toEqual(['DELETE', `${C}/fresh`, {}]);
  });

  it('raises HttpError 404 for an object that does not exist', async () => {
    const cloud = fakeSwift();
    serve(cloud, 'DELETE', `${C}/fresh`, fx.deleteMissing);
    const error = await rejectionOf(deleteObject(cloud.client, C, 'fresh'));
    expect(isHttpError(error, 404) && error.serviceMessage).toBe('Not Found: The resource could not be found.');
  });

  it("deletes a Static Large Object's segments with multipart-manifest=delete", async () => {
    const cloud = fakeSwift();
    serve(cloud, 'DELETE', `${C}/big-slo?multipart-manifest=delete`, fx.sloDeleted);
    await deleteObject(cloud.client, C, 'big-slo', { multipart_manifest: 'delete' });
    expect(cloud.lastRequest().query).toEqual({ 'multipart-manifest': 'delete' });
  });

  it('raises HttpError 404 for a Static Large Object that is gone (Swift answers 200 with "Number Not Found": 1)', async () => {
    const cloud = fakeSwift();
    serve(cloud, 'DELETE', `${C}/big-slo?multipart-manifest=delete`, fx.sloDeleteMissing);
    const error = await rejectionOf(deleteObject(cloud.client, C, 'big-slo', { multipart_manifest: 'delete' }));
    expect(isHttpError(error, 404) && [error.method, error.url, error.requestId]).toEqual([
      'DELETE',
      `http://127.0.0.1:8080/v1/AUTH_rec/${C}/big-slo?multipart-manifest=delete`,
      fx.sloDeleteMissing.headers['x-openstack-request-id'],
    ]);
  });

  // With multipart-manifest=delete Swift answers 200 and reports failures in the body, in the bulk
  // middleware's format (slo.py handle_multipart_delete runs bulk.py handle_delete_iter). The
  // answer here is the bulk middleware's recorded answer with an error in it.
  it('raises the failures Swift reports in the body of a multipart-manifest=delete', async () => {
    const cloud = fakeSwift();
    serve(cloud, 'DELETE', `${C}/big-slo?multipart-manifest=delete`, bulkErrorAnswer);
    const error = await rejectionOf(deleteObject(cloud.client, C, 'big-slo', { multipart_manifest: 'delete' }));
    expect(isResponseError(error) && [error.method, error.status, error.url, error.requestId]).toEqual([
      'DELETE',
      200,
      `http://127.0.0.1:8080/v1/AUTH_rec/${C}/big-slo?multipart-manifest=delete`,
      bulkErrorAnswer.headers['x-openstack-request-id'],
    ]);
    expect((error as Error).message).toContain('Swift could not delete 1 part(s) of the large object: /osts-acc-recu-bulk-full (409 Conflict)');
  });

  it('deletes a version with version-id', async () => {
    const cloud = fakeSwift();
    serve(cloud, 'DELETE', `${VERSIONED}/doc?version-id=1795797507.50796`, fx.deleted);
    await deleteObject(cloud.client, VERSIONED, 'doc', { version_id: '1795797507.50796' });
    expect(cloud.lastRequest().query).toEqual({ 'version-id': '1795797507.50796' });
  });

  it('refuses bad names before sending', async () => {
    const cloud = fakeSwift();
    const errors = [
      await rejectionOf(deleteObject(cloud.client, C, '')),
      await rejectionOf(deleteObject(cloud.client, C, 'o', { multipart_manifest: 'get' as 'delete' })),
    ];
    expect(errors.map((error) => isInvalidInputError(error) && error.field)).toEqual(['name', 'multipart_manifest']);
    expect(cloud.serviceRequests()).toEqual([]);
  });
});

describe('listObjects', () => {
  const names = (entries: ObjectListEntry[]): string[] => entries.map((entry) => ('subdir' in entry ? `[${entry.subdir}]` : entry.name));

  it('follows marker paging with a delimiter, across pages that end in a pseudo-folder', async () => {
    const cloud = fakeSwift();
    serve(cloud, 'GET', `${C}?format=json&delimiter=%2F&limit=2`, fx.listDelimiter1);
    serve(cloud, 'GET', `${C}?format=json&delimiter=%2F&limit=2&marker=data.txt.gz`, fx.listDelimiter2);
    serve(cloud, 'GET', `${C}?format=json&delimiter=%2F&limit=2&marker=dir2%2F`, fx.listDelimiter3);
    serve(cloud, 'GET', `${C}?format=json&delimiter=%2F&limit=2&marker=hello.txt`, fx.listDelimiter4);
    serve(cloud, 'GET', `${C}?format=json&delimiter=%2F&limit=2&marker=zz%2F`, fx.listDelimiter5);
    const pages: string[][] = [];
    for await (const page of listObjects(cloud.client, C, { delimiter: '/', limit: 2 }).byPage()) pages.push(names(page));
    expect(pages).toEqual([
      ['a.txt', 'data.txt.gz'],
      ['[dir1/]', '[dir2/]'],
      ['expiring.txt', 'hello.txt'],
      ['streamed.bin', '[zz/]'],
    ]);
    expect(cloud.serviceRequests().map((r) => r.query.marker)).toEqual([undefined, 'data.txt.gz', 'dir2/', 'hello.txt', 'zz/']);
  });

  it('gives objects as Swift lists them', async () => {
    const cloud = fakeSwift();
    serve(cloud, 'GET', `${C}?format=json&delimiter=%2F&limit=2`, fx.listDelimiter1);
    let first: unknown;
    for await (const page of listObjects(cloud.client, C, { delimiter: '/', limit: 2 }).byPage()) {
      first = page[0];
      break;
    }
    expect(cloud.serviceRequests()).toHaveLength(1);
    expect(first).toEqual({ bytes: 5, hash: 'a5e54d1fd7bb69a228ef0dcd2431367e', name: 'a.txt', content_type: 'text/plain', last_modified: '2026-11-27T16:38:26.400070' });
  });

  it('lists one pseudo-folder with path', async () => {
    const cloud = fakeSwift();
    serve(cloud, 'GET', `${C}?format=json&path=dir1`, fx.listPath);
    serve(cloud, 'GET', `${C}?format=json&path=dir1&marker=dir1%2Fy`, fx.listPathEnd);
    expect(names(await listObjects(cloud.client, C, { path: 'dir1' }).all())).toEqual(['dir1/x', 'dir1/y']);
    expect(cloud.serviceRequests()[0]?.query).toEqual({ format: 'json', path: 'dir1' });
  });

  it('sends prefix, marker and end_marker', async () => {
    const cloud = fakeSwift();
    serve(cloud, 'GET', `${C}?format=json&prefix=dir&end_marker=dir2%2Fz&marker=dir1%2Fx`, fx.listPrefix);
    serve(cloud, 'GET', `${C}?format=json&prefix=dir&end_marker=dir2%2Fz&marker=dir1%2Fy`, fx.listPrefixEnd);
    expect(names(await listObjects(cloud.client, C, { prefix: 'dir', marker: 'dir1/x', end_marker: 'dir2/z' }).all())).toEqual(['dir1/y']);
    expect(cloud.serviceRequests()[0]?.query).toEqual({ format: 'json', prefix: 'dir', marker: 'dir1/x', end_marker: 'dir2/z' });
  });

  it('lists in reverse, stopping at a page shorter than the limit', async () => {
    const cloud = fakeSwift();
    serve(cloud, 'GET', `${C}?format=json&prefix=dir&reverse=true&limit=5`, fx.listReverse);
    expect(names(await listObjects(cloud.client, C, { prefix: 'dir', reverse: true, limit: 5 }).all())).toEqual(['dir2/z', 'dir1/y', 'dir1/x']);
    expect(cloud.serviceRequests()).toHaveLength(1);
  });

  it('refuses a bad container or limit when iteration starts, before sending', async () => {
    const cloud = fakeSwift();
    const badContainer = await rejectionOf(listObjects(cloud.client, 'a/b'));
    const badLimit = await rejectionOf(listObjects(cloud.client, C, { limit: 1.5 }));
    expect([badContainer, badLimit].map((error) => isInvalidInputError(error) && error.field)).toEqual(['container', 'limit']);
    expect(cloud.serviceRequests()).toEqual([]);
  });
});
