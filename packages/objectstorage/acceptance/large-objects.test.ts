import { beforeAll, expect, it } from '@jest/globals';
import { describeWithService, memberProvider, uniqueName, useCleanup } from '@openstack-ts/acceptance';
import { isHttpError } from '@openstack-ts/core';
import { createObjectStorageClient, type ObjectStorageClient } from '../src/client.js';
import { createContainer } from '../src/containers/index.js';
import { deleteLargeObject, uploadLargeObject } from '../src/large-objects/index.js';
import { createMd5 } from '../src/md5.js';
import { downloadObject, getObject, listObjects, type ObjectSummary } from '../src/objects/index.js';
import { chunks, emptyAndDelete, pattern, readAll, spoilableProvider } from './helpers.js';

function md5(bytes: Uint8Array): string {
  const hash = createMd5();
  hash.update(bytes);
  return hash.digest();
}

const MiB = 1024 * 1024;

describeWithService('object-store', 'large objects against the real Swift', () => {
  const cleanup = useCleanup();
  const container = uniqueName('large');
  const segments = `${container}_segments`;
  let swift: ObjectStorageClient;

  beforeAll(async () => {
    swift = await createObjectStorageClient(await memberProvider());
    await createContainer(swift, container);
    cleanup.add(`container ${container}`, async () => emptyAndDelete(swift, container));
    cleanup.add(`container ${segments}`, async () => emptyAndDelete(swift, segments));
  });

  async function segmentNames(): Promise<string[]> {
    return (await listObjects(swift, segments).all()).map((e) => (e as ObjectSummary).name);
  }

  it('uploads a Static Large Object of several segments, three in flight, and reads it back whole and in ranges', async () => {
    const data = pattern(5 * MiB + 12_345, 21);
    const { provider, peakPuts } = await spoilableProvider();
    const client = await createObjectStorageClient(provider);
    const progress: number[] = [];
    const result = await uploadLargeObject(client, container, 'slo.bin', chunks(data, 100_000), {
      segment_size: MiB,
      concurrency: 3,
      metadata: { kind: 'slo' },
      content_type: 'application/x-test',
      onProgress: (p) => progress.push(p.bytes),
    });
    expect(result).toMatchObject({ kind: 'slo', segments: 6, bytes: data.length, segment_container: segments });
    expect(progress).toHaveLength(6);
    expect(progress.at(-1)).toBe(data.length);
    // Segments went up in parallel, never more than three at once.
    expect(peakPuts()).toBeGreaterThan(1);
    expect(peakPuts()).toBeLessThanOrEqual(3);

    const names = await segmentNames();
    expect(names).toHaveLength(6);
    expect(names.every((n) => n.startsWith('slo.bin/slo/'))).toBe(true);

    const info = await getObject(swift, container, 'slo.bin');
    expect(info).toMatchObject({ static_large_object: true, content_length: data.length, content_type: 'application/x-test', metadata: { kind: 'slo' } });
    const whole = await downloadObject(swift, container, 'slo.bin');
    expect(md5(await readAll(whole.body))).toBe(md5(data));
    const across = await downloadObject(swift, container, 'slo.bin', { range: { start: MiB - 10, end: MiB + 9 } });
    expect(await readAll(across.body)).toEqual(data.subarray(MiB - 10, MiB + 10));
  });

  it('deletes a Static Large Object with its segments', async () => {
    await deleteLargeObject(swift, container, 'slo.bin');
    expect(isHttpError(await getObject(swift, container, 'slo.bin').catch((e: unknown) => e), 404)).toBe(true);
    expect(await segmentNames()).toEqual([]);
  });

  it('uploads a Dynamic Large Object, reads it back, and deletes it with its segments', async () => {
    const data = pattern(3 * MiB + 1, 22);
    const result = await uploadLargeObject(swift, container, 'dlo.bin', new Blob([data]), { segment_size: MiB, concurrency: 2, kind: 'dlo' });
    expect(result).toMatchObject({ kind: 'dlo', segments: 4, bytes: data.length });
    const info = await getObject(swift, container, 'dlo.bin');
    expect(info.object_manifest).toMatch(new RegExp(`^${segments}/dlo\\.bin/dlo/`));
    expect(md5(await readAll((await downloadObject(swift, container, 'dlo.bin')).body))).toBe(md5(data));
    await deleteLargeObject(swift, container, 'dlo.bin');
    expect(isHttpError(await getObject(swift, container, 'dlo.bin').catch((e: unknown) => e), 404)).toBe(true);
    expect(await segmentNames()).toEqual([]);
  });

  it('takes a segmented object\'s type from its name, as an ordinary upload does: photo.jpg is image/jpeg (SLO and DLO)', async () => {
    const data = pattern(2 * MiB + 100, 25);
    for (const kind of ['slo', 'dlo'] as const) {
      const name = `${kind}/photo.jpg`;
      const result = await uploadLargeObject(swift, container, name, data, { segment_size: MiB, kind });
      expect([kind, result.kind, result.segments]).toEqual([kind, kind, 3]);
      const download = await downloadObject(swift, container, name);
      expect([kind, download.content_type, download.content_length]).toEqual([kind, 'image/jpeg', data.length]);
      expect(md5(await readAll(download.body))).toBe(md5(data));
      expect([kind, (await getObject(swift, container, name)).content_type]).toEqual([kind, 'image/jpeg']);
      await deleteLargeObject(swift, container, name);
    }
    // Given explicitly, the type wins over the name.
    await uploadLargeObject(swift, container, 'typed.jpg', data, { segment_size: MiB, content_type: 'application/x-typed' });
    expect((await getObject(swift, container, 'typed.jpg')).content_type).toBe('application/x-typed');
    await deleteLargeObject(swift, container, 'typed.jpg');
  });

  it('stores data smaller than a segment as an ordinary object', async () => {
    const result = await uploadLargeObject(swift, container, 'small.txt', 'just a little', { segment_size: MiB });
    expect(result).toMatchObject({ kind: 'plain', segments: 0, bytes: 13 });
    expect((await getObject(swift, container, 'small.txt')).static_large_object).toBeUndefined();
  });

  it('a 401 on a segment halfway re-authenticates and resends that segment: the object is whole', async () => {
    const { provider, spoil, reauths } = await spoilableProvider();
    const client = await createObjectStorageClient(provider);
    const data = pattern(4 * MiB + 7, 23);
    spoil((method, url) => method === 'PUT' && url.endsWith('/00000002'));
    const result = await uploadLargeObject(client, container, 'reauth.bin', chunks(data, 65_536), { segment_size: MiB, concurrency: 2 });
    expect([result.segments, reauths()]).toEqual([5, 1]);
    expect(md5(await readAll((await downloadObject(swift, container, 'reauth.bin')).body))).toBe(md5(data));
    await deleteLargeObject(swift, container, 'reauth.bin');
  });

  it('a source that breaks halfway leaves neither the object nor its segments', async () => {
    const data = pattern(4 * MiB, 24);
    const error = await uploadLargeObject(swift, container, 'broken.bin', chunks(data, 65_536, 2 * MiB + 5), { segment_size: MiB, concurrency: 2 }).catch((e: unknown) => e);
    expect(String(error)).toContain('the source broke');
    expect(isHttpError(await getObject(swift, container, 'broken.bin').catch((e: unknown) => e), 404)).toBe(true);
    expect((await segmentNames()).filter((n) => n.startsWith('broken.bin/'))).toEqual([]);
  });
});
