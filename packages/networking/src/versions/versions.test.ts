import { describe, expect, it } from '@jest/globals';
import { createFakeCloud } from '@openstack-ts/core/testing';
import { fakeNeutron } from '../fake-neutron.fixtures.js';
import { listNetworkingResources, listNetworkingVersions } from './index.js';
import * as fx from './versions.fixtures.js';

describe('versions', () => {
  it('lists the versions at the service root, without a token', async () => {
    const cloud = fakeNeutron();
    cloud.reply('GET', 'http://127.0.0.1:9696/', fx.root, { public: true });
    const versions = await listNetworkingVersions(cloud.client);
    const sent = cloud.lastRequest();
    expect([sent.method, sent.url]).toEqual(['GET', 'http://127.0.0.1:9696/']);
    expect(sent.headers['x-auth-token']).toBeUndefined();
    expect(cloud.tokenRequests).toBe(0);
    expect(versions).toEqual([{ id: 'v2.0', status: 'CURRENT', links: [{ rel: 'self', href: 'http://127.0.0.1:9696/v2.0/' }] }]);
  });

  it('keeps a path prefix of the endpoint, and takes an unversioned endpoint as the root', async () => {
    const prefixed = createFakeCloud({ serviceType: 'network', endpoint: 'https://cloud.example.test/network', base: 'v2.0/' });
    prefixed.reply('GET', 'https://cloud.example.test/network/', fx.root, { public: true });
    expect(await listNetworkingVersions(prefixed.client)).toHaveLength(1);
    expect(prefixed.lastRequest().url).toBe('https://cloud.example.test/network/');
    const bare = createFakeCloud({ serviceType: 'network', endpoint: 'https://cloud.example.test/network' });
    bare.reply('GET', 'https://cloud.example.test/network/', fx.root, { public: true });
    expect(await listNetworkingVersions(bare.client)).toHaveLength(1);
  });

  it('lists the core resources of v2.0 with a token', async () => {
    const cloud = fakeNeutron();
    cloud.reply('GET', 'v2.0/', fx.resources);
    const resources = await listNetworkingResources(cloud.client);
    const sent = cloud.lastRequest();
    expect([sent.method, sent.url]).toEqual(['GET', 'http://127.0.0.1:9696/v2.0/']);
    expect(sent.headers['x-auth-token']).toBe('fake-token-1');
    expect(resources.map((r) => [r.name, r.collection])).toEqual([['network', 'networks'], ['subnet', 'subnets'], ['subnetpool', 'subnetpools'], ['port', 'ports']]);
    expect(resources[0]?.links).toEqual([{ rel: 'self', href: 'http://127.0.0.1:9696/v2.0/networks' }]);
  });
});
