import { beforeAll, expect, it, jest } from '@jest/globals';
import { describeWithService, memberProvider, uniqueName, useCleanup } from '@openstack-ts/acceptance';
import { isHttpError } from '@openstack-ts/core';
import { createObjectStorageClient, type ObjectStorageClient } from '../src/client.js';
import { createContainer, updateContainer } from '../src/containers/index.js';
import { createFormPost, type CreateFormPostInput, type FormPost } from '../src/form-post/index.js';
import { getInfo } from '../src/info/index.js';
import { downloadObject, getObject, listObjects } from '../src/objects/index.js';
import type { SignatureDigest } from '../src/temp-urls/index.js';
import { emptyAndDelete } from './helpers.js';


async function read(swift: ObjectStorageClient, container: string, name: string): Promise<string> {
  return new Response((await downloadObject(swift, container, name)).body).text();
}

/** Whole seconds since the epoch, `seconds` from now (by the clock `Date.now` gives). */
function inSeconds(seconds: number): number {
  return Math.floor(Date.now() / 1000) + seconds;
}

/** Posts the form as a browser would: the fields first, then the files (name → content). */
async function post({ url, fields }: FormPost, files: Record<string, string>): Promise<Response> {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  let n = 0;
  for (const [filename, content] of Object.entries(files)) form.append(`file${String(++n)}`, new Blob([content], { type: 'text/plain' }), filename);
  return fetch(url, { method: 'POST', body: form, redirect: 'manual' });
}

describeWithService('object-store', 'form POST against the real Swift', () => {
  const cleanup = useCleanup();
  const container = uniqueName('formpost');
  // A secret: a fresh random one, never printed. A container key leaves the shared account alone.
  const key = `clé-ключ-${crypto.randomUUID()}`; // Swift takes UTF-8 keys
  let swift: ObjectStorageClient;
  let digests: string[];
  let form: (input: Partial<CreateFormPostInput>) => Promise<FormPost>;

  beforeAll(async () => {
    swift = await createObjectStorageClient(await memberProvider());
    // Before Swift 2.30 formpost reported no digests and took sha1 only.
    digests = ((await getInfo(swift)).formpost as { allowed_digests?: string[] } | undefined)?.allowed_digests ?? ['sha1'];
    await createContainer(swift, container);
    cleanup.add(`container ${container}`, async () => emptyAndDelete(swift, container));
    await updateContainer(swift, container, { temp_url_key: key });
    form = async (input) => createFormPost(swift, container, { key, expires: inSeconds(300), max_file_size: 100, max_file_count: 2, ...input });
  });

  it('uploads two files under a prefix with a space and a ü, then redirects with status 201; the objects hold the files', async () => {
    const response = await post(await form({ prefix: 'in box ü/', redirect: 'https://example.com/done?from=acceptance' }), { 'one.txt': 'first file', 'two é.txt': 'second file' });
    expect([response.status, response.headers.get('location')]).toEqual([303, 'https://example.com/done?from=acceptance&status=201&message=']);
    await response.body?.cancel();
    expect(await read(swift, container, 'in box ü/one.txt')).toBe('first file');
    expect(await read(swift, container, 'in box ü/two é.txt')).toBe('second file');
    expect((await getObject(swift, container, 'in box ü/one.txt')).content_type).toBe('text/plain');
  });

  it('answers the status itself without a redirect, with each digest the cluster allows', async () => {
    expect(digests).toEqual(expect.arrayContaining(['sha256', 'sha512']));
    for (const digest of ['sha256', 'sha512', 'sha1'] as SignatureDigest[]) {
      if (!digests.includes(digest)) continue;
      const response = await post(await form({ prefix: `${digest}-`, digest }), { 'file.txt': digest });
      expect([digest, response.status, await response.text()]).toEqual([digest, 201, '201 Created']);
      expect(await read(swift, container, `${digest}-file.txt`)).toBe(digest);
    }
  });

  it('sets X-Delete-After from x_delete_after', async () => {
    const before = Math.floor(Date.now() / 1000);
    const response = await post(await form({ prefix: 'expiring/', delete_after: 3600 }), { 'x.txt': 'temporary' });
    expect(response.status).toBe(201);
    await response.body?.cancel();
    expect((await getObject(swift, container, 'expiring/x.txt')).delete_at).toBeGreaterThanOrEqual(before + 3600);
  });

  it('enforces max_file_count and max_file_size', async () => {
    const tooMany = await post(await form({ prefix: 'count/', max_file_count: 1, redirect: 'https://example.com/done' }), { 'a.txt': 'a', 'b.txt': 'b' });
    expect([tooMany.status, tooMany.headers.get('location')]).toEqual([303, 'https://example.com/done?status=400&message=max%20file%20count%20exceeded']);
    await tooMany.body?.cancel();
    // Swift stores the files up to the limit, then stops.
    expect(await read(swift, container, 'count/a.txt')).toBe('a');
    expect(isHttpError(await getObject(swift, container, 'count/b.txt').catch((e: unknown) => e), 404)).toBe(true);
    const tooBig = await post(await form({ prefix: 'size/', max_file_size: 10 }), { 'big.txt': '01234567890' });
    expect([tooBig.status, await tooBig.text()]).toEqual([400, 'FormPost: max_file_size exceeded']);
  });

  it('answers 401 to an expired form and to a changed field', async () => {
    const now = Date.now();
    const spy = jest.spyOn(Date, 'now').mockReturnValue(now - 3_600_000);
    const expired = await form({ prefix: 'expired/', expires: inSeconds(60) }).finally(() => {
      spy.mockRestore();
    });
    const response = await post(expired, { 'x.txt': 'late' });
    expect([response.status, await response.text()]).toEqual([401, 'FormPost: Form Expired']);
    const good = await form({ prefix: 'tampered/', max_file_count: 1 });
    const tampered = await post({ ...good, fields: { ...good.fields, max_file_count: '5' } }, { 'x.txt': 'more' });
    expect([tampered.status, await tampered.text()]).toEqual([401, 'FormPost: Invalid Signature']);
    expect((await listObjects(swift, container, { prefix: 'expired/' }).all()).length + (await listObjects(swift, container, { prefix: 'tampered/' }).all()).length).toBe(0);
  });
});
