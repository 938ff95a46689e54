import { describe, expect, it } from '@jest/globals';
import { isHttpError } from '@openstack-ts/core';
import { rejectionOf } from '@openstack-ts/core/testing';
import * as pkg from './index.js';
import * as quotaFx from './quota-sets.fixtures.js';
import { PROJECT_ID, fakeCinder as cinder, inputRefusal } from '../fake-cinder.fixtures.js';

describe('quota sets', () => {
  it('reads quotas, with usage (?usage=true) and the defaults', async () => {
    const cloud = cinder();
    cloud.reply('GET', `os-quota-sets/${PROJECT_ID}`, quotaFx.quota);
    cloud.reply('GET', `os-quota-sets/${PROJECT_ID}?usage=true`, quotaFx.quotaUsage);
    cloud.reply('GET', `os-quota-sets/${PROJECT_ID}/defaults`, quotaFx.quotaDefaults);
    const quota = await pkg.getQuotaSet(cloud.client, PROJECT_ID);
    expect(quota).toMatchObject({ id: PROJECT_ID, volumes: 10, backups: 10, volumes___DEFAULT__: -1 });
    const detail = await pkg.getQuotaSetDetail(cloud.client, PROJECT_ID);
    expect(detail.volumes).toEqual({ limit: 10, in_use: 0, reserved: 0 });
    expect(cloud.lastRequest().query).toEqual({ usage: 'true' });
    expect((await pkg.getDefaultQuotaSet(cloud.client, PROJECT_ID)).gigabytes).toBe(1000);
  });

  it('updates (admin) and reverts to the defaults; the member meets 403', async () => {
    const cloud = cinder();
    cloud.reply('PUT', 'os-quota-sets/p', quotaFx.quotaUpdate);
    expect(await pkg.updateQuotaSet(cloud.client, 'p', { volumes: 25, backups: 12 })).toMatchObject({ volumes: 25, backups: 12 });
    expect(cloud.lastRequest().json).toEqual({ quota_set: { volumes: 25, backups: 12 } });
    cloud.reply('DELETE', 'os-quota-sets/p', undefined, { status: 200 });
    await pkg.deleteQuotaSet(cloud.client, 'p');
    expect((await inputRefusal(async () => pkg.updateQuotaSet(cloud.client, 'p', {}))).field).toBe('input');
    cloud.reply('PUT', 'os-quota-sets/m', quotaFx.quotaUpdateMember, { status: 403 });
    expect(isHttpError(await rejectionOf(async () => pkg.updateQuotaSet(cloud.client, 'm', { volumes: 1 })), 403)).toBe(true);
  });
});
