import { describe, expect, it } from '@jest/globals';
import { isHttpError } from '@openstack-ts/core';
import { fakeKeystone, refusedField } from '../fake-keystone.fixtures.js';
import { createRegion, deleteRegion, getRegion, listRegions, updateRegion } from './index.js';
import * as fx from './regions.fixtures.js';

describe('regions', () => {
  it('creates a region and a child with every field', async () => {
    const cloud = fakeKeystone();
    cloud.replyOnce('POST', 'regions', fx.create, { status: 201 });
    cloud.replyOnce('POST', 'regions', fx.createChild, { status: 201 });
    expect((await createRegion(cloud.client, { id: 'rec-region', description: 'recorded' })).parent_region_id).toBeNull();
    expect(cloud.lastRequest().json).toEqual({ region: { id: 'rec-region', description: 'recorded' } });
    const child = await createRegion(cloud.client, { id: 'rec-region-child', description: 'child', parent_region_id: 'rec-region' });
    expect(cloud.lastRequest().json).toEqual({ region: { id: 'rec-region-child', description: 'child', parent_region_id: 'rec-region' } });
    expect(child.parent_region_id).toBe('rec-region');
  });

  it('lists the children of a region, and gets one', async () => {
    const cloud = fakeKeystone();
    cloud.reply('GET', 'regions?parent_region_id=rec-region&limit=2&marker=m', fx.list);
    cloud.reply('GET', 'regions/rec-region', fx.get);
    const children = await listRegions(cloud.client, { parent_region_id: 'rec-region', limit: 2, marker: 'm' }).all();
    expect(cloud.lastRequest().query).toEqual({ parent_region_id: 'rec-region', limit: '2', marker: 'm' });
    expect(children.map((r) => r.id)).toEqual(['rec-region-child']);
    expect((await getRegion(cloud.client, 'rec-region')).description).toBe('recorded');
  });

  it('updates with PATCH and deletes', async () => {
    const cloud = fakeKeystone();
    cloud.reply('PATCH', 'regions/rec-region-child', fx.update);
    cloud.reply('DELETE', 'regions/rec-region', undefined, { status: 204 });
    expect((await updateRegion(cloud.client, 'rec-region-child', { description: 'changed' })).description).toBe('changed');
    expect([cloud.lastRequest().method, cloud.lastRequest().json]).toEqual(['PATCH', { region: { description: 'changed' } }]);
    await deleteRegion(cloud.client, 'rec-region');
    expect([cloud.lastRequest().method, cloud.lastRequest().path]).toEqual(['DELETE', 'regions/rec-region']);
  });

  it("raises Keystone's 404, e.g. for a child deleted with its parent", async () => {
    const cloud = fakeKeystone();
    cloud.reply('DELETE', 'regions/rec-region-child', fx.deleteChild, { status: 404 });
    const error = await deleteRegion(cloud.client, 'rec-region-child').catch((e: unknown) => e);
    expect(isHttpError(error, 404) && [error.serviceErrorType, error.serviceMessage]).toEqual(['Not Found', 'Could not find region: rec-region-child.']);
  });

  it('refuses an empty ID before sending', async () => {
    const cloud = fakeKeystone();
    expect(await refusedField(async () => updateRegion(cloud.client, '', {}))).toBe('regionId');
    expect(cloud.serviceRequests()).toEqual([]);
  });
});
