import { describe, expect, it } from '@jest/globals';
import { isHttpError, isResponseError } from '@openstack-ts/core';
import { createFakeCloud, rejectionOf, type FakeCloud } from '@openstack-ts/core/testing';
import { getComputeVersion, listComputeVersions } from './index.js';
import * as fx from './versions.fixtures.js';
import { inputRefusal } from '../fake-nova.fixtures.js';

const nova = (endpoint = 'http://127.0.0.1:8774/v2.1'): FakeCloud<'compute'> => createFakeCloud({ serviceType: 'compute', endpoint, microversion: '2.93' });

describe('versions', () => {
  it('lists the versions at the service root, without token or microversion', async () => {
    const cloud = nova();
    cloud.reply('GET', 'http://127.0.0.1:8774/', fx.root, { public: true });
    const versions = await listComputeVersions(cloud.client, { microversion: '2.90' }).all();
    const sent = cloud.lastRequest();
    expect(sent.url).toBe('http://127.0.0.1:8774/');
    expect(sent.method).toBe('GET');
    expect(sent.headers['x-auth-token']).toBeUndefined();
    expect(sent.headers['openstack-api-version']).toBeUndefined();
    expect(sent.headers['x-openstack-nova-api-version']).toBeUndefined();
    expect(cloud.tokenRequests).toBe(0);
    expect(versions.map((v) => [v.id, v.status, v.min_version, v.version])).toEqual([
      ['v2.0', 'SUPPORTED', '', ''],
      ['v2.1', 'CURRENT', '2.1', '2.93'],
    ]);
    expect(versions[1]?.links).toEqual([{ rel: 'self', href: 'http://127.0.0.1:8774/v2.1/' }]);
  });

  it('lists lazily: nothing is sent until iteration starts', async () => {
    const cloud = nova();
    cloud.reply('GET', 'http://127.0.0.1:8774/', fx.root, { public: true });
    const listing = listComputeVersions(cloud.client);
    expect(cloud.requests).toHaveLength(0);
    const pages: unknown[][] = [];
    for await (const page of listing.byPage()) pages.push(page);
    expect(pages).toHaveLength(1);
    expect(pages[0]).toHaveLength(2);
    expect((await listing.all()).map((version) => version.id)).toEqual(['v2.0', 'v2.1']);
  });

  it('shows the endpoint\'s own version by default', async () => {
    const cloud = nova();
    cloud.reply('GET', 'http://127.0.0.1:8774/v2.1/', fx.v21, { public: true });
    const version = await getComputeVersion(cloud.client);
    expect(cloud.lastRequest().url).toBe('http://127.0.0.1:8774/v2.1/');
    expect(cloud.lastRequest().headers['openstack-api-version']).toBeUndefined();
    expect(version).toMatchObject({ id: 'v2.1', status: 'CURRENT', min_version: '2.1', version: '2.93', updated: '2013-07-23T11:33:21Z' });
    expect(version['media-types']).toEqual([{ base: 'application/json', type: 'application/vnd.openstack.compute+json;version=2.1' }]);
  });

  it('shows a named version under the root', async () => {
    const cloud = nova();
    cloud.reply('GET', 'http://127.0.0.1:8774/v2/', fx.v2, { public: true });
    const version = await getComputeVersion(cloud.client, 'v2');
    expect(cloud.lastRequest().url).toBe('http://127.0.0.1:8774/v2/');
    expect(version).toMatchObject({ id: 'v2.0', status: 'SUPPORTED', version: '', min_version: '' });
  });

  it('raises the 300 Nova answers for a version it does not have', async () => {
    const cloud = nova();
    cloud.reply('GET', 'http://127.0.0.1:8774/v3/', fx.choices, { status: 300, public: true });
    const error = await rejectionOf(async () => getComputeVersion(cloud.client, 'v3'));
    expect(isHttpError(error, 300)).toBe(true);
  });

  it('keeps a path prefix and drops a project ID', async () => {
    const prefixed = nova('https://cloud.example.test/compute/v2.1');
    prefixed.reply('GET', 'https://cloud.example.test/compute/', fx.root, { public: true });
    await listComputeVersions(prefixed.client).all();
    expect(prefixed.lastRequest().url).toBe('https://cloud.example.test/compute/');
    const project = nova('http://127.0.0.1:8774/v2.1/56a1734a387a4a25a56ee940578c82dd');
    project.reply('GET', 'http://127.0.0.1:8774/v2.1/', fx.v21, { public: true });
    project.reply('GET', 'http://127.0.0.1:8774/', fx.root, { public: true });
    expect((await getComputeVersion(project.client)).id).toBe('v2.1');
    expect(await listComputeVersions(project.client).all()).toHaveLength(2);
    expect(project.serviceRequests().map((r) => r.url)).toEqual(['http://127.0.0.1:8774/v2.1/', 'http://127.0.0.1:8774/']);
  });

  it('takes an unversioned endpoint as the root', async () => {
    const cloud = nova('https://cloud.example.test/compute');
    cloud.reply('GET', 'https://cloud.example.test/compute/', fx.root, { public: true });
    await listComputeVersions(cloud.client).all();
    // The root's document has no "version" object: the caller asked for the wrong thing.
    expect(isResponseError(await rejectionOf(async () => getComputeVersion(cloud.client)))).toBe(true);
    expect(cloud.serviceRequests().map((r) => r.url)).toEqual(['https://cloud.example.test/compute/', 'https://cloud.example.test/compute/']);
  });

  it('rejects an empty version before sending', async () => {
    const cloud = nova();
    expect(await inputRefusal(async () => getComputeVersion(cloud.client, ''))).toMatchObject({ name: 'InvalidInputError', field: 'apiVersion', message: expect.stringMatching(/apiVersion must be a non-empty string/) });
    expect(cloud.requests).toHaveLength(0);
  });
});
