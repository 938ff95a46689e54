import { expect, it } from '@jest/globals';
import { listBlockStorageVersions } from './index.js';
import * as fx from './versions.fixtures.js';
import { blockStorageRootUrl } from './urls.js';
import { fakeCinder as cinder } from '../fake-cinder.fixtures.js';

it("lists the versions at Cinder's root, without a token or a microversion", async () => {
  const cloud = cinder();
  cloud.reply('GET', 'http://127.0.0.1:8776/', fx.root, { public: true, status: 300 });
  const versions = await listBlockStorageVersions(cloud.client).all();
  expect(versions.map((v) => [v.id, v.status, v.min_version, v.version])).toEqual([['v3.0', 'CURRENT', '3.0', '3.70']]);
  const request = cloud.lastRequest();
  expect(request.headers['x-auth-token']).toBeUndefined();
  expect(request.headers['openstack-api-version']).toBeUndefined();
  expect(fx.root406.computeFault.code).toBe(406); // why no microversion is sent
});

it('finds the root before the version segment, keeping a path prefix', () => {
  expect(blockStorageRootUrl('http://127.0.0.1:8776/v3/93bd1bc6475f4027a0f8b1a6baeddf2a')).toBe('http://127.0.0.1:8776/');
  expect(blockStorageRootUrl('https://cloud.example/volume/v3/p/')).toBe('https://cloud.example/volume/');
  expect(blockStorageRootUrl('https://cloud.example/volume/')).toBe('https://cloud.example/volume/');
});
