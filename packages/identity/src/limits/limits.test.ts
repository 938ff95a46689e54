import { describe, expect, it } from '@jest/globals';
import { isHttpError } from '@openstack-ts/core';
import { fakeKeystone, refusedField } from '../fake-keystone.fixtures.js';
import {
  createLimits, createRegisteredLimits, deleteLimit, deleteRegisteredLimit, getLimit, getLimitModel, getRegisteredLimit, listLimits, listRegisteredLimits,
  updateLimit, updateRegisteredLimit,
} from './index.js';
import * as fx from './limits.fixtures.js';

const [cores, ram] = fx.createRegistered.registered_limits;
const rid = cores?.id ?? '';
const serviceId = cores?.service_id ?? '';
const limit = fx.create.limits[0];
const lid = limit?.id ?? '';
const projectId = limit?.project_id ?? '';

describe('registered limits', () => {
  it('creates several in one request, lists with filters, gets, updates, deletes', async () => {
    const cloud = fakeKeystone();
    cloud.reply('POST', 'registered_limits', fx.createRegistered, { status: 201 });
    cloud.reply('GET', `registered_limits?service_id=${serviceId}&region_id=RegionOne&resource_name=rec-cores`, fx.listRegistered);
    cloud.reply('GET', `registered_limits/${rid}`, fx.getRegistered);
    cloud.reply('PATCH', `registered_limits/${rid}`, fx.updateRegistered);
    cloud.reply('DELETE', `registered_limits/${rid}`, undefined, { status: 204 });
    const input = [
      { service_id: serviceId, region_id: 'RegionOne', resource_name: 'rec-cores', default_limit: 10, description: 'recorded' },
      { service_id: serviceId, resource_name: 'rec-ram', default_limit: 2048 },
    ];
    const created = await createRegisteredLimits(cloud.client, input);
    expect(cloud.lastRequest()).toMatchObject({ method: 'POST', json: { registered_limits: input } });
    expect(created.map((r) => [r.resource_name, r.region_id, r.default_limit])).toEqual([['rec-cores', 'RegionOne', 10], ['rec-ram', ram?.region_id, 2048]]);
    const listed = await listRegisteredLimits(cloud.client, { service_id: serviceId, region_id: 'RegionOne', resource_name: 'rec-cores' }).all();
    expect(listed.map((r) => r.id)).toEqual([rid]);
    expect((await getRegisteredLimit(cloud.client, rid)).description).toBe('recorded');
    expect(await updateRegisteredLimit(cloud.client, rid, { default_limit: 20, description: 'changed' })).toMatchObject({ default_limit: 20, description: 'changed' });
    expect(cloud.lastRequest().json).toEqual({ registered_limit: { default_limit: 20, description: 'changed' } });
    await deleteRegisteredLimit(cloud.client, rid);
    expect(cloud.lastRequest()).toMatchObject({ method: 'DELETE', path: `registered_limits/${rid}` });
  });

  it('a duplicate is a 409', async () => {
    const cloud = fakeKeystone();
    cloud.reply('POST', 'registered_limits', fx.createRegisteredDuplicate, { status: 409 });
    const error = await createRegisteredLimits(cloud.client, [{ service_id: serviceId, resource_name: 'rec-cores', default_limit: 10 }]).catch((e: unknown) => e);
    expect(isHttpError(error, 409) && [error.serviceErrorType, error.serviceMessage]).toEqual(['Conflict', 'Conflict occurred attempting to store registered_limit - Duplicate entry.']);
  });
});

describe('project limits', () => {
  it('creates in bulk, lists with every filter, gets, updates, deletes', async () => {
    const cloud = fakeKeystone();
    cloud.reply('POST', 'limits', fx.create, { status: 201 });
    cloud.reply('GET', `limits?service_id=${serviceId}&region_id=RegionOne&resource_name=rec-cores&project_id=${projectId}&domain_id=default`, fx.list);
    cloud.reply('GET', `limits/${lid}`, fx.get);
    cloud.reply('PATCH', `limits/${lid}`, fx.update);
    cloud.reply('DELETE', `limits/${lid}`, undefined, { status: 204 });
    const input = [{ project_id: projectId, domain_id: undefined, service_id: serviceId, region_id: 'RegionOne', resource_name: 'rec-cores', resource_limit: 5, description: 'recorded' }];
    expect((await createLimits(cloud.client, input)).map((l) => [l.project_id, l.resource_limit])).toEqual([[projectId, 5]]);
    expect(cloud.lastRequest().json).toEqual({ limits: [{ project_id: projectId, service_id: serviceId, region_id: 'RegionOne', resource_name: 'rec-cores', resource_limit: 5, description: 'recorded' }] });
    const query = { service_id: serviceId, region_id: 'RegionOne', resource_name: 'rec-cores', project_id: projectId, domain_id: 'default' };
    expect((await listLimits(cloud.client, query).all()).map((l) => l.id)).toEqual([lid]);
    expect(cloud.lastRequest().query).toEqual(query);
    expect((await getLimit(cloud.client, lid)).resource_limit).toBe(5);
    expect((await updateLimit(cloud.client, lid, { resource_limit: 8, description: 'changed' })).resource_limit).toBe(8);
    expect(cloud.lastRequest()).toMatchObject({ method: 'PATCH', json: { limit: { resource_limit: 8, description: 'changed' } } });
    await deleteLimit(cloud.client, lid);
    expect(cloud.lastRequest()).toMatchObject({ method: 'DELETE', path: `limits/${lid}` });
  });

  it("a project-scoped caller's filter on another project yields nothing", async () => {
    const cloud = fakeKeystone();
    cloud.reply('GET', `limits?project_id=${projectId}`, fx.listAsProjectAdmin);
    expect(await listLimits(cloud.client, { project_id: projectId }).all()).toEqual([]);
  });

  it("a member's create is a 403; a deleted limit a 404", async () => {
    const cloud = fakeKeystone();
    cloud.reply('POST', 'limits', fx.memberCreate, { status: 403 });
    cloud.reply('GET', `limits/${lid}`, fx.getMissing, { status: 404 });
    const forbidden = await createLimits(cloud.client, [{ project_id: projectId, service_id: serviceId, resource_name: 'rec-cores', resource_limit: 5 }]).catch((e: unknown) => e);
    expect(isHttpError(forbidden, 403) && forbidden.serviceMessage).toBe('You are not authorized to perform the requested action: identity:create_limits.');
    const missing = await getLimit(cloud.client, lid).catch((e: unknown) => e);
    expect(isHttpError(missing, 404) && missing.serviceMessage).toBe(`Could not find limit for ${lid}.`);
  });

  it('shows the enforcement model', async () => {
    const cloud = fakeKeystone();
    cloud.reply('GET', 'limits/model', fx.model);
    expect((await getLimitModel(cloud.client)).name).toBe('flat');
    expect(cloud.lastRequest().path).toBe('limits/model');
  });

  it('refuses empty lists and IDs before sending', async () => {
    const cloud = fakeKeystone();
    expect(await refusedField(async () => createLimits(cloud.client, []))).toBe('limits');
    expect(await refusedField(async () => createRegisteredLimits(cloud.client, []))).toBe('registered_limits');
    expect(await refusedField(async () => getLimit(cloud.client, ''))).toBe('limitId');
    expect(cloud.serviceRequests()).toEqual([]);
  });
});
