import { describe, expect, it } from '@jest/globals';
import { isHttpError } from '@openstack-ts/core';
import { rejectionOf } from '@openstack-ts/core/testing';
import { getLimits } from './index.js';
import * as fx from './limits.fixtures.js';
import { fakeNova as nova, microversionRefusal } from '../fake-nova.fixtures.js';

const demoProject = '56a1734a387a4a25a56ee940578c82dd';

describe('limits', () => {
  it('shows the absolute limits and usage, without the fields removed by 2.36, 2.39 and 2.57', async () => {
    const cloud = nova();
    cloud.reply('GET', 'limits', fx.get);
    const limits = await getLimits(cloud.client);
    expect(limits.rate).toEqual([]);
    expect(limits.absolute).toEqual(fx.get.limits.absolute);
    expect(limits.absolute.maxTotalInstances).toBe(10);
    expect(limits.absolute.maxPersonality).toBeUndefined();
    expect(limits.absolute.maxImageMeta).toBeUndefined();
    expect(limits.absolute.maxTotalFloatingIps).toBeUndefined();
    expect(cloud.lastRequest().query).toEqual({});
    expect(cloud.lastRequest().headers['openstack-api-version']).toBe('compute 2.93');
  });

  it('shows every field at 2.1, and each removal at its microversion', async () => {
    const cloud = nova('2.1');
    cloud.reply('GET', 'limits', fx.get21);
    const old = (await getLimits(cloud.client)).absolute;
    expect(old).toMatchObject({ maxImageMeta: 128, maxPersonality: 5, maxPersonalitySize: 10240, maxTotalFloatingIps: -1, maxSecurityGroups: -1, maxSecurityGroupRules: -1, totalFloatingIpsUsed: 0, totalSecurityGroupsUsed: 0 });
    cloud.reply('GET', 'limits', fx.get238);
    const at238 = (await getLimits(cloud.client, {}, { microversion: '2.38' })).absolute;
    expect([at238.maxImageMeta, at238.maxTotalFloatingIps]).toEqual([128, undefined]);
    cloud.reply('GET', 'limits', fx.get256);
    const at256 = (await getLimits(cloud.client, {}, { microversion: '2.56' })).absolute;
    expect([at256.maxImageMeta, at256.maxPersonality]).toEqual([undefined, 5]);
  });

  it('shows another project’s limits for an admin, and passes a member’s 403', async () => {
    const cloud = nova();
    cloud.reply('GET', `limits?tenant_id=${demoProject}`, fx.adminTenant);
    expect((await getLimits(cloud.client, { tenant_id: demoProject })).absolute.maxTotalCores).toBe(20);
    expect(cloud.lastRequest().query).toEqual({ tenant_id: demoProject });
    cloud.reply('GET', 'limits?tenant_id=other', fx.memberTenant, { status: 403 });
    const error = await rejectionOf(async () => getLimits(cloud.client, { tenant_id: 'other' }));
    expect(isHttpError(error, 403)).toBe(true);
  });

  it('sends reserved as 1 or 0 up to 2.74, and refuses it from 2.75 without sending', async () => {
    const cloud = nova('2.74');
    cloud.reply('GET', 'limits?reserved=1', fx.reserved274);
    cloud.reply('GET', 'limits?reserved=0', fx.reserved274);
    await getLimits(cloud.client, { reserved: true });
    expect(cloud.lastRequest().query).toEqual({ reserved: '1' });
    await getLimits(cloud.client, { reserved: false });
    expect(cloud.lastRequest().query).toEqual({ reserved: '0' });
    const modern = nova();
    expect(await microversionRefusal(async () => getLimits(modern.client, { reserved: true }))).toBe(
      'The reserved parameter was removed in compute microversion 2.75; this call uses 2.93',
    );
    expect(modern.requests).toHaveLength(0);
  });
});
