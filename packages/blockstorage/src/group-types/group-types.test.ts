import { describe, expect, it } from '@jest/globals';
import { isHttpError } from '@openstack-ts/core';
import { rejectionOf } from '@openstack-ts/core/testing';
import * as pkg from './index.js';
import * as fx from './group-types.fixtures.js';
import { fakeCinder as cinder, inputRefusal, microversionRefusal } from '../fake-cinder.fixtures.js';

const id = fx.gtCreate.group_type.id;

describe('group types', () => {
  it('lists, gets and reads the default (404 here)', async () => {
    const cloud = cinder();
    cloud.reply('GET', 'group_types', fx.gtListMember);
    expect((await pkg.listGroupTypes(cloud.client).all()).map((t) => t.name)).toEqual(['default_cgsnapshot_type']);
    cloud.reply('GET', `group_types/${id}`, fx.gtGet);
    const type = await pkg.getGroupType(cloud.client, id);
    expect(type).toMatchObject({ id, name: 'rec-group-type', is_public: true });
    expect(type.group_specs).toBeUndefined();
    cloud.reply('GET', 'group_types/default', fx.gtDefault, { status: 404 });
    expect(isHttpError(await rejectionOf(async () => pkg.getDefaultGroupType(cloud.client)), 404)).toBe(true);
  });

  it('creates (202) and updates (200) a group type (admin); the member meets 403', async () => {
    const cloud = cinder();
    cloud.reply('POST', 'group_types', fx.gtCreate, { status: 202 });
    const input = { name: 'rec-group-type', description: 'recorded', is_public: true, group_specs: { consistent_group_snapshot_enabled: '<is> False' } };
    expect(await pkg.createGroupType(cloud.client, input)).toEqual(fx.gtCreate.group_type);
    expect(cloud.lastRequest().json).toEqual({ group_type: input });
    cloud.reply('PUT', `group_types/${id}`, fx.gtUpdate);
    expect((await pkg.updateGroupType(cloud.client, id, { description: 'updated' })).description).toBe('updated');
    cloud.reply('DELETE', `group_types/${id}`, undefined, { status: 202 });
    await pkg.deleteGroupType(cloud.client, id);
    expect((await inputRefusal(async () => pkg.createGroupType(cloud.client, {} as never))).field).toBe('name');
    const member = cinder();
    member.reply('POST', 'group_types', fx.gtCreateMember, { status: 403 });
    expect(isHttpError(await rejectionOf(async () => pkg.createGroupType(member.client, { name: 'x' })), 403)).toBe(true);
  });

  it('reads, sets and deletes group specs', async () => {
    const cloud = cinder();
    cloud.reply('GET', `group_types/${id}/group_specs`, fx.gtSpecs);
    expect(await pkg.getGroupSpecs(cloud.client, id)).toEqual({ consistent_group_snapshot_enabled: '<is> False' });
    cloud.reply('POST', `group_types/${id}/group_specs`, fx.gtSpecsSet, { status: 202 });
    expect(await pkg.updateGroupSpecs(cloud.client, id, { rec_key: 'v' })).toEqual({ rec_key: 'v' });
    cloud.reply('GET', `group_types/${id}/group_specs/rec_key`, fx.gtSpecGet);
    expect(await pkg.getGroupSpec(cloud.client, id, 'rec_key')).toEqual({ rec_key: 'v' });
    cloud.reply('PUT', `group_types/${id}/group_specs/rec_key`, fx.gtSpecPut);
    expect(await pkg.setGroupSpec(cloud.client, id, 'rec_key', 'w')).toEqual({ rec_key: 'w' });
    expect(cloud.lastRequest().json).toEqual({ rec_key: 'w' });
    cloud.reply('DELETE', `group_types/${id}/group_specs/rec_key`, undefined, { status: 202 });
    await pkg.deleteGroupSpec(cloud.client, id, 'rec_key');
  });

  it('refuses below 3.11 before sending', async () => {
    const cloud = cinder('3.10');
    expect(await microversionRefusal(() => pkg.listGroupTypes(cloud.client))).toBe('Group types requires block-storage microversion 3.11 or later; this call uses 3.10');
    expect(await microversionRefusal(async () => pkg.getGroupType(cloud.client, id))).toMatch(/3\.11/);
    expect(cloud.requests).toHaveLength(0);
  });
});
