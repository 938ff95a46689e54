import { describe, expect, it } from '@jest/globals';
import { isResponseError } from '@openstack-ts/core';
import { createFakeCloud, rejectionOf } from '@openstack-ts/core/testing';
import { fakeNeutron } from '../fake-neutron.fixtures.js';
import { listNetworkingResources, listNetworkingVersions } from './index.js';
import * as fx from './versions.fixtures.js';

describe('versions', () => {
  it('lists the versions at the service root, without a token', async () => {
    const cloud = fakeNeutron();
    cloud.reply('GET', 'http://127.0.0.1:9696/', fx.root, { public: true });
    const listing = listNetworkingVersions(cloud.client);
    expect(cloud.requests).toHaveLength(0);
    const versions = await listing.all();
    const sent = cloud.lastRequest();
    expect([sent.method, sent.url]).toEqual(['GET', 'http://127.0.0.1:9696/']);
    expect(sent.headers['x-auth-token']).toBeUndefined();
    expect(cloud.tokenRequests).toBe(0);
    expect(versions).toEqual([{ id: 'v2.0', status: 'CURRENT', links: [{ rel: 'self', href: 'http://127.0.0.1:9696/v2.0/' }] }]);
  });

  it('keeps a path prefix of the endpoint, and takes an unversioned endpoint as the root', async () => {
    const prefixed = createFakeCloud({ serviceType: 'network', endpoint: 'https://cloud.example.test/network', base: 'v2.0/' });
    prefixed.reply('GET', 'https://cloud.example.test/network/', fx.root, { public: true });
    expect(await listNetworkingVersions(prefixed.client).all()).toHaveLength(1);
    expect(prefixed.lastRequest().url).toBe('https://cloud.example.test/network/');
    const bare = createFakeCloud({ serviceType: 'network', endpoint: 'https://cloud.example.test/network' });
    bare.reply('GET', 'https://cloud.example.test/network/', fx.root, { public: true });
    expect(await listNetworkingVersions(bare.client).all()).toHaveLength(1);
  });

  it('lists the core resources of v2.0 with a token', async () => {
    const cloud = fakeNeutron();
    cloud.reply('GET', 'v2.0/', fx.resources);
    const listing = listNetworkingResources(cloud.client);
    expect(cloud.requests).toHaveLength(0);
    const resources = await listing.all();
    const sent = cloud.lastRequest();
    expect([sent.method, sent.url]).toEqual(['GET', 'http://127.0.0.1:9696/v2.0/']);
    expect(sent.headers['x-auth-token']).toBe('fake-token-1');
    expect(resources.map((r) => [r.name, r.collection])).toEqual([['network', 'networks'], ['subnet', 'subnets'], ['subnetpool', 'subnetpools'], ['port', 'ports']]);
    expect(resources[0]?.links).toEqual([{ rel: 'self', href: 'http://127.0.0.1:9696/v2.0/networks' }]);
  });

  it('iterates the versions one by one and page by page', async () => {
    const cloud = fakeNeutron();
    cloud.reply('GET', 'http://127.0.0.1:9696/', fx.root, { public: true });
    const ids: string[] = [];
    for await (const version of listNetworkingVersions(cloud.client)) ids.push(version.id);
    const pages: number[] = [];
    for await (const page of listNetworkingVersions(cloud.client).byPage()) pages.push(page.length);
    expect([ids, pages]).toEqual([['v2.0'], [1]]);
  });

  it('a versions document without versions is a ResponseError naming the request', async () => {
    const cloud = fakeNeutron();
    cloud.reply('GET', 'http://127.0.0.1:9696/', { nothing: [] }, { public: true });
    const error = await rejectionOf(listNetworkingVersions(cloud.client));
    expect(isResponseError(error) && error.message).toMatch(/no "versions" array \(req-fake\)/);
  });
});
