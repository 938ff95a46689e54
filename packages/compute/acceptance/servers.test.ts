import { expect, it } from '@jest/globals';
import { adminProvider, describeAsAdmin, describeWithService, memberProvider, uniqueName, useCleanup } from '@openstack-ts/acceptance';
import { createServiceClient, findIdByName, isHttpError, isResourceStateError, linkedPages, paginate } from '@openstack-ts/core';
import { rejectionOf } from '@openstack-ts/core/testing';
import { createComputeClient, type ComputeClient } from '../src/client.js';
import { findFlavorId } from '../src/flavors/index.js';
import {
  createServer,
  deleteServer,
  findServerId,
  forceDeleteServer,
  getServer,
  listServerSummaries,
  listServers,
  updateServer,
  waitForServerDeleted,
  waitForServerStatus,
} from '../src/servers/index.js';
import { TEST_FLAVOR, bootServer, testImageId } from './helpers.js';

describeWithService('compute', 'servers against the real Nova', () => {
  const cleanup = useCleanup();
  let compute: ComputeClient;
  let serverId: string;
  let name: string;

  it('boots a server on a tenant network with tags, metadata, description and user data, and waits for ACTIVE', async () => {
    compute = await createComputeClient(await memberProvider());
    const network = await createServiceClient(await memberProvider(), { type: 'network', base: 'v2.0/' });
    const netId = await findIdByName(paginate<{ id: string; name: string }>(network, { path: 'networks', query: { name: 'private' }, itemsKey: 'networks', strategy: linkedPages('networks_links') }), 'private', 'network');
    name = uniqueName('server');
    const created = await createServer(compute, {
      name,
      flavorRef: (await findFlavorId(compute, TEST_FLAVOR)).id,
      imageRef: await testImageId(),
      networks: [{ uuid: netId }],
      metadata: { purpose: 'acceptance' },
      description: 'booted by the acceptance tests',
      tags: ['osts', 'acceptance'],
      user_data: '#cloud-config\n',
    });
    serverId = created.id;
    cleanup.add(`server ${name}`, async () => {
      await deleteServer(compute, created.id);
      await waitForServerDeleted(compute, created.id, { intervalMs: 1000, timeoutMs: 120_000 });
    });
    expect(typeof created.adminPass).toBe('string');
    const server = await waitForServerStatus(compute, created.id, 'ACTIVE', { intervalMs: 1000, timeoutMs: 180_000 });
    expect(server).toMatchObject({ name, status: 'ACTIVE', metadata: { purpose: 'acceptance' }, description: 'booted by the acceptance tests' });
    expect(server.tags?.sort()).toEqual(['acceptance', 'osts']);
    expect(Object.keys(server.addresses)).toEqual(['private']);
  });

  it('finds it by name, by tags and in summaries', async () => {
    expect(await findServerId(compute, name)).toEqual({ id: serverId, matchedBy: 'name' });
    expect(await findServerId(compute, serverId)).toEqual({ id: serverId, matchedBy: 'id' });
    expect((await listServers(compute, { tags: ['osts', 'acceptance'], name }).all()).map((s) => s.id)).toEqual([serverId]);
    expect((await listServers(compute, { 'not-tags': ['osts'], name }).all())).toEqual([]);
    const summaries = await listServerSummaries(compute, { name, limit: 1 }).all();
    expect(summaries.map((s) => s.id)).toEqual([serverId]);
  });

  it('updates its name and description', async () => {
    const renamed = `${name}-renamed`;
    const server = await updateServer(compute, serverId, { name: renamed, description: 'changed' });
    expect(server).toMatchObject({ name: renamed, description: 'changed' });
    expect((await getServer(compute, serverId)).name).toBe(renamed);
    name = renamed;
  });

  it('a boot that cannot be scheduled fails fast with the fault', async () => {
    // Two servers in an anti-affinity group on a one-host cloud: the second cannot be placed.
    const groupName = uniqueName('server-group');
    const group = await compute.request<{ id: string }>({ method: 'POST', path: 'os-server-groups', json: { server_group: { name: groupName, policy: 'anti-affinity' } }, unwrap: 'server_group' });
    cleanup.add(`server group ${groupName}`, async () => compute.execute({ method: 'DELETE', path: `os-server-groups/${group.id}`, expectStatus: [204] }));
    await bootServer(compute, cleanup, { scheduler_hints: { group: group.id } });
    const second = uniqueName('server');
    const created = await createServer(compute, { name: second, flavorRef: (await findFlavorId(compute, TEST_FLAVOR)).id, imageRef: await testImageId(), networks: 'none', scheduler_hints: { group: group.id } });
    cleanup.add(`server ${second}`, async () => {
      await deleteServer(compute, created.id);
      await waitForServerDeleted(compute, created.id, { intervalMs: 1000, timeoutMs: 120_000 });
    });
    const error = await rejectionOf(async () => waitForServerStatus(compute, created.id, 'ACTIVE', { intervalMs: 1000, timeoutMs: 120_000 }));
    expect(isResourceStateError(error)).toBe(true);
    expect((error as { reason?: string }).reason).toMatch(/No valid host/);
  });

  it('deletes it and waits until it is gone', async () => {
    await deleteServer(compute, serverId);
    await waitForServerDeleted(compute, serverId, { intervalMs: 1000, timeoutMs: 120_000 });
    expect(isHttpError(await rejectionOf(async () => getServer(compute, serverId)), 404)).toBe(true);
  });

  it('force-deletes a server (Nova accepts it for a server in any state)', async () => {
    const server = await bootServer(compute, cleanup);
    await forceDeleteServer(compute, server.id);
    await waitForServerDeleted(compute, server.id, { intervalMs: 1000, timeoutMs: 120_000 });
    expect(isHttpError(await rejectionOf(async () => getServer(compute, server.id)), 404)).toBe(true);
  });

  describeAsAdmin('as admin', () => {
    it('lists servers of all projects', async () => {
      const admin = await createComputeClient(await adminProvider());
      const page = await listServers(admin, { all_tenants: true, limit: 5 }).byPage()[Symbol.asyncIterator]().next();
      expect(page.done === true || Array.isArray(page.value)).toBe(true);
    });
  });
});
