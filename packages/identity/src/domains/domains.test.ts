import { describe, expect, it } from '@jest/globals';
import { isHttpError, isNameLookupError } from '@openstack-ts/core';
import { rejectionOf } from '@openstack-ts/core/testing';
import { fakeKeystone, refusedField } from '../fake-keystone.fixtures.js';
import * as fx from './domains.fixtures.js';
import { createDomain, deleteDomain, findDomainId, getDomain, listDomains, updateDomain } from './index.js';

const id = fx.create.domain.id;

describe('domains', () => {
  it('creates a domain with every field', async () => {
    const cloud = fakeKeystone();
    cloud.reply('POST', 'domains', fx.create, { status: 201 });
    const input = { name: 'rec-domain', description: 'recorded', enabled: true, tags: ['red'], explicit_domain_id: 'x', options: {} };
    const domain = await createDomain(cloud.client, input);
    expect(cloud.lastRequest().method).toBe('POST');
    expect(cloud.lastRequest().json).toEqual({ domain: input });
    expect(domain).toMatchObject({ id, name: 'rec-domain', enabled: true, tags: ['red'] });
  });

  it('lists by name and enabled, and gets one', async () => {
    const cloud = fakeKeystone();
    cloud.reply('GET', 'domains?name=rec-domain&enabled=true&limit=5&marker=m', fx.list);
    cloud.reply('GET', `domains/${id}`, fx.get);
    const all = await listDomains(cloud.client, { name: 'rec-domain', enabled: true, limit: 5, marker: 'm' }).all();
    expect(cloud.lastRequest().query).toEqual({ name: 'rec-domain', enabled: 'true', limit: '5', marker: 'm' });
    expect(all.map((d) => d.id)).toEqual([id]);
    expect((await getDomain(cloud.client, id)).description).toBe('recorded');
    expect(cloud.lastRequest().path).toBe(`domains/${id}`);
  });

  it('disables with PATCH, then deletes', async () => {
    const cloud = fakeKeystone();
    cloud.reply('PATCH', `domains/${id}`, fx.update);
    cloud.reply('DELETE', `domains/${id}`, undefined, { status: 204 });
    expect((await updateDomain(cloud.client, id, { enabled: false, description: 'disabled' })).enabled).toBe(false);
    expect(cloud.lastRequest().json).toEqual({ domain: { enabled: false, description: 'disabled' } });
    await deleteDomain(cloud.client, id);
    expect([cloud.lastRequest().method, cloud.lastRequest().path]).toEqual(['DELETE', `domains/${id}`]);
  });

  it("raises Keystone's errors: deleting an enabled domain, a missing domain", async () => {
    const cloud = fakeKeystone();
    const enabled = fx.create2.domain.id;
    cloud.reply('DELETE', `domains/${enabled}`, fx.deleteEnabled, { status: 403 });
    cloud.reply('GET', 'domains/00000000000000000000000000000000', fx.getMissing, { status: 404 });
    const refused = await deleteDomain(cloud.client, enabled).catch((e: unknown) => e);
    expect(isHttpError(refused, 403) && [refused.serviceErrorType, refused.serviceMessage]).toEqual(['Forbidden', 'Cannot delete a domain that is enabled, please disable it first.']);
    const missing = await getDomain(cloud.client, '00000000000000000000000000000000').catch((e: unknown) => e);
    expect(isHttpError(missing, 404) && missing.serviceErrorType).toBe('Not Found');
  });

  it('finds a domain by ID, or by name', async () => {
    const cloud = fakeKeystone();
    cloud.reply('GET', `domains/${id}`, fx.get);
    expect(await findDomainId(cloud.client, id)).toEqual({ id, matchedBy: 'id' });
    cloud.reply('GET', 'domains/rec-domain', fx.getMissing, { status: 404 });
    cloud.reply('GET', 'domains?name=rec-domain', fx.list);
    expect(await findDomainId(cloud.client, 'rec-domain')).toEqual({ id, matchedBy: 'name' });
    expect(cloud.lastRequest().query).toEqual({ name: 'rec-domain' });
    cloud.reply('GET', 'domains/none', fx.getMissing, { status: 404 });
    cloud.reply('GET', 'domains?name=none', { domains: [], links: { self: 'x', next: null, previous: null } });
    const error = await rejectionOf(async () => findDomainId(cloud.client, 'none'));
    expect(isNameLookupError(error) && [error.reason, error.what, error.lookupName]).toEqual(['none', 'domain', 'none']);
  });

  it('refuses an empty ID or name before sending', async () => {
    const cloud = fakeKeystone();
    expect(await refusedField(async () => getDomain(cloud.client, ''))).toBe('domainId');
    expect(await refusedField(async () => deleteDomain(cloud.client, ''))).toBe('domainId');
    expect(await refusedField(async () => updateDomain(cloud.client, '', { enabled: false }))).toBe('domainId');
    expect(await refusedField(async () => findDomainId(cloud.client, ''))).toBe('nameOrId');
    expect(cloud.serviceRequests()).toEqual([]);
  });
});
