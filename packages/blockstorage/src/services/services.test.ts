import { describe, expect, it } from '@jest/globals';
import { isHttpError } from '@openstack-ts/core';
import { rejectionOf } from '@openstack-ts/core/testing';
import * as pkg from './index.js';
import * as servicesFx from './services.fixtures.js';
import { fakeCinder as cinder, inputRefusal } from '../fake-cinder.fixtures.js';

describe('services', () => {
  it('lists services with filters (admin); the member meets 403', async () => {
    const cloud = cinder();
    cloud.reply('GET', 'os-services', servicesFx.services);
    const services = await pkg.listServices(cloud.client).all();
    expect(services.map((s) => s.binary).sort()).toEqual(['cinder-backup', 'cinder-scheduler', 'cinder-volume']);
    expect(services.find((s) => s.binary === 'cinder-volume')).toMatchObject({ host: 'localhost@fake', backend_state: 'up', frozen: false });
    cloud.reply('GET', 'os-services?host=localhost&binary=cinder-scheduler', servicesFx.servicesFiltered);
    expect((await pkg.listServices(cloud.client, { host: 'localhost', binary: 'cinder-scheduler' }).all())[0]?.disabled_reason).toBe('osts recording');
    cloud.reply('GET', 'os-services?host=m', servicesFx.servicesMember, { status: 403 });
    expect(isHttpError(await rejectionOf(() => pkg.listServices(cloud.client, { host: 'm' })), 403)).toBe(true);
  });

  it('disables (with a reason through disable-log-reason) and enables', async () => {
    const cloud = cinder();
    const target = { host: 'localhost', binary: 'cinder-scheduler' };
    cloud.reply('PUT', 'os-services/disable', servicesFx.disable);
    cloud.reply('PUT', 'os-services/disable-log-reason', servicesFx.disableReason);
    cloud.reply('PUT', 'os-services/enable', servicesFx.enable);
    expect(await pkg.disableService(cloud.client, target)).toMatchObject({ disabled: true, status: 'disabled' });
    expect(cloud.lastRequest().json).toEqual(target);
    expect((await pkg.disableService(cloud.client, { ...target, disabled_reason: 'osts recording' })).disabled_reason).toBe('osts recording');
    expect(cloud.lastRequest().json).toEqual({ ...target, disabled_reason: 'osts recording' });
    expect(await pkg.enableService(cloud.client, target)).toMatchObject({ disabled: false, status: 'enabled' });
    expect((await inputRefusal(async () => pkg.enableService(cloud.client, { host: 'h' } as never))).field).toBe('binary');
    expect((await inputRefusal(async () => pkg.freezeHost(cloud.client, ''))).field).toBe('host');
  });

  it("freezes and thaws a host; Cinder's 400 for a host with no service, 404 for an unknown service", async () => {
    const cloud = cinder();
    cloud.replyOnce('PUT', 'os-services/freeze', undefined, { status: 200 }); // API-reference shape: 200, no body needed
    await pkg.freezeHost(cloud.client, 'localhost@fake');
    expect(cloud.lastRequest().json).toEqual({ host: 'localhost@fake' });
    cloud.reply('PUT', 'os-services/freeze', servicesFx.freezeMissing, { status: 400 });
    cloud.reply('PUT', 'os-services/thaw', servicesFx.thawMissing, { status: 400 });
    for (const call of [async () => pkg.freezeHost(cloud.client, 'osts-no-such-host'), async () => pkg.thawHost(cloud.client, 'osts-no-such-host')]) {
      const error = await rejectionOf(call);
      expect(isHttpError(error, 400)).toBe(true);
      expect((error as Error).message).toContain('No service found with host=osts-no-such-host');
    }
    cloud.reply('PUT', 'os-services/enable', servicesFx.enableMissing, { status: 404 });
    expect(isHttpError(await rejectionOf(async () => pkg.enableService(cloud.client, { host: 'osts-no-such-host', binary: 'cinder-volume' })), 404)).toBe(true);
  });
});
