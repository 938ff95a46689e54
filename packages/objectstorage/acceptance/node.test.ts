import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { describeWithService, memberProvider, uniqueName, useCleanup } from '@openstack-ts/acceptance';
import { isHttpError, isResponseError } from '@openstack-ts/core';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createObjectStorageClient, type ObjectStorageClient } from '../src/client.js';
import { createContainer } from '../src/containers/index.js';
import { uploadLargeObject } from '../src/large-objects/index.js';
import { createMd5 } from '../src/md5.js';
import { saveObjectToFile } from '../src/node/index.js';
import { uploadObject } from '../src/objects/index.js';
import { emptyAndDelete, flippingProvider, pattern } from './helpers.js';

function md5(bytes: Uint8Array): string {
  const hash = createMd5();
  hash.update(bytes);
  return hash.digest();
}

const MiB = 1024 * 1024;

describeWithService('object-store', 'the Node helpers against the real Swift', () => {
  const cleanup = useCleanup();
  const container = uniqueName('node');
  let swift: ObjectStorageClient;
  let dir: string;

  beforeAll(async () => {
    swift = await createObjectStorageClient(await memberProvider());
    await createContainer(swift, container);
    cleanup.add(`container ${container}`, async () => emptyAndDelete(swift, container));
    cleanup.add(`container ${container}_segments`, async () => emptyAndDelete(swift, `${container}_segments`));
    dir = await mkdtemp(join(tmpdir(), 'osts-acc-node-'));
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('saves an object to a file, checked against its ETag, and resolves to its info', async () => {
    const data = pattern(1_000_000, 31);
    await uploadObject(swift, container, 'dir/data.bin', data, { metadata: { origin: 'acceptance' } });
    const path = join(dir, 'data.bin');
    const saved = await saveObjectToFile(swift, container, 'dir/data.bin', path);
    expect(saved).toMatchObject({ container, name: 'dir/data.bin', path, bytes: data.length, status: 200, content_length: data.length, etag: md5(data), metadata: { origin: 'acceptance' } });
    expect(md5(new Uint8Array(await readFile(path)))).toBe(md5(data));
  });

  it('saves a Static Large Object and a range of it', async () => {
    const data = pattern(2 * MiB + 7, 32);
    await uploadLargeObject(swift, container, 'large.bin', data, { segment_size: MiB });
    const whole = await saveObjectToFile(swift, container, 'large.bin', join(dir, 'large.bin'));
    expect([whole.static_large_object, whole.bytes]).toEqual([true, data.length]);
    expect(md5(new Uint8Array(await readFile(join(dir, 'large.bin'))))).toBe(md5(data));
    const part = await saveObjectToFile(swift, container, 'large.bin', join(dir, 'part.bin'), { range: { start: MiB - 5, end: MiB + 4 } });
    expect([part.status, part.bytes]).toEqual([206, 10]);
    expect(new Uint8Array(await readFile(join(dir, 'part.bin')))).toEqual(data.subarray(MiB - 5, MiB + 5));
  });

  it('leaves nothing behind, and an existing file as it was, when the download fails or is corrupted', async () => {
    const missing = await saveObjectToFile(swift, container, 'not-there', join(dir, 'not-there')).catch((e: unknown) => e);
    expect(isHttpError(missing, 404)).toBe(true);

    const data = pattern(200_000, 33);
    await uploadObject(swift, container, 'corrupted.bin', data);
    const path = join(dir, 'corrupted.bin');
    await writeFile(path, 'what was there before');
    const flipping = await createObjectStorageClient(await flippingProvider((method, url) => method === 'GET' && url.endsWith('/corrupted.bin')));
    const corrupted = await saveObjectToFile(flipping, container, 'corrupted.bin', path).catch((e: unknown) => e);
    expect(isResponseError(corrupted) && corrupted.message).toMatch(/MD5 is [0-9a-f]{32}, but its ETag says/);
    expect(await readFile(path, 'utf8')).toBe('what was there before');
    expect((await readdir(dir)).filter((file) => file.includes('not-there') || file.includes('corrupted')).sort()).toEqual(['corrupted.bin']);
  });
});
