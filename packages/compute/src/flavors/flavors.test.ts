import { describe, expect, it } from '@jest/globals';
import { isHttpError, isInvalidInputError, isNameLookupError } from '@openstack-ts/core';
import { rejectionOf } from '@openstack-ts/core/testing';
import {
  addFlavorAccess,
  createFlavor,
  deleteFlavor,
  deleteFlavorExtraSpec,
  findFlavorId,
  getFlavor,
  getFlavorExtraSpec,
  getFlavorExtraSpecs,
  listFlavorAccess,
  listFlavorSummaries,
  listFlavors,
  removeFlavorAccess,
  setFlavorExtraSpecs,
  updateFlavor,
  updateFlavorExtraSpec,
} from './index.js';
import * as fx from './flavors.fixtures.js';
import { fakeNova as nova, inputRefusal, microversionRefusal } from '../fake-nova.fixtures.js';

// The recorded links point at the local cloud's Nova, so the fake cloud uses the same endpoint.

describe('flavors', () => {
  it('lists summaries across pages with every query parameter', async () => {
    const cloud = nova();
    const query = 'flavors?minDisk=1&minRam=256&is_public=None&sort_key=name&sort_dir=asc&limit=1';
    const secondPage = { flavors: [{ id: '2', name: 'm1.small', links: [], description: null }] };
    cloud.reply('GET', query, { ...fx.listPage1, flavors_links: [{ rel: 'next', href: 'http://127.0.0.1:8774/v2.1/flavors?limit=1&marker=1' }] });
    cloud.reply('GET', 'flavors?limit=1&marker=1', secondPage);
    const flavors = await listFlavorSummaries(cloud.client, { minDisk: 1, minRam: 256, is_public: 'None', sort_key: 'name', sort_dir: 'asc', limit: 1 }).all();
    expect(flavors.map((f) => f.name)).toEqual(['m1.tiny', 'm1.small']);
    expect(cloud.serviceRequests()[0]?.headers['openstack-api-version']).toBe('compute 2.93');
  });

  it('lists details from a marker', async () => {
    const cloud = nova();
    cloud.reply('GET', 'flavors/detail?marker=1&limit=1', fx.detailPage2);
    cloud.reply('GET', 'flavors/detail?limit=1&marker=2', fx.detailPage3);
    const [flavor, ...rest] = await listFlavors(cloud.client, { marker: '1', limit: 1 }).all();
    expect(rest).toEqual([]);
    expect(flavor).toMatchObject({ id: '2', ram: 2048, vcpus: 1, disk: 20, 'os-flavor-access:is_public': true, extra_specs: {} });
  });

  it('gets a flavor; before 2.75 swap may be an empty string', async () => {
    const cloud = nova('2.1');
    cloud.reply('GET', 'flavors/1', fx.get21);
    const flavor = await getFlavor(cloud.client, '1');
    expect(flavor.swap).toBe('');
    expect(cloud.lastRequest().headers['x-openstack-nova-api-version']).toBe('2.1');
  });

  it('creates a private flavor with a description (2.55)', async () => {
    const cloud = nova();
    cloud.reply('POST', 'flavors', fx.create);
    const input = { name: 'rec-flavor', ram: 256, vcpus: 1, disk: 1, id: 'rec-1', 'os-flavor-access:is_public': false, description: 'recorded' };
    const flavor = await createFlavor(cloud.client, input);
    expect(cloud.lastRequest().json).toEqual({ flavor: input });
    expect(flavor).toMatchObject({ id: 'rec-1', description: 'recorded', 'os-flavor-access:is_public': false });
  });

  it('refuses a description before 2.55 without sending anything', async () => {
    const cloud = nova('2.54');
    expect(await microversionRefusal(async () => createFlavor(cloud.client, { name: 'x', ram: 1, vcpus: 1, disk: 0, description: 'd' }))).toBe('A flavor description requires compute microversion 2.55 or later; this call uses 2.54');
    expect(await microversionRefusal(async () => updateFlavor(cloud.client, 'rec-1', { description: 'd' }))).toBe(
      'Updating a flavor requires compute microversion 2.55 or later; this call uses 2.54',
    );
    expect(cloud.requests).toHaveLength(0);
  });

  it('updates the description and deletes', async () => {
    const cloud = nova();
    cloud.reply('PUT', 'flavors/rec-1', fx.update);
    cloud.reply('DELETE', 'flavors/rec-1', undefined, { status: 202 });
    expect((await updateFlavor(cloud.client, 'rec-1', { description: 'changed' })).description).toBe('changed');
    expect(cloud.lastRequest().json).toEqual({ flavor: { description: 'changed' } });
    await deleteFlavor(cloud.client, 'rec-1');
    expect(cloud.lastRequest().method).toBe('DELETE');
  });

  it('manages extra specs', async () => {
    const cloud = nova();
    cloud.reply('POST', 'flavors/rec-1/os-extra_specs', fx.setSpecs);
    cloud.reply('GET', 'flavors/rec-1/os-extra_specs', fx.listSpecs);
    cloud.reply('GET', 'flavors/rec-1/os-extra_specs/hw%3Anuma_nodes', fx.getSpec);
    cloud.reply('PUT', 'flavors/rec-1/os-extra_specs/hw%3Anuma_nodes', fx.updateSpec);
    cloud.reply('DELETE', 'flavors/rec-1/os-extra_specs/hw%3Anuma_nodes', undefined, { status: 200 });
    expect(await setFlavorExtraSpecs(cloud.client, 'rec-1', { 'hw:cpu_policy': 'shared', 'hw:numa_nodes': '1' })).toEqual(fx.setSpecs.extra_specs);
    expect(cloud.lastRequest().json).toEqual({ extra_specs: { 'hw:cpu_policy': 'shared', 'hw:numa_nodes': '1' } });
    expect(await getFlavorExtraSpecs(cloud.client, 'rec-1')).toEqual({ 'hw:cpu_policy': 'shared', 'hw:numa_nodes': '1' });
    expect(await getFlavorExtraSpec(cloud.client, 'rec-1', 'hw:numa_nodes')).toEqual({ 'hw:numa_nodes': '1' });
    expect(await updateFlavorExtraSpec(cloud.client, 'rec-1', 'hw:numa_nodes', '2')).toEqual({ 'hw:numa_nodes': '2' });
    expect(cloud.lastRequest().json).toEqual({ 'hw:numa_nodes': '2' });
    await deleteFlavorExtraSpec(cloud.client, 'rec-1', 'hw:numa_nodes');
    expect(cloud.lastRequest().url).toBe('http://127.0.0.1:8774/v2.1/flavors/rec-1/os-extra_specs/hw%3Anuma_nodes');
  });

  it('manages access to a private flavor', async () => {
    const cloud = nova();
    const project = fx.addAccess.flavor_access[0]?.tenant_id ?? '';
    cloud.replyOnce('POST', 'flavors/rec-1/action', fx.addAccess);
    cloud.reply('GET', 'flavors/rec-1/os-flavor-access', fx.listAccess);
    cloud.replyOnce('POST', 'flavors/rec-1/action', fx.removeAccess);
    expect(await addFlavorAccess(cloud.client, 'rec-1', project)).toEqual([{ flavor_id: 'rec-1', tenant_id: project }]);
    expect(cloud.lastRequest().json).toEqual({ addTenantAccess: { tenant: project } });
    expect(await listFlavorAccess(cloud.client, 'rec-1').all()).toEqual(fx.listAccess.flavor_access);
    expect(cloud.lastRequest().path).toBe('flavors/rec-1/os-flavor-access');
    expect(await removeFlavorAccess(cloud.client, 'rec-1', project)).toEqual([]);
    expect(cloud.lastRequest().json).toEqual({ removeTenantAccess: { tenant: project } });
  });

  it('finds a flavor by ID first, then by name, and says when there is none', async () => {
    const cloud = nova();
    const notFound = { itemNotFound: { code: 404, message: 'Flavor m1.small could not be found.' } };
    cloud.reply('GET', 'flavors/1', fx.get21);
    cloud.reply('GET', 'flavors/m1.small', notFound, { status: 404 });
    cloud.reply('GET', 'flavors/m1.huge', notFound, { status: 404 });
    cloud.reply('GET', 'flavors?is_public=None', { flavors: [...fx.listPage1.flavors, { id: '2', name: 'm1.small', links: [] }] });
    expect(await findFlavorId(cloud.client, '1')).toEqual({ id: '1', matchedBy: 'id' });
    expect(cloud.serviceRequests()).toHaveLength(1);
    expect(await findFlavorId(cloud.client, 'm1.small')).toEqual({ id: '2', matchedBy: 'name' });
    const error = await rejectionOf(async () => findFlavorId(cloud.client, 'm1.huge'));
    expect(isNameLookupError(error)).toBe(true);
    expect(isInvalidInputError(await rejectionOf(async () => findFlavorId(cloud.client, ' ')))).toBe(true);
  });

  it('passes on an error other than 400 or 404 while trying the input as an ID', async () => {
    const cloud = nova();
    cloud.reply('GET', 'flavors/m1.small', { forbidden: { code: 403, message: 'Policy does not allow it.' } }, { status: 403 });
    expect(isHttpError(await rejectionOf(async () => findFlavorId(cloud.client, 'm1.small')), 403)).toBe(true);
    expect(cloud.serviceRequests()).toHaveLength(1);
  });

  it('refuses a bad flavor ID in listings when they start, before sending', async () => {
    const cloud = nova();
    expect(await inputRefusal(() => listFlavorAccess(cloud.client, ''))).toMatchObject({ field: 'flavorId' });
    expect(await inputRefusal(async () => getFlavorExtraSpecs(cloud.client, ''))).toMatchObject({ field: 'flavorId' });
    expect(cloud.requests).toHaveLength(0);
  });

  it('rejects an empty ID before sending', async () => {
    const cloud = nova();
    expect(await inputRefusal(async () => getFlavor(cloud.client, ''))).toMatchObject({ name: 'InvalidInputError', field: 'flavorId', message: expect.stringMatching(/flavorId must be a non-empty string/) });
    expect(cloud.requests).toHaveLength(0);
  });
});
