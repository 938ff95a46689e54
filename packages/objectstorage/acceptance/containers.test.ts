import { beforeAll, describe, expect, it } from '@jest/globals';
import { describeWithService, memberProvider, uniqueName, useCleanup } from '@openstack-ts/acceptance';
import { isHttpError, type CallOptions } from '@openstack-ts/core';
import { createObjectStorageClient, type ObjectStorageClient } from '../src/client.js';
import { createContainer, deleteContainer, getContainer, listContainers, updateContainer, type CreateContainerInput } from '../src/containers/index.js';
import { getObject, uploadObject } from '../src/objects/index.js';
import { emptyAndDelete, emptyVersionsAndDelete } from './helpers.js';

describeWithService('object-store', 'containers against the real Swift', () => {
  const cleanup = useCleanup();
  let swift: ObjectStorageClient;
  let project: string;

  beforeAll(async () => {
    const provider = await memberProvider();
    swift = await createObjectStorageClient(provider);
    project = provider.token?.body.project?.id ?? '';
  });

  /** A container of this run, deleted (with what it holds) after the tests. */
  async function container(kind: string, input: CreateContainerInput = {}, options: CallOptions = {}): Promise<string> {
    const name = uniqueName(kind);
    await createContainer(swift, name, input, options);
    cleanup.add(`container ${name}`, async () => emptyAndDelete(swift, name));
    return name;
  }

  it('creates a container with its settings and reads them back', async () => {
    const name = await container('settings', {
      metadata: { colour: 'grün €', plain: 'plain' },
      read: '.r:*,.rlistings',
      write: `${project}:*`,
      quota_bytes: 1000,
      quota_count: 10,
      temp_url_key: 'a container key',
      storage_policy: 'Policy-0',
    }, { headers: { 'X-Container-Meta-Extra': 'extra' } });
    const got = await getContainer(swift, name);
    expect(got).toMatchObject({
      name,
      object_count: 0,
      bytes_used: 0,
      read: '.r:*,.rlistings',
      write: `${project}:*`,
      quota_bytes: 1000,
      quota_count: 10,
      temp_url_key: 'a container key',
      storage_policy: 'Policy-0',
      metadata: expect.objectContaining({ colour: 'grün €', plain: 'plain', extra: 'extra' }) as unknown,
    });
    expect(got.timestamp).toMatch(/^\d+\.\d+$/);
  });

  it('creates again with 202, applying the settings given', async () => {
    const name = await container('again');
    await createContainer(swift, name, { metadata: { again: 'yes' } });
    expect((await getContainer(swift, name)).metadata.again).toBe('yes');
  });

  it('updates metadata and removes settings', async () => {
    const name = await container('update', { metadata: { keep: 'k', drop: 'd' }, quota_count: 5, temp_url_key: 'k1', temp_url_key_2: 'k2' });
    await updateContainer(swift, name, { metadata: { added: 'ünïcode' }, remove_metadata: ['drop'], quota_count: null, temp_url_key: '', temp_url_key_2: 'k2-new' });
    const got = await getContainer(swift, name);
    expect([got.metadata.keep, got.metadata.drop, got.metadata.added, got.quota_count, got.temp_url_key, got.temp_url_key_2]).toEqual([
      'k',
      undefined,
      'ünïcode',
      undefined,
      undefined,
      'k2-new',
    ]);
  });

  it("sets a read ACL that lets anyone list the container, and removes it with ''", async () => {
    const name = await container('acl');
    const anonymous = async (): Promise<number> => fetch(swift.url(encodeURIComponent(name), { format: 'json' })).then(async (response) => {
      await response.body?.cancel();
      return response.status;
    });
    expect(await anonymous()).toBe(401);
    await updateContainer(swift, name, { read: '.r:*,.rlistings', write: `${project}:*` });
    expect(await getContainer(swift, name)).toMatchObject({ read: '.r:*,.rlistings', write: `${project}:*` });
    expect(await anonymous()).toBe(200);
    await updateContainer(swift, name, { read: '', write: '' });
    expect(await getContainer(swift, name)).toMatchObject({ read: undefined, write: undefined });
    expect(await anonymous()).toBe(401);
  });

  it('enforces quota_count and quota_bytes with 413, until they are removed with null', async () => {
    const counted = await container('quota-count', { quota_count: 1 });
    await uploadObject(swift, counted, 'one', '1');
    const overCount = await uploadObject(swift, counted, 'two', '2').catch((e: unknown) => e);
    expect(isHttpError(overCount, 413) && overCount.serviceMessage).toBe('Upload exceeds quota.');
    await updateContainer(swift, counted, { quota_count: null });
    await uploadObject(swift, counted, 'two', '2');

    const sized = await container('quota-bytes', { quota_bytes: 10 });
    await uploadObject(swift, sized, 'ten', '0123456789');
    expect(isHttpError(await uploadObject(swift, sized, 'one-more', 'x').catch((e: unknown) => e), 413)).toBe(true);
    await updateContainer(swift, sized, { quota_bytes: null });
    await uploadObject(swift, sized, 'one-more', 'x');
    expect((await getContainer(swift, sized)).bytes_used).toBe(11);
  });

  describe('versions_enabled', () => {
    let versioned: string;
    let first: string | undefined;

    it('keeps old versions while it is on', async () => {
      versioned = uniqueName('versioned');
      await createContainer(swift, versioned, { versions_enabled: true });
      cleanup.add(`container ${versioned} and its versions`, async () => emptyVersionsAndDelete(swift, versioned));
      expect((await getContainer(swift, versioned)).versions_enabled).toBe(true);
      first = (await uploadObject(swift, versioned, 'doc', 'version one')).version_id;
      const second = (await uploadObject(swift, versioned, 'doc', 'version two')).version_id;
      expect([typeof first, typeof second]).toEqual(['string', 'string']);
      expect(second).not.toBe(first);
      expect((await getObject(swift, versioned, 'doc')).version_id).toBe(second);
    });

    it('getObject with version_id reads that version', async () => {
      expect((await getObject(swift, versioned, 'doc', { version_id: first })).version_id).toBe(first);
    });

    it('can be turned off', async () => {
      await updateContainer(swift, versioned, { versions_enabled: false });
      expect((await getContainer(swift, versioned)).versions_enabled).toBe(false);
    });

    it('makes Swift refuse to delete the container while versions remain', async () => {
      const error = await deleteContainer(swift, versioned).catch((e: unknown) => e);
      expect(isHttpError(error, 409) && error.serviceMessage).toContain('Delete all versions before deleting container');
    });
  });

  describe('listing', () => {
    const prefix = `${uniqueName('list')}-`;
    const names = [1, 2, 3, 4, 5].map((i) => `${prefix}${String(i)}`);

    beforeAll(async () => {
      for (const name of names) {
        await createContainer(swift, name);
        cleanup.add(`container ${name}`, async () => deleteContainer(swift, name));
      }
    });

    it('pages with limit and marker', async () => {
      const pages: string[][] = [];
      for await (const page of listContainers(swift, { prefix, limit: 2 }).byPage()) pages.push(page.map((c) => c.name));
      expect(pages).toEqual([names.slice(0, 2), names.slice(2, 4), names.slice(4)]);
      expect((await listContainers(swift, { prefix, marker: names[2] }).all()).map((c) => c.name)).toEqual(names.slice(3));
    });

    it('lists in reverse, and stops before end_marker', async () => {
      expect((await listContainers(swift, { prefix, reverse: true }).all()).map((c) => c.name)).toEqual([...names].reverse());
      expect((await listContainers(swift, { prefix, reverse: true, limit: 2 }).all()).map((c) => c.name)).toEqual([...names].reverse());
      expect((await listContainers(swift, { prefix, end_marker: names[3] }).all()).map((c) => c.name)).toEqual(names.slice(0, 3));
    });

    it('gives counts and sizes', async () => {
      const [entry] = await listContainers(swift, { prefix, limit: 1 }).all();
      expect(entry).toMatchObject({ name: names[0], count: 0, bytes: 0 });
      expect(entry?.last_modified).toMatch(/^\d{4}-\d\d-\d\dT/);
    });
  });

  it('refuses to delete a container that holds an object (409), then deletes it once empty', async () => {
    const name = await container('delete');
    await uploadObject(swift, name, 'keep', 'keep');
    const error = await deleteContainer(swift, name).catch((e: unknown) => e);
    expect(isHttpError(error, 409)).toBe(true);
    await emptyAndDelete(swift, name);
    expect(isHttpError(await getContainer(swift, name).catch((e: unknown) => e), 404)).toBe(true);
  });
});
