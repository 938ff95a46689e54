import { describe, expect, it } from '@jest/globals';
import { isMicroversionError } from '@openstack-ts/core';
import { deleteQuotaSet, getDefaultQuotaSet, getQuotaSet, getQuotaSetDetail, updateQuotaSet } from './index.js';
import * as fx from './quota-sets.fixtures.js';
import { fakeNova as nova, inputRefusal, microversionRefusal } from '../fake-nova.fixtures.js';
import { rejectionOf } from '@openstack-ts/core/testing';

const project = fx.get.quota_set.id;
const user = '5ce87aa153d147269f85b1f397a18dd1';


describe('quota sets', () => {
  it('shows a project’s quotas, without the fields 2.36 and 2.57 removed', async () => {
    const cloud = nova();
    cloud.reply('GET', `os-quota-sets/${project}`, fx.get);
    const quotas = await getQuotaSet(cloud.client, project);
    expect(quotas).toEqual({ id: project, cores: 20, instances: 10, key_pairs: 100, metadata_items: 128, ram: 51200, server_group_members: 10, server_groups: 10 });
    expect(quotas.floating_ips).toBeUndefined();
    expect(cloud.lastRequest().headers['openstack-api-version']).toBe('compute 2.93');
  });

  it('shows the older fields at older microversions', async () => {
    const cloud = nova('2.35');
    cloud.reply('GET', `os-quota-sets/${project}`, fx.get235);
    const quotas = await getQuotaSet(cloud.client, project);
    expect(quotas).toMatchObject({ fixed_ips: -1, floating_ips: -1, security_groups: -1, security_group_rules: -1, injected_files: 5 });
    cloud.reply('GET', `os-quota-sets/${project}`, fx.get256);
    const later = await getQuotaSet(cloud.client, project, {}, { microversion: '2.56' });
    expect(later.floating_ips).toBeUndefined();
    expect(later.injected_file_content_bytes).toBe(10240);
  });

  it('shows a user’s quotas', async () => {
    const cloud = nova();
    cloud.reply('GET', `os-quota-sets/${project}?user_id=${user}`, fx.getUser);
    expect((await getQuotaSet(cloud.client, project, { user_id: user })).key_pairs).toBe(50);
    expect(cloud.lastRequest().query).toEqual({ user_id: user });
  });

  it('shows the detail: limit, in use and reserved of each quota', async () => {
    const cloud = nova();
    cloud.reply('GET', `os-quota-sets/${project}/detail`, fx.detail);
    cloud.reply('GET', `os-quota-sets/${project}/detail?user_id=${user}`, fx.detailUser);
    const detail = await getQuotaSetDetail(cloud.client, project);
    expect(detail.instances).toEqual(fx.detail.quota_set.instances);
    expect(detail.key_pairs).toEqual({ limit: 100, in_use: 0, reserved: 0 });
    expect((await getQuotaSetDetail(cloud.client, project, { user_id: user })).key_pairs.limit).toBe(50);
  });

  it('shows the detail of the older fields at 2.35', async () => {
    const cloud = nova('2.35');
    cloud.reply('GET', `os-quota-sets/${project}/detail`, fx.detail235);
    expect((await getQuotaSetDetail(cloud.client, project)).floating_ips).toEqual({ limit: -1, in_use: 0, reserved: 0 });
  });

  it('shows the defaults', async () => {
    const cloud = nova();
    cloud.reply('GET', `os-quota-sets/${project}/defaults`, fx.defaults);
    expect(await getDefaultQuotaSet(cloud.client, project)).toEqual(fx.defaults.quota_set);
  });

  it('updates a project’s quotas with force; the answer has no id', async () => {
    const cloud = nova();
    cloud.reply('PUT', `os-quota-sets/${project}`, fx.update);
    const updated = await updateQuotaSet(cloud.client, project, { key_pairs: 101, server_groups: 11, force: true });
    expect(cloud.lastRequest().json).toEqual({ quota_set: { key_pairs: 101, server_groups: 11, force: true } });
    expect(updated).toEqual({ cores: 20, instances: 10, key_pairs: 101, metadata_items: 128, ram: 51200, server_group_members: 10, server_groups: 11 });
  });

  it('updates a user’s quotas', async () => {
    const cloud = nova();
    cloud.reply('PUT', `os-quota-sets/${project}?user_id=${user}`, fx.updateUser);
    const input = { key_pairs: 50, cores: 20, instances: 10, metadata_items: 128, ram: 51200, server_group_members: 10 };
    expect((await updateQuotaSet(cloud.client, project, input, { user_id: user })).key_pairs).toBe(50);
    expect(cloud.lastRequest().json).toEqual({ quota_set: input });
    expect(cloud.lastRequest().query).toEqual({ user_id: user });
  });

  it('sends the removed fields at older microversions only', async () => {
    const cloud = nova('2.35');
    cloud.reply('PUT', `os-quota-sets/${project}`, fx.update);
    const old = { fixed_ips: 1, floating_ips: 2, security_groups: 3, security_group_rules: 4, injected_files: 5, injected_file_content_bytes: 6, injected_file_path_bytes: 7 };
    await updateQuotaSet(cloud.client, project, old);
    expect(cloud.lastRequest().json).toEqual({ quota_set: old });
    const modern = nova();
    const error = await rejectionOf(async () => updateQuotaSet(modern.client, project, { floating_ips: 10 }));
    expect(isMicroversionError(error)).toBe(true);
    expect((error as Error).message).toMatch(/floating_ips quota was removed in compute microversion 2\.36/);
    expect(await microversionRefusal(async () => updateQuotaSet(modern.client, project, { injected_files: 1 }, {}, { microversion: '2.57' }))).toBe('The injected_files quota was removed in compute microversion 2.57; this call uses 2.57');
    expect(modern.requests).toHaveLength(0);
  });

  it('reverts a project’s or a user’s quotas to the defaults (202)', async () => {
    const cloud = nova();
    cloud.reply('DELETE', `os-quota-sets/${project}`, undefined, { status: 202 });
    cloud.reply('DELETE', `os-quota-sets/${project}?user_id=${user}`, undefined, { status: 202 });
    await deleteQuotaSet(cloud.client, project, { user_id: user });
    await deleteQuotaSet(cloud.client, project);
    expect(cloud.serviceRequests().map((r) => `${r.method} ${r.path}`)).toEqual([`DELETE os-quota-sets/${project}?user_id=${user}`, `DELETE os-quota-sets/${project}`]);
    expect(await inputRefusal(async () => getQuotaSet(cloud.client, ''))).toMatchObject({ name: 'InvalidInputError', field: 'projectId', message: expect.stringMatching(/projectId/) });
  });
});
