import { describe, expect, it } from '@jest/globals';
import { isHttpError } from '@openstack-ts/core';
import { fakeKeystone } from '../fake-keystone.fixtures.js';
import * as fx from './catalog.fixtures.js';
import { getAuthCatalog, listAuthDomains, listAuthProjects, listAuthSystem } from './index.js';

describe("the caller's catalog and scopes", () => {
  it("returns the token's catalog", async () => {
    const cloud = fakeKeystone();
    cloud.reply('GET', 'auth/catalog', fx.catalog);
    const catalog = await getAuthCatalog(cloud.client);
    expect([cloud.lastRequest().method, cloud.lastRequest().path]).toEqual(['GET', 'auth/catalog']);
    const network = catalog.find((entry) => entry.type === 'network');
    expect(network?.name).toBe('neutron');
    expect(network?.endpoints.map((e) => [e.interface, e.url])).toContainEqual(['public', 'http://127.0.0.1:9696']);
  });

  it('lists the projects, domains and system the caller may scope to', async () => {
    const cloud = fakeKeystone();
    cloud.reply('GET', 'auth/projects', fx.projects);
    cloud.reply('GET', 'auth/domains', fx.domains);
    cloud.replyOnce('GET', 'auth/system', fx.system);
    cloud.replyOnce('GET', 'auth/system', fx.adminSystem);
    expect((await listAuthProjects(cloud.client).all()).map((p) => p.name)).toEqual(['demo']);
    expect(cloud.lastRequest().path).toBe('auth/projects');
    expect(await listAuthDomains(cloud.client).all()).toEqual([]);
    expect(cloud.lastRequest().path).toBe('auth/domains');
    expect(await listAuthSystem(cloud.client).all()).toEqual([]);
    expect(await listAuthSystem(cloud.client).all()).toEqual([{ all: true }]);
    expect(cloud.lastRequest().path).toBe('auth/system');
  });

  it("raises Keystone's 401", async () => {
    const cloud = fakeKeystone();
    cloud.reply('GET', 'auth/catalog', fx.noToken, { status: 401 });
    const error = await getAuthCatalog(cloud.client).catch((e: unknown) => e);
    expect(isHttpError(error, 401) && error.serviceErrorType).toBe('Unauthorized');
  });
});
