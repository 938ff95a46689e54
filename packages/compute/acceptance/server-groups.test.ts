import { expect, it } from '@jest/globals';
import { adminProvider, describeAsAdmin, describeWithService, memberProvider, uniqueName, useCleanup } from '@openstack-ts/acceptance';
import { isHttpError, isMicroversionError } from '@openstack-ts/core';
import { rejectionOf } from '@openstack-ts/core/testing';
import { createComputeClient, type ComputeClient } from '../src/client.js';
import { createServerGroup, deleteServerGroup, getServerGroup, listServerGroups } from '../src/server-groups/index.js';
import { bootServer } from './helpers.js';

describeWithService('compute', 'server groups against the real Nova', () => {
  const cleanup = useCleanup();
  let compute: ComputeClient;
  let modernId: string;
  let legacyId: string;

  it('creates a group with policy and rules (2.64 and later)', async () => {
    compute = await createComputeClient(await memberProvider());
    const name = uniqueName('server-group');
    const group = await createServerGroup(compute, { name, policy: 'anti-affinity', rules: { max_server_per_host: 2 } });
    cleanup.add(`server group ${name}`, async () => deleteServerGroup(compute, group.id));
    modernId = group.id;
    expect(group).toMatchObject({ name, policy: 'anti-affinity', rules: { max_server_per_host: 2 }, members: [] });
    expect(group.policies).toBeUndefined();
    expect(typeof group.project_id).toBe('string');
  });

  it('creates a group with a policies list, microversion 2.63 pinned for the call', async () => {
    const name = uniqueName('server-group');
    const group = await createServerGroup(compute, { name, policies: ['soft-affinity'] }, { microversion: '2.63' });
    cleanup.add(`server group ${name}`, async () => deleteServerGroup(compute, group.id));
    legacyId = group.id;
    expect(group).toMatchObject({ name, policies: ['soft-affinity'], metadata: {}, members: [] });
    expect(group.policy).toBeUndefined();
    // The same group in the 2.64 shape: the policy, and no rules.
    expect(await getServerGroup(compute, group.id)).toMatchObject({ name, policy: 'soft-affinity', rules: {} });
    expect((await getServerGroup(compute, group.id, { microversion: '2.63' })).policies).toEqual(['soft-affinity']);
  });

  it('refuses the shape the microversion does not take, sending nothing', async () => {
    const error = await rejectionOf(async () => createServerGroup(compute, { name: uniqueName('server-group'), policies: ['affinity'] }, { microversion: '2.64' }));
    expect(isMicroversionError(error)).toBe(true);
  });

  it('counts a server booted into the group among its members', async () => {
    const server = await bootServer(compute, cleanup, { scheduler_hints: { group: modernId } });
    expect((await getServerGroup(compute, modernId)).members).toEqual([server.id]);
  });

  it('lists the project’s groups one per page (limit and offset)', async () => {
    const pages: string[][] = [];
    for await (const page of listServerGroups(compute, { limit: 1 }).byPage()) pages.push(page.map((group) => group.id));
    expect(pages.length).toBeGreaterThanOrEqual(2);
    expect(pages.every((page) => page.length === 1)).toBe(true);
    expect(pages.flat()).toEqual(expect.arrayContaining([modernId, legacyId]));
    const skipped = await listServerGroups(compute, { offset: 1 }).all();
    const everything = await listServerGroups(compute).all();
    expect(skipped.length).toBe(everything.length - 1);
  });

  describeAsAdmin('as admin', () => {
    it('lists every project’s groups with all_projects', async () => {
      const admin = await createComputeClient(await adminProvider());
      const ids = (await listServerGroups(admin, { all_projects: true }).all()).map((group) => group.id);
      expect(ids).toEqual(expect.arrayContaining([modernId, legacyId]));
      expect((await listServerGroups(admin).all()).map((group) => group.id)).not.toContain(modernId);
    });
  });

  it('deletes a group', async () => {
    await deleteServerGroup(compute, legacyId);
    const error = await rejectionOf(async () => getServerGroup(compute, legacyId));
    expect(isHttpError(error, 404)).toBe(true);
    expect((error as Error).message).toContain('could not be found');
  });
});
