import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { beforeAll, expect, it } from '@jest/globals';
import { describeWithService, memberProvider, uniqueName, useCleanup } from '@openstack-ts/acceptance';
import { isAbortError, isHttpError, isReplayRefusedError, isResponseError } from '@openstack-ts/core';
import { createObjectStorageClient, type ObjectStorageClient } from '../src/client.js';
import { createContainer } from '../src/containers/index.js';
import { createMd5 } from '../src/md5.js';
import {
  copyObject,
  deleteObject,
  downloadObject,
  getObject,
  listObjectVersions,
  listObjects,
  updateObject,
  uploadObject,
  type ObjectListEntry,
  type ObjectVersion,
} from '../src/objects/index.js';
import { chunks, emptyAndDelete, emptyVersionsAndDelete, flippingProvider, pattern, readAll, spoilableProvider, webStream } from './helpers.js';

function md5(bytes: Uint8Array): string {
  const hash = createMd5();
  hash.update(bytes);
  return hash.digest();
}

function names(entries: ObjectListEntry[]): string[] {
  return entries.map((e) => ('subdir' in e ? `dir:${e.subdir}` : e.name));
}

describeWithService('object-store', 'objects against the real Swift', () => {
  const cleanup = useCleanup();
  const container = uniqueName('objects');
  const other = uniqueName('objects-copy');
  let swift: ObjectStorageClient;

  beforeAll(async () => {
    swift = await createObjectStorageClient(await memberProvider());
    await createContainer(swift, container);
    cleanup.add(`container ${container}`, async () => emptyAndDelete(swift, container));
    await createContainer(swift, other);
    cleanup.add(`container ${other}`, async () => emptyAndDelete(swift, other));
  });

  it('uploads every kind of body, streamed, and reads each back byte for byte', async () => {
    const data = pattern(300_000, 7);
    const bodies: [string, () => unknown][] = [
      ['string', () => 'grüße, Swift'],
      ['bytes', () => data],
      ['array-buffer', () => data.slice().buffer],
      ['blob', () => new Blob([data])],
      ['web-stream', () => webStream(data, 65_536)],
      ['node-readable', () => Readable.from(chunks(data, 10_000))],
      ['async-generator', () => chunks(data, 4096)],
      ['function', () => () => new Blob([data])],
    ];
    for (const [kind, make] of bodies) {
      const progress: number[] = [];
      const uploaded = await uploadObject(swift, container, `kinds/${kind}`, make() as never, { onProgress: (p) => progress.push(p.bytes) });
      const expected = kind === 'string' ? new TextEncoder().encode('grüße, Swift') : data;
      expect([kind, uploaded.etag, uploaded.bytes]).toEqual([kind, md5(expected), expected.length]);
      expect(progress.at(-1)).toBe(expected.length);
      const download = await downloadObject(swift, container, `kinds/${kind}`);
      expect([kind, download.status, download.content_length]).toEqual([kind, 200, expected.length]);
      expect(md5(await readAll(download.body))).toBe(md5(expected));
    }
  });

  it('keeps metadata (UTF-8 too), content type, disposition and encoding; HEAD shows them', async () => {
    await uploadObject(swift, container, 'meta.txt', 'x', {
      content_type: 'text/x-test; charset=utf-8',
      content_disposition: 'attachment; filename="meta.txt"',
      content_encoding: 'identity',
      metadata: { colour: 'grün', Owner: 'team-a' },
    });
    const info = await getObject(swift, container, 'meta.txt');
    expect(info).toMatchObject({
      content_type: 'text/x-test; charset=utf-8',
      content_disposition: 'attachment; filename="meta.txt"',
      content_encoding: 'identity',
      content_length: 1,
      metadata: { colour: 'grün', owner: 'team-a' },
    });
    expect(info.etag).toBe(md5(new TextEncoder().encode('x')));
  });

  it('downloads ranges: a slice, an open end, a suffix', async () => {
    const data = pattern(10_000, 3);
    await uploadObject(swift, container, 'ranges.bin', data);
    const slice = await downloadObject(swift, container, 'ranges.bin', { range: { start: 100, end: 199 } });
    expect([slice.status, slice.content_range]).toEqual([206, 'bytes 100-199/10000']);
    expect(await readAll(slice.body)).toEqual(data.subarray(100, 200));
    const tail = await downloadObject(swift, container, 'ranges.bin', { range: { start: 9_990 } });
    expect(await readAll(tail.body)).toEqual(data.subarray(9_990));
    const suffix = await downloadObject(swift, container, 'ranges.bin', { range: { suffix: 5 } });
    expect(await readAll(suffix.body)).toEqual(data.subarray(9_995));
  });

  it('Swift refuses data that does not match the ETag given (422), and If-None-Match stops an overwrite (412)', async () => {
    const error = await uploadObject(swift, container, 'etag.bin', Readable.from(['abc']), { etag: md5(new TextEncoder().encode('abd')) }).catch((e: unknown) => e);
    expect(isHttpError(error, 422)).toBe(true);
    expect(isHttpError(await getObject(swift, container, 'etag.bin').catch((e: unknown) => e), 404)).toBe(true);
    await uploadObject(swift, container, 'once.txt', 'first');
    const again = await uploadObject(swift, container, 'once.txt', 'second', { if_none_match: '*' }).catch((e: unknown) => e);
    expect(isHttpError(again, 412)).toBe(true);
  });

  it('a conditional download: If-None-Match with the current ETag is a 304', async () => {
    const { etag } = await uploadObject(swift, container, 'cond.txt', 'same');
    const error = await downloadObject(swift, container, 'cond.txt', { if_none_match: etag }).catch((e: unknown) => e);
    expect(isHttpError(error, 304)).toBe(true);
    const match = await downloadObject(swift, container, 'cond.txt', { if_match: etag });
    expect(new TextDecoder().decode(await readAll(match.body))).toBe('same');
  });

  it('lists with prefix, delimiter (pseudo-folders), path, end_marker, reverse and pages of one', async () => {
    for (const name of ['tree/a.txt', 'tree/b/c.txt', 'tree/b/d.txt', 'tree/e.txt']) await uploadObject(swift, container, name, name);
    expect(names(await listObjects(swift, container, { prefix: 'tree/', delimiter: '/' }).all())).toEqual(['tree/a.txt', 'dir:tree/b/', 'tree/e.txt']);
    expect(names(await listObjects(swift, container, { prefix: 'tree/', delimiter: '/', limit: 1 }).all())).toEqual(['tree/a.txt', 'dir:tree/b/', 'tree/e.txt']);
    expect(names(await listObjects(swift, container, { path: 'tree/b' }).all())).toEqual(['tree/b/c.txt', 'tree/b/d.txt']);
    expect(names(await listObjects(swift, container, { prefix: 'tree/', end_marker: 'tree/b/d.txt' }).all())).toEqual(['tree/a.txt', 'tree/b/c.txt']);
    expect(names(await listObjects(swift, container, { prefix: 'tree/', reverse: true, limit: 2 }).all())).toEqual(['tree/e.txt', 'tree/b/d.txt', 'tree/b/c.txt', 'tree/a.txt']);
    const first: unknown = (await listObjects(swift, container, { prefix: 'tree/', limit: 1 }).byPage()[Symbol.asyncIterator]().next()).value;
    expect(first).toEqual([expect.objectContaining({ name: 'tree/a.txt', bytes: 10, hash: md5(new TextEncoder().encode('tree/a.txt')) })]);
  });

  it('copies on the server across containers, with metadata merged or fresh', async () => {
    await uploadObject(swift, container, 'source.txt', 'copy me', { metadata: { a: '1' } });
    const merged = await copyObject(swift, other, 'merged.txt', { copy_from: { container, name: 'source.txt' }, metadata: { b: '2' } });
    expect(merged.copied_from).toBe(`${container}/source.txt`);
    expect((await getObject(swift, other, 'merged.txt')).metadata).toEqual({ a: '1', b: '2' });
    await copyObject(swift, other, 'fresh.txt', { copy_from: { container, name: 'source.txt' }, metadata: { b: '2' }, fresh_metadata: true, content_type: 'text/plain' });
    const fresh = await getObject(swift, other, 'fresh.txt');
    expect([fresh.metadata, fresh.content_type]).toEqual([{ b: '2' }, 'text/plain']);
    expect(new TextDecoder().decode(await readAll((await downloadObject(swift, other, 'fresh.txt')).body))).toBe('copy me');
  });

  it('updates metadata by merging (and removing), or replacing, and keeps the content type', async () => {
    await uploadObject(swift, container, 'update.txt', 'u', { content_type: 'text/x-kept', metadata: { a: '1', b: '2' } });
    await updateObject(swift, container, 'update.txt', { metadata: { c: '3' }, remove_metadata: ['A'] });
    const merged = await getObject(swift, container, 'update.txt');
    expect([merged.metadata, merged.content_type]).toEqual([{ b: '2', c: '3' }, 'text/x-kept']);
    await updateObject(swift, container, 'update.txt', { metadata: { only: 'this' }, replace_metadata: true });
    expect((await getObject(swift, container, 'update.txt')).metadata).toEqual({ only: 'this' });
  });

  it('expires objects: X-Delete-At set, moved and removed; X-Delete-After makes it vanish', async () => {
    const at = Math.floor(Date.now() / 1000) + 3600;
    await uploadObject(swift, container, 'expiring.txt', 'soon gone', { delete_at: at });
    expect((await getObject(swift, container, 'expiring.txt')).delete_at).toBe(at);
    await updateObject(swift, container, 'expiring.txt', { delete_at: new Date((at + 60) * 1000) });
    expect((await getObject(swift, container, 'expiring.txt')).delete_at).toBe(at + 60);
    // A metadata update keeps the expiry (Swift's POST alone would drop it).
    await updateObject(swift, container, 'expiring.txt', { metadata: { touched: 'yes' } });
    expect((await getObject(swift, container, 'expiring.txt'))).toMatchObject({ delete_at: at + 60, metadata: { touched: 'yes' } });
    await updateObject(swift, container, 'expiring.txt', { remove_delete_at: true });
    expect((await getObject(swift, container, 'expiring.txt')).delete_at).toBeUndefined();
    await uploadObject(swift, container, 'vanishing.txt', 'gone', { delete_after: 1 });
    await new Promise((resolve) => setTimeout(resolve, 2500));
    expect(isHttpError(await getObject(swift, container, 'vanishing.txt').catch((e: unknown) => e), 404)).toBe(true);
  });

  it('with versions enabled: lists every version, reads and deletes one by its ID', async () => {
    const versioned = uniqueName('objects-versions');
    await createContainer(swift, versioned, { versions_enabled: true });
    cleanup.add(`container ${versioned}`, async () => emptyVersionsAndDelete(swift, versioned));
    for (const text of ['one', 'two', 'three']) await uploadObject(swift, versioned, 'doc.txt', text);
    const versions = (await listObjectVersions(swift, versioned, { limit: 2 }).all()).filter((v): v is ObjectVersion => !('subdir' in v));
    expect(versions.map((v) => [v.is_latest, v.bytes])).toEqual([[true, 5], [false, 3], [false, 3]]);
    const oldest = versions[2]?.version_id ?? '';
    expect((await getObject(swift, versioned, 'doc.txt', { version_id: oldest })).version_id).toBe(oldest);
    expect(new TextDecoder().decode(await readAll((await downloadObject(swift, versioned, 'doc.txt', { version_id: oldest })).body))).toBe('one');
    await deleteObject(swift, versioned, 'doc.txt', { version_id: oldest });
    expect((await listObjectVersions(swift, versioned).all()).map((v) => ('subdir' in v ? v.subdir : v.version_id))).not.toContain(oldest);
    expect(new TextDecoder().decode(await readAll((await downloadObject(swift, versioned, 'doc.txt')).body))).toBe('three');
  });

  it('deletes an object; a second delete is a 404', async () => {
    await uploadObject(swift, container, 'delete-me.txt', 'bye');
    await deleteObject(swift, container, 'delete-me.txt');
    expect(isHttpError(await deleteObject(swift, container, 'delete-me.txt').catch((e: unknown) => e), 404)).toBe(true);
  });

  it('a source that breaks mid-upload leaves no object, nor does an abort', async () => {
    const data = pattern(2_000_000, 5);
    const broken = await uploadObject(swift, container, 'broken.bin', chunks(data, 65_536, 1_000_000)).catch((e: unknown) => e);
    expect(broken).toBeInstanceOf(Error);
    expect(isHttpError(await getObject(swift, container, 'broken.bin').catch((e: unknown) => e), 404)).toBe(true);

    const controller = new AbortController();
    const slow = async function* (): AsyncGenerator<Uint8Array> {
      for (let i = 0; i < 100; i++) {
        if (i === 5) controller.abort();
        await new Promise((resolve) => setTimeout(resolve, 10));
        yield data.subarray(i * 20_000, (i + 1) * 20_000);
      }
    };
    const aborted = await uploadObject(swift, container, 'aborted.bin', slow(), {}, { signal: controller.signal }).catch((e: unknown) => e);
    expect(isAbortError(aborted)).toBe(true);
    expect(isHttpError(await getObject(swift, container, 'aborted.bin').catch((e: unknown) => e), 404)).toBe(true);
  });

  it('a stream with its content_length: Swift refuses one over quota (413); a wrong length stores nothing', async () => {
    const quota = uniqueName('objects-quota');
    await createContainer(swift, quota, { quota_bytes: 100 });
    cleanup.add(`container ${quota}`, async () => emptyAndDelete(swift, quota));
    const data = pattern(1000, 17);
    // Without a length Swift cannot check a stream against the quota before storing it.
    const over = await uploadObject(swift, quota, 'over.bin', chunks(data, 100), { content_length: data.length }).catch((e: unknown) => e);
    expect(isHttpError(over, 413)).toBe(true);
    expect(isHttpError(await getObject(swift, quota, 'over.bin').catch((e: unknown) => e), 404)).toBe(true);
    const wrong = await uploadObject(swift, container, 'wrong-length.bin', chunks(data, 100), { content_length: data.length - 1 }).catch((e: unknown) => e);
    expect(wrong).toBeInstanceOf(Error);
    expect(isHttpError(await getObject(swift, container, 'wrong-length.bin').catch((e: unknown) => e), 404)).toBe(true);
  });

  it('a 401 in the middle of a streamed upload stores nothing: the stream is not resent', async () => {
    const { provider, spoil, reauths } = await spoilableProvider();
    const client = await createObjectStorageClient(provider);
    const data = pattern(1_500_000, 9);
    let pulled = 0;
    const source = async function* (): AsyncGenerator<Uint8Array> {
      for await (const chunk of chunks(data, 65_536)) {
        pulled += chunk.length;
        yield chunk;
      }
    };
    spoil((method, url) => method === 'PUT' && url.endsWith('/stream-401.bin'));
    const error = await uploadObject(client, container, 'stream-401.bin', source()).catch((e: unknown) => e);
    expect(isReplayRefusedError(error)).toBe(true);
    expect(String(error)).toContain('401');
    expect(reauths()).toBe(1);
    expect(isHttpError(await getObject(swift, container, 'stream-401.bin').catch((e: unknown) => e), 404)).toBe(true);
    expect(pulled).toBeLessThanOrEqual(data.length);
  });

  it('a 401 with a body function re-authenticates and sends the whole object again', async () => {
    const { provider, spoil, reauths } = await spoilableProvider();
    const client = await createObjectStorageClient(provider);
    const data = pattern(1_500_000, 11);
    let calls = 0;
    spoil((method, url) => method === 'PUT' && url.endsWith('/function-401.bin'));
    const uploaded = await uploadObject(client, container, 'function-401.bin', () => {
      calls++;
      return chunks(data, 65_536);
    });
    expect([calls, reauths(), uploaded.etag, uploaded.bytes]).toEqual([2, 1, md5(data), data.length]);
    expect(md5(await readAll((await downloadObject(swift, container, 'function-401.bin')).body))).toBe(md5(data));
  });

  it('a download whose bytes do not match the ETag errors at the end of the stream', async () => {
    // Swift serves what it stored; a proxy that alters bytes is simulated by a fetch that flips one.
    const data = pattern(100_000, 13);
    await uploadObject(swift, container, 'verify.bin', data);
    const flipping = await createObjectStorageClient(await flippingProvider((method, url) => method === 'GET' && url.endsWith('/verify.bin')));
    const download = await downloadObject(flipping, container, 'verify.bin');
    const error = await readAll(download.body).catch((e: unknown) => e);
    expect(isResponseError(error) && [error.method, error.status]).toEqual(['GET', 200]);
    expect((error as Error).message).toMatch(/MD5 is [0-9a-f]{32}, but its ETag says/);
  });

  it("hands the body to Node's Readable.fromWeb and pipeline as it is", async () => {
    const data = pattern(250_000, 19);
    await uploadObject(swift, container, 'node.bin', data);
    const hash = createMd5();
    await pipeline(
      Readable.fromWeb((await downloadObject(swift, container, 'node.bin')).body),
      new Writable({
        write(chunk: Buffer, _encoding, done) {
          hash.update(chunk);
          done();
        },
      }),
    );
    expect(hash.digest()).toBe(md5(data));
  });
});
