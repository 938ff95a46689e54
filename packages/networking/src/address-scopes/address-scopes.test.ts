import { describe, expect, it } from '@jest/globals';
import { isHttpError } from '@openstack-ts/core';
import { rejectionOf } from '@openstack-ts/core/testing';
import { fakeNeutron, invalidField } from '../fake-neutron.fixtures.js';
import { createAddressScope, deleteAddressScope, getAddressScope, listAddressScopes, updateAddressScope } from './index.js';
import * as fx from './address-scopes.fixtures.js';

const id = fx.create.address_scope.id;
const missing = '00000000-0000-0000-0000-000000000000';

describe('address scopes', () => {
  it('lists across pages following address_scopes_links', async () => {
    const cloud = fakeNeutron();
    cloud.reply('GET', 'v2.0/address-scopes?name=rec-scope&name=rec-scope-v6&limit=1&sort_key=name&sort_dir=asc', fx.listPage1);
    cloud.reply('GET', fx.listPage1.address_scopes_links[0]?.href ?? '', fx.listPage2);
    cloud.reply('GET', fx.listPage2.address_scopes_links.find((link) => link.rel === 'next')?.href ?? '', { address_scopes: [] });
    const scopes = await listAddressScopes(cloud.client, { name: ['rec-scope', 'rec-scope-v6'], limit: 1, sort_key: 'name', sort_dir: 'asc' }).all();
    expect(scopes.map((scope) => [scope.name, scope.ip_version])).toEqual([['rec-scope', 4], ['rec-scope-v6', 6]]);
    expect(cloud.requests.filter((request) => request.path.startsWith('v2.0/')).map((request) => request.query.marker)).toEqual([undefined, fx.listPage1.address_scopes[0]?.id, fx.listPage2.address_scopes[0]?.id]);
  });

  it('filters by IP version and sharing, with repeated fields', async () => {
    const cloud = fakeNeutron();
    cloud.reply('GET', 'v2.0/address-scopes?ip_version=6&shared=true&name=rec-scope-v6&fields=id&fields=name&fields=ip_version&fields=shared', fx.listFiltered);
    const scopes = await listAddressScopes(cloud.client, { ip_version: 6, shared: true, name: 'rec-scope-v6', fields: ['id', 'name', 'ip_version', 'shared'] }).all();
    expect(scopes).toEqual([{ id: fx.createV6.address_scope.id, name: 'rec-scope-v6', shared: true, ip_version: 6 }]);
  });

  it('passes the remaining common filters', async () => {
    const cloud = fakeNeutron();
    cloud.reply('GET', `v2.0/address-scopes?id=${id}&project_id=${fx.create.address_scope.project_id}&marker=m&page_reverse=false`, { address_scopes: [fx.get.address_scope] });
    const scopes = await listAddressScopes(cloud.client, { id, project_id: fx.create.address_scope.project_id, marker: 'm', page_reverse: false }).all();
    expect(scopes.map((scope) => scope.id)).toEqual([id]);
  });

  it('creates, gets, updates and deletes', async () => {
    const cloud = fakeNeutron();
    cloud.reply('POST', 'v2.0/address-scopes', fx.create, { status: 201 });
    cloud.reply('GET', `v2.0/address-scopes/${id}`, fx.get);
    cloud.reply('PUT', `v2.0/address-scopes/${id}`, fx.update);
    cloud.reply('DELETE', `v2.0/address-scopes/${id}`, undefined, { status: 204 });
    const scope = await createAddressScope(cloud.client, { name: 'rec-scope', ip_version: 4, shared: false });
    expect(cloud.lastRequest().json).toEqual({ address_scope: { name: 'rec-scope', ip_version: 4, shared: false } });
    expect(scope).toEqual(fx.create.address_scope);
    expect(await getAddressScope(cloud.client, id)).toMatchObject({ name: 'rec-scope', ip_version: 4, shared: false });
    expect(await updateAddressScope(cloud.client, id, { name: 'rec-scope-2', shared: true })).toMatchObject({ name: 'rec-scope-2', shared: true });
    expect(cloud.lastRequest().json).toEqual({ address_scope: { name: 'rec-scope-2', shared: true } });
    await deleteAddressScope(cloud.client, id);
    expect(cloud.lastRequest()).toMatchObject({ method: 'DELETE', path: `v2.0/address-scopes/${id}` });
  });

  it('creates a shared IPv6 scope in a named project', async () => {
    const cloud = fakeNeutron();
    cloud.reply('POST', 'v2.0/address-scopes', fx.createV6, { status: 201 });
    const input = { name: 'rec-scope-v6', ip_version: 6, shared: true, project_id: fx.createV6.address_scope.project_id } as const;
    expect(await createAddressScope(cloud.client, input)).toMatchObject({ ip_version: 6, shared: true });
    expect(cloud.lastRequest().json).toEqual({ address_scope: input });
  });

  it("Neutron's errors name their type", async () => {
    const cloud = fakeNeutron();
    cloud.reply('GET', `v2.0/address-scopes/${missing}`, fx.notFound, { status: 404 });
    cloud.reply('POST', 'v2.0/address-scopes', fx.memberShared, { status: 403 });
    cloud.reply('DELETE', `v2.0/address-scopes/${fx.createV6.address_scope.id}`, fx.deleteInUse, { status: 409 });
    const notFound = await getAddressScope(cloud.client, missing).catch((e: unknown) => e);
    expect(isHttpError(notFound, 404) && notFound.serviceErrorType).toBe('AddressScopeNotFound');
    const denied = await createAddressScope(cloud.client, { name: 'rec-scope-m', ip_version: 4, shared: true }).catch((e: unknown) => e);
    expect(isHttpError(denied, 403) && [denied.serviceErrorType, denied.serviceMessage]).toEqual(['PolicyNotAuthorized', fx.memberShared.NeutronError.message]);
    const inUse = await deleteAddressScope(cloud.client, fx.createV6.address_scope.id).catch((e: unknown) => e);
    expect(isHttpError(inUse, 409) && inUse.serviceErrorType).toBe('AddressScopeInUse');
  });

  it('a bad IP version is Neutron’s 400', async () => {
    const cloud = fakeNeutron();
    cloud.reply('POST', 'v2.0/address-scopes', fx.badVersion, { status: 400 });
    const error = await createAddressScope(cloud.client, { name: 'rec-scope-m', ip_version: 5 as 4 }).catch((e: unknown) => e);
    expect(isHttpError(error, 400) && error.serviceMessage).toBe('Invalid input for ip_version. Reason: 5 is not in valid_values.');
  });

  it('refuses an empty ID before sending', async () => {
    const cloud = fakeNeutron();
    expect(invalidField(await rejectionOf(getAddressScope(cloud.client, '')))).toBe('addressScopeId');
    expect(invalidField(await rejectionOf(updateAddressScope(cloud.client, ' ', { name: 'x' })))).toBe('addressScopeId');
    expect(invalidField(await rejectionOf(deleteAddressScope(cloud.client, '')))).toBe('addressScopeId');
    expect(cloud.requests.filter((request) => request.path.startsWith('v2.0/'))).toEqual([]);
  });
});
