import { describe, expect, it } from '@jest/globals';
import { isHttpError } from '@openstack-ts/core';
import { fakeKeystone, refusedField } from '../fake-keystone.fixtures.js';
import { createCatalogService, deleteCatalogService, getCatalogService, listCatalogServices, updateCatalogService } from './index.js';
import * as fx from './services.fixtures.js';

const id = fx.create.service.id;

describe('catalog services', () => {
  it('creates a service with every field', async () => {
    const cloud = fakeKeystone();
    cloud.reply('POST', 'services', fx.create, { status: 201 });
    const input = { type: 'rec-type', name: 'rec-service', description: 'recorded', enabled: true };
    expect(await createCatalogService(cloud.client, input)).toMatchObject({ id, ...input });
    expect([cloud.lastRequest().method, cloud.lastRequest().json]).toEqual(['POST', { service: input }]);
  });

  it('lists by type and gets one', async () => {
    const cloud = fakeKeystone();
    cloud.reply('GET', 'services?type=rec-type&limit=3&marker=m', fx.list);
    cloud.reply('GET', `services/${id}`, fx.get);
    const services = await listCatalogServices(cloud.client, { type: 'rec-type', limit: 3, marker: 'm' }).all();
    expect(cloud.lastRequest().query).toEqual({ type: 'rec-type', limit: '3', marker: 'm' });
    expect(services.map((s) => s.name)).toEqual(['rec-service']);
    expect((await getCatalogService(cloud.client, id)).type).toBe('rec-type');
  });

  it('updates with PATCH and deletes', async () => {
    const cloud = fakeKeystone();
    cloud.reply('PATCH', `services/${id}`, fx.update);
    cloud.reply('DELETE', `services/${id}`, undefined, { status: 204 });
    expect(await updateCatalogService(cloud.client, id, { description: 'changed', enabled: false })).toMatchObject({ description: 'changed', enabled: false });
    expect(cloud.lastRequest().json).toEqual({ service: { description: 'changed', enabled: false } });
    await deleteCatalogService(cloud.client, id);
    expect([cloud.lastRequest().method, cloud.lastRequest().path]).toEqual(['DELETE', `services/${id}`]);
  });

  it("raises Keystone's errors: a missing service, a member's 403", async () => {
    const cloud = fakeKeystone();
    cloud.reply('GET', 'services/00000000000000000000000000000000', fx.getMissing, { status: 404 });
    cloud.reply('POST', 'services', fx.memberCreate, { status: 403 });
    const missing = await getCatalogService(cloud.client, '00000000000000000000000000000000').catch((e: unknown) => e);
    expect(isHttpError(missing, 404) && missing.serviceErrorType).toBe('Not Found');
    const denied = await createCatalogService(cloud.client, { type: 'rec-type' }).catch((e: unknown) => e);
    expect(isHttpError(denied, 403) && [denied.serviceErrorType, denied.serviceMessage]).toEqual(['Forbidden', 'You are not authorized to perform the requested action: identity:create_service.']);
  });

  it('refuses an empty ID before sending', async () => {
    const cloud = fakeKeystone();
    expect(await refusedField(async () => deleteCatalogService(cloud.client, ''))).toBe('serviceId');
    expect(cloud.serviceRequests()).toEqual([]);
  });
});
