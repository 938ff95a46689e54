import { describe, expect, it } from '@jest/globals';
import { isHttpError } from '@openstack-ts/core';
import { rejectionOf } from '@openstack-ts/core/testing';
import { fakeNeutron, invalidField } from '../fake-neutron.fixtures.js';
import { addSubnetPoolPrefixes, createSubnetPool, deleteSubnetPool, getSubnetPool, listSubnetPools, removeSubnetPoolPrefixes, updateSubnetPool } from './index.js';
import * as fx from './subnetpools.fixtures.js';

const id = fx.create.subnetpool.id;
const scopeId = fx.create.subnetpool.address_scope_id;
const missing = '00000000-0000-0000-0000-000000000000';

describe('subnet pools', () => {
  it('lists with every pool filter', async () => {
    const cloud = fakeNeutron();
    cloud.reply('GET', `v2.0/subnetpools?address_scope_id=${scopeId}&ip_version=4&default_prefixlen=24&min_prefixlen=20&max_prefixlen=28&default_quota=4096&shared=false&is_default=false&description=recorded&name=rec-pool`, fx.list);
    const query = { address_scope_id: scopeId, ip_version: 4, default_prefixlen: 24, min_prefixlen: 20, max_prefixlen: 28, default_quota: 4096, shared: false, is_default: false, description: 'recorded', name: 'rec-pool' } as const;
    const pools = await listSubnetPools(cloud.client, query).all();
    expect(pools.map((pool) => [pool.name, pool.prefixes])).toEqual([['rec-pool', ['10.100.0.0/16']]]);
  });

  it('joins tag filters, repeats fields and sort keys, and follows subnetpools_links', async () => {
    const cloud = fakeNeutron();
    cloud.reply('GET', `v2.0/subnetpools?tags=a%2Cb&tags-any=c&not-tags=d&not-tags-any=e%2Cf&fields=id&fields=name&sort_key=name&sort_key=id&sort_dir=asc&sort_dir=desc&limit=5&id=${id}&project_id=p&revision_number=0&marker=m&page_reverse=true`, {
      subnetpools: fx.list.subnetpools,
      subnetpools_links: [{ rel: 'next', href: `http://127.0.0.1:9696/v2.0/subnetpools?limit=5&marker=${id}` }],
    });
    cloud.reply('GET', `v2.0/subnetpools?limit=5&marker=${id}`, { subnetpools: [] });
    const pools = await listSubnetPools(cloud.client, {
      tags: ['a', 'b'], 'tags-any': ['c'], 'not-tags': ['d'], 'not-tags-any': ['e', 'f'], fields: ['id', 'name'], sort_key: ['name', 'id'], sort_dir: ['asc', 'desc'],
      limit: 5, id, project_id: 'p', revision_number: 0, marker: 'm', page_reverse: true,
    }).all();
    expect(pools.map((pool) => pool.id)).toEqual([id]);
    expect(cloud.requests.filter((request) => request.path.startsWith('v2.0/')).length).toBe(2);
  });

  it('creates with every field, gets and deletes (prefix lengths come back as strings)', async () => {
    const cloud = fakeNeutron();
    cloud.reply('POST', 'v2.0/subnetpools', fx.create, { status: 201 });
    cloud.reply('GET', `v2.0/subnetpools/${id}`, fx.get);
    cloud.reply('DELETE', `v2.0/subnetpools/${id}`, undefined, { status: 204 });
    const input = { name: 'rec-pool', description: 'recorded', prefixes: ['10.100.0.0/16'], default_prefixlen: 24, min_prefixlen: 20, max_prefixlen: 28, default_quota: 4096, address_scope_id: scopeId, shared: false, is_default: false };
    const pool = await createSubnetPool(cloud.client, input);
    expect(cloud.lastRequest().json).toEqual({ subnetpool: input });
    expect(pool).toMatchObject({ ip_version: 4, default_prefixlen: '24', min_prefixlen: '20', max_prefixlen: '28', default_quota: 4096, address_scope_id: scopeId });
    expect(await getSubnetPool(cloud.client, id)).toMatchObject({ name: 'rec-pool', default_prefixlen: '24', prefixes: ['10.100.0.0/16'] });
    await deleteSubnetPool(cloud.client, id);
    expect(cloud.lastRequest()).toMatchObject({ method: 'DELETE', path: `v2.0/subnetpools/${id}` });
  });

  it('creates a shared default IPv6 pool in a project', async () => {
    const cloud = fakeNeutron();
    cloud.reply('POST', 'v2.0/subnetpools', fx.createV6Default, { status: 201 });
    const input = { name: 'rec-pool-v6', prefixes: ['fd12:3456::/48'], default_prefixlen: 64, shared: true, is_default: true, project_id: fx.createV6Default.subnetpool.project_id };
    expect(await createSubnetPool(cloud.client, input)).toMatchObject({ ip_version: 6, is_default: true, shared: true, default_quota: null });
    expect(cloud.lastRequest().json).toEqual({ subnetpool: input });
  });

  it('updates, and takes a pool out of its address scope with null', async () => {
    const cloud = fakeNeutron();
    cloud.reply('PUT', `v2.0/subnetpools/${id}`, fx.update);
    const update = { name: 'rec-pool-2', description: 'changed', default_prefixlen: 26, max_prefixlen: 29, default_quota: 8192 };
    // The update's answer, unlike the others, has numeric prefix lengths.
    expect(await updateSubnetPool(cloud.client, id, update)).toMatchObject({ ...update, min_prefixlen: 20 });
    expect(cloud.lastRequest().json).toEqual({ subnetpool: update });
    cloud.reply('PUT', `v2.0/subnetpools/${id}`, fx.updateScope);
    expect((await updateSubnetPool(cloud.client, id, { address_scope_id: null })).address_scope_id).toBeNull();
    expect(cloud.lastRequest().json).toEqual({ subnetpool: { address_scope_id: null } });
  });

  it('adds and removes prefixes, returning the merged list', async () => {
    const cloud = fakeNeutron();
    cloud.reply('PUT', `v2.0/subnetpools/${id}/add_prefixes`, fx.addPrefixes);
    cloud.reply('PUT', `v2.0/subnetpools/${id}/remove_prefixes`, fx.removePrefixes);
    expect(await addSubnetPoolPrefixes(cloud.client, id, ['10.101.0.0/16', '192.168.100.0/24'])).toEqual(['10.100.0.0/15', '192.168.100.0/24']);
    expect(cloud.lastRequest().json).toEqual({ prefixes: ['10.101.0.0/16', '192.168.100.0/24'] });
    expect(await removeSubnetPoolPrefixes(cloud.client, id, ['192.168.100.0/24'])).toEqual(['10.100.0.0/15']);
    expect(cloud.lastRequest()).toMatchObject({ method: 'PUT', json: { prefixes: ['192.168.100.0/24'] } });
  });

  it("Neutron's errors name their type", async () => {
    const cloud = fakeNeutron();
    cloud.reply('GET', `v2.0/subnetpools/${missing}`, fx.notFound, { status: 404 });
    cloud.reply('POST', 'v2.0/subnetpools', fx.memberDefault, { status: 403 });
    cloud.reply('PUT', `v2.0/subnetpools/${id}/add_prefixes`, fx.addBad, { status: 400 });
    cloud.reply('PUT', `v2.0/subnetpools/${id}/remove_prefixes`, fx.removeInUse, { status: 400 });
    cloud.reply('DELETE', `v2.0/subnetpools/${id}`, fx.deleteInUse, { status: 400 });
    const notFound = await getSubnetPool(cloud.client, missing).catch((e: unknown) => e);
    expect(isHttpError(notFound, 404) && notFound.serviceErrorType).toBe('SubnetPoolNotFound');
    const denied = await createSubnetPool(cloud.client, { name: 'rec-pool-m', prefixes: ['10.200.0.0/16'], is_default: true }).catch((e: unknown) => e);
    expect(isHttpError(denied, 403) && denied.serviceMessage).toBe('(rule:create_subnetpool and rule:create_subnetpool:is_default) is disallowed by policy');
    const mixed = await addSubnetPoolPrefixes(cloud.client, id, ['fd00::/64']).catch((e: unknown) => e);
    expect(isHttpError(mixed, 400) && mixed.serviceErrorType).toBe('PrefixVersionMismatch');
    const used = await removeSubnetPoolPrefixes(cloud.client, id, ['10.130.0.0/26']).catch((e: unknown) => e);
    expect(isHttpError(used, 400) && used.serviceErrorType).toBe('IllegalSubnetPoolPrefixUpdate');
    const busy = await deleteSubnetPool(cloud.client, id).catch((e: unknown) => e);
    expect(isHttpError(busy, 400) && busy.serviceErrorType).toBe('SubnetPoolDeleteError');
  });

  it('refuses an empty ID before sending', async () => {
    const cloud = fakeNeutron();
    expect(invalidField(await rejectionOf(getSubnetPool(cloud.client, '')))).toBe('subnetPoolId');
    expect(invalidField(await rejectionOf(updateSubnetPool(cloud.client, '', { name: 'x' })))).toBe('subnetPoolId');
    expect(invalidField(await rejectionOf(deleteSubnetPool(cloud.client, ' ')))).toBe('subnetPoolId');
    expect(invalidField(await rejectionOf(addSubnetPoolPrefixes(cloud.client, '', ['10.0.0.0/8'])))).toBe('subnetPoolId');
    expect(invalidField(await rejectionOf(removeSubnetPoolPrefixes(cloud.client, '', ['10.0.0.0/8'])))).toBe('subnetPoolId');
    expect(cloud.requests.filter((request) => request.path.startsWith('v2.0/'))).toEqual([]);
  });
});
