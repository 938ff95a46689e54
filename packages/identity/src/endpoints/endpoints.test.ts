import { describe, expect, it } from '@jest/globals';
import { isHttpError } from '@openstack-ts/core';
import { fakeKeystone, refusedField } from '../fake-keystone.fixtures.js';
import * as fx from './endpoints.fixtures.js';
import { createEndpoint, deleteEndpoint, getEndpoint, listEndpoints, updateEndpoint } from './index.js';

const id = fx.create.endpoint.id;
const serviceId = fx.create.endpoint.service_id;

describe('endpoints', () => {
  it('creates an endpoint with every field', async () => {
    const cloud = fakeKeystone();
    cloud.reply('POST', 'endpoints', fx.create, { status: 201 });
    const input = { service_id: serviceId, interface: 'public', url: 'http://rec.example.test/v1', region_id: 'rec-ep-region', enabled: true };
    expect(await createEndpoint(cloud.client, input)).toMatchObject({ id, ...input, region: 'rec-ep-region' });
    expect([cloud.lastRequest().method, cloud.lastRequest().json]).toEqual(['POST', { endpoint: input }]);
  });

  it('lists by interface, service and region, and gets one', async () => {
    const cloud = fakeKeystone();
    cloud.reply('GET', `endpoints?interface=public&service_id=${serviceId}&region_id=rec-ep-region&limit=1&marker=m`, fx.list);
    cloud.reply('GET', `endpoints/${id}`, fx.get);
    const endpoints = await listEndpoints(cloud.client, { interface: 'public', service_id: serviceId, region_id: 'rec-ep-region', limit: 1, marker: 'm' }).all();
    expect(cloud.lastRequest().query).toEqual({ interface: 'public', service_id: serviceId, region_id: 'rec-ep-region', limit: '1', marker: 'm' });
    expect(endpoints.map((e) => e.id)).toEqual([id]);
    expect((await getEndpoint(cloud.client, id)).url).toBe('http://rec.example.test/v1');
  });

  it('updates with PATCH and deletes', async () => {
    const cloud = fakeKeystone();
    cloud.reply('PATCH', `endpoints/${id}`, fx.update);
    cloud.reply('DELETE', `endpoints/${id}`, undefined, { status: 204 });
    expect(await updateEndpoint(cloud.client, id, { url: 'http://rec.example.test/v2', enabled: false })).toMatchObject({ url: 'http://rec.example.test/v2', enabled: false });
    expect(cloud.lastRequest().json).toEqual({ endpoint: { url: 'http://rec.example.test/v2', enabled: false } });
    await deleteEndpoint(cloud.client, id);
    expect([cloud.lastRequest().method, cloud.lastRequest().path]).toEqual(['DELETE', `endpoints/${id}`]);
  });

  it("raises Keystone's errors: an unknown interface, a missing endpoint", async () => {
    const cloud = fakeKeystone();
    cloud.reply('POST', 'endpoints', fx.badInterface, { status: 400 });
    cloud.reply('GET', 'endpoints/00000000000000000000000000000000', fx.getMissing, { status: 404 });
    const bad = await createEndpoint(cloud.client, { service_id: serviceId, interface: 'bogus', url: 'http://x' }).catch((e: unknown) => e);
    expect(isHttpError(bad, 400) && bad.serviceErrorType).toBe('Bad Request');
    expect(isHttpError(bad) && bad.serviceMessage?.startsWith("Invalid input for field 'interface'")).toBe(true);
    const missing = await getEndpoint(cloud.client, '00000000000000000000000000000000').catch((e: unknown) => e);
    expect(isHttpError(missing, 404) && missing.serviceMessage).toBe('Could not find endpoint: 00000000000000000000000000000000.');
  });

  it('refuses an empty ID before sending', async () => {
    const cloud = fakeKeystone();
    expect(await refusedField(async () => getEndpoint(cloud.client, ''))).toBe('endpointId');
    expect(cloud.serviceRequests()).toEqual([]);
  });
});
