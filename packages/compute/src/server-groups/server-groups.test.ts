import { describe, expect, it } from '@jest/globals';
import { isHttpError } from '@openstack-ts/core';
import { rejectionOf } from '@openstack-ts/core/testing';
import { createServerGroup, deleteServerGroup, getServerGroup, listServerGroups } from './index.js';
import * as fx from './server-groups.fixtures.js';
import { fakeNova as nova, inputRefusal, microversionRefusal } from '../fake-nova.fixtures.js';

// The recorded links point at the local cloud's Nova, so the fake cloud uses the same endpoint.
const groupId = fx.create.server_group.id;


describe('server groups', () => {
  it('pages by limit and offset while pages are full', async () => {
    const cloud = nova();
    cloud.reply('GET', 'os-server-groups?limit=2', fx.listPage1);
    cloud.reply('GET', 'os-server-groups?limit=2&offset=2', fx.listPage2);
    const pages: string[][] = [];
    for await (const page of listServerGroups(cloud.client, { limit: 2 }).byPage()) pages.push(page.map((group) => group.name));
    expect(pages).toEqual([['rec-group', 'rec-group-old'], ['rec-group-21']]);
    expect(cloud.serviceRequests()).toHaveLength(2);
  });

  it('starts from an offset and lists every project’s groups for an admin', async () => {
    const cloud = nova();
    cloud.reply('GET', 'os-server-groups?all_projects=True&offset=2&limit=2', fx.listPage2);
    const groups = await listServerGroups(cloud.client, { all_projects: true, offset: 2, limit: 2 }).all();
    expect(groups.map((group) => group.name)).toEqual(['rec-group-21']);
    expect(cloud.lastRequest().query).toEqual({ all_projects: 'True', offset: '2', limit: '2' });
  });

  it('sends nothing for all_projects: false (Nova only checks presence) and reads one page without a limit', async () => {
    const cloud = nova();
    cloud.reply('GET', 'os-server-groups', fx.adminListAll);
    const groups = await listServerGroups(cloud.client, { all_projects: false }).all();
    expect(groups).toHaveLength(3);
    expect(groups[0]).toMatchObject({ policy: 'anti-affinity', rules: { max_server_per_host: 2 }, project_id: fx.create.server_group.project_id });
    expect(cloud.serviceRequests()).toHaveLength(1);
    expect(cloud.lastRequest().query).toEqual({});
  });

  it('lists the old shape before 2.64', async () => {
    const cloud = nova('2.63');
    cloud.reply('GET', 'os-server-groups', fx.list263);
    const [group] = await listServerGroups(cloud.client).all();
    expect(group).toMatchObject({ policies: ['anti-affinity'], metadata: {} });
    expect(group?.policy).toBeUndefined();
    expect(cloud.lastRequest().headers['openstack-api-version']).toBe('compute 2.63');
  });

  it('creates a group with a policy and rules (2.64)', async () => {
    const cloud = nova();
    cloud.reply('POST', 'os-server-groups', fx.create);
    const input = { name: 'rec-group', policy: 'anti-affinity', rules: { max_server_per_host: 2 } };
    const group = await createServerGroup(cloud.client, input);
    expect(cloud.lastRequest().json).toEqual({ server_group: input });
    expect(group).toEqual(fx.create.server_group);
  });

  it('creates a group with a policies list before 2.64, soft ones from 2.15', async () => {
    const cloud = nova('2.63');
    cloud.reply('POST', 'os-server-groups', fx.create263);
    const group = await createServerGroup(cloud.client, { name: 'rec-group-old', policies: ['soft-affinity'] });
    expect(cloud.lastRequest().json).toEqual({ server_group: { name: 'rec-group-old', policies: ['soft-affinity'] } });
    expect(group).toMatchObject({ policies: ['soft-affinity'], metadata: {}, members: [] });
    cloud.reply('POST', 'os-server-groups', fx.create21);
    const old = await createServerGroup(cloud.client, { name: 'rec-group-21', policies: ['affinity'] }, { microversion: '2.1' });
    expect(old.project_id).toBeUndefined();
  });

  it('refuses the wrong shape for the microversion, sending nothing', async () => {
    const modern = nova();
    expect(await microversionRefusal(async () => createServerGroup(modern.client, { name: 'g', policies: ['affinity'] }))).toBe('The policies list (use policy) was removed in compute microversion 2.64; this call uses 2.93');
    expect(await inputRefusal(async () => createServerGroup(modern.client, { name: 'g' }))).toMatchObject({ name: 'InvalidInputError', field: 'policy' });
    expect(await inputRefusal(async () => createServerGroup(modern.client, { name: '', policy: 'affinity' }))).toMatchObject({ name: 'InvalidInputError', field: 'name' });
    const old = nova('2.63');
    expect(await microversionRefusal(async () => createServerGroup(old.client, { name: 'g', policy: 'affinity' }))).toBe('A server group policy (before it: policies) requires compute microversion 2.64 or later; this call uses 2.63');
    expect(await microversionRefusal(async () => createServerGroup(old.client, { name: 'g', policies: ['affinity'], rules: { max_server_per_host: 2 } }))).toBe('Server group rules requires compute microversion 2.64 or later; this call uses 2.63');
    expect(await microversionRefusal(async () => createServerGroup(old.client, { name: 'g', policies: ['soft-anti-affinity'] }, { microversion: '2.14' }))).toBe('A soft policy requires compute microversion 2.15 or later; this call uses 2.14');
    expect(await inputRefusal(async () => createServerGroup(old.client, { name: 'g' }))).toMatchObject({ name: 'InvalidInputError', field: 'policies' });
    expect([...modern.requests, ...old.requests]).toHaveLength(0);
  });

  it('passes Nova’s refusal of rules on a policy other than anti-affinity', async () => {
    const cloud = nova();
    cloud.reply('POST', 'os-server-groups', fx.createBadRules, { status: 400 });
    const error = await rejectionOf(async () => createServerGroup(cloud.client, { name: 'rec-group-bad', policy: 'affinity', rules: { max_server_per_host: 2 } }));
    expect(isHttpError(error, 400)).toBe(true);
    expect((error as Error).message).toContain('Only anti-affinity policy supports rules.');
  });

  it('gets a group with its members, in both shapes', async () => {
    const cloud = nova();
    cloud.reply('GET', `os-server-groups/${groupId}`, fx.get);
    cloud.reply('GET', `os-server-groups/${fx.create263.server_group.id}`, fx.get263);
    const group = await getServerGroup(cloud.client, groupId);
    expect(group.members).toEqual(fx.get.server_group.members);
    expect(group.members).toHaveLength(1);
    const old = await getServerGroup(cloud.client, fx.create263.server_group.id, { microversion: '2.63' });
    expect(old.policies).toEqual(['soft-affinity']);
    expect(cloud.lastRequest().headers['openstack-api-version']).toBe('compute 2.63');
  });

  it('deletes a group (204), and a deleted group is a 404', async () => {
    const cloud = nova();
    cloud.reply('DELETE', `os-server-groups/${groupId}`, undefined, { status: 204 });
    cloud.reply('GET', `os-server-groups/${groupId}`, fx.getDeleted, { status: 404 });
    await deleteServerGroup(cloud.client, groupId);
    expect(cloud.lastRequest().method).toBe('DELETE');
    const error = await rejectionOf(async () => getServerGroup(cloud.client, groupId));
    expect(isHttpError(error, 404)).toBe(true);
    expect(await inputRefusal(async () => getServerGroup(cloud.client, ''))).toMatchObject({ name: 'InvalidInputError', field: 'serverGroupId', message: expect.stringMatching(/serverGroupId/) });
  });
});
