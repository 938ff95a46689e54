import { describe, expect, it } from '@jest/globals';
import { isHttpError } from '@openstack-ts/core';
import { rejectionOf } from '@openstack-ts/core/testing';
import * as pkg from './index.js';
import * as fx from './groups.fixtures.js';
import { fakeCinder as cinder, inputRefusal, microversionRefusal } from '../fake-cinder.fixtures.js';

const id = fx.gCreate.group.id;
const { group_type: groupType, volume_types: volumeTypes } = fx.gGet.group;

describe('groups', () => {
  it('creates (202), gets, updates and deletes a group', async () => {
    const cloud = cinder();
    cloud.reply('POST', 'groups', fx.gCreate, { status: 202 });
    const input = { name: 'rec-group', description: 'recorded', group_type: groupType, volume_types: volumeTypes };
    expect(await pkg.createGroup(cloud.client, input)).toEqual({ id, name: 'rec-group' });
    expect(cloud.lastRequest().json).toEqual({ group: input });
    cloud.reply('GET', `groups/${id}`, fx.gGet);
    expect(await pkg.getGroup(cloud.client, id)).toMatchObject({ id, status: 'available', group_type: groupType, replication_status: 'disabled' });
    cloud.reply('PUT', `groups/${id}`, undefined, { status: 202 });
    await pkg.updateGroup(cloud.client, id, { description: 'updated', add_volumes: ['a', 'b'], remove_volumes: ['c'] });
    expect(cloud.lastRequest().json).toEqual({ group: { description: 'updated', add_volumes: 'a,b', remove_volumes: 'c' } });
    cloud.reply('POST', `groups/${id}/action`, undefined, { status: 202 });
    await pkg.deleteGroup(cloud.client, id, { 'delete-volumes': true });
    expect(cloud.lastRequest().json).toEqual({ delete: { 'delete-volumes': true } });
    cloud.reply('POST', 'groups/full/action', fx.gDeleteRefused, { status: 400 });
    const refused = await rejectionOf(async () => pkg.deleteGroup(cloud.client, 'full'));
    expect(isHttpError(refused, 400)).toBe(true);
    expect(cloud.lastRequest().json).toEqual({ delete: {} });
    cloud.reply('GET', `groups/gone`, fx.gDeleted, { status: 404 });
    expect(isHttpError(await rejectionOf(async () => pkg.getGroup(cloud.client, 'gone')), 404)).toBe(true);
  });

  it('creates from a group snapshot (3.14), exactly one source', async () => {
    const cloud = cinder();
    cloud.reply('POST', 'groups/action', fx.gFromSrc, { status: 202 });
    expect(await pkg.createGroupFromSource(cloud.client, { name: 'rec-group-copy', group_snapshot_id: 's' })).toEqual(fx.gFromSrc.group);
    expect(cloud.lastRequest().json).toEqual({ 'create-from-src': { name: 'rec-group-copy', group_snapshot_id: 's' } });
    expect((await inputRefusal(async () => pkg.createGroupFromSource(cloud.client, { name: 'x' }))).field).toBe('input');
    expect((await inputRefusal(async () => pkg.createGroupFromSource(cloud.client, { group_snapshot_id: 's', source_group_id: 'g' }))).field).toBe('input');
    expect(await microversionRefusal(async () => pkg.createGroupFromSource(cloud.client, { source_group_id: 'g' }, { microversion: '3.13' }))).toMatch(/^A group from a source requires block-storage microversion 3\.14/);
  });

  it("pages by marker, not by Zed's group_links (which point at the summary listing)", async () => {
    const cloud = cinder();
    expect(fx.gListDetail.group_links[0]?.href).toContain('/groups?limit=1&marker=');
    cloud.reply('GET', 'groups/detail?limit=1', fx.gListDetail);
    cloud.reply('GET', `groups/detail?limit=1&marker=${id}`, { groups: [] });
    expect((await pkg.listGroups(cloud.client, { limit: 1 }).all()).map((g) => g.id)).toEqual([id]);
    cloud.reply('GET', 'groups/detail?list_volume=true', fx.gListVolumes);
    cloud.reply('GET', `groups/detail?list_volume=true&marker=${fx.gListVolumes.groups[1]?.id ?? ''}`, { groups: [] });
    expect((await pkg.listGroups(cloud.client, { list_volume: true }).all()).map((g) => g.volumes?.length)).toEqual([1, 1]);
    cloud.reply('GET', 'groups', fx.gList);
    cloud.reply('GET', `groups?marker=${id}`, { groups: [] });
    expect(await pkg.listGroupSummaries(cloud.client).all()).toEqual(fx.gList.groups);
  });

  it('refuses before sending: below 3.13, list_volume below 3.25, a create without types', async () => {
    const cloud = cinder('3.12');
    expect(await microversionRefusal(() => pkg.listGroups(cloud.client))).toBe('Groups requires block-storage microversion 3.13 or later; this call uses 3.12');
    expect(await microversionRefusal(() => pkg.listGroupSummaries(cloud.client, { list_volume: true }, { microversion: '3.24' }))).toMatch(/^The list_volume option requires block-storage microversion 3\.25/);
    expect((await inputRefusal(async () => pkg.createGroup(cloud.client, { group_type: 't' } as never, { microversion: '3.13' }))).field).toBe('input');
    expect(cloud.requests).toHaveLength(0);
  });
});
