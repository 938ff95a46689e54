import { describe, expect, it } from '@jest/globals';
import { isHttpError, isResponseError } from '@openstack-ts/core';
import { createFakeCloud, rejectionOf } from '@openstack-ts/core/testing';
import { fakeKeystone } from '../fake-keystone.fixtures.js';
import { getIdentityVersion, listIdentityVersions } from './index.js';
import * as fx from './versions.fixtures.js';

describe('identity versions', () => {
  it("lists the versions at Keystone's root (its 300), without a token", async () => {
    const cloud = fakeKeystone();
    cloud.reply('GET', 'http://127.0.0.1:5000/', fx.root, { status: 300, public: true });
    const listing = listIdentityVersions(cloud.client);
    expect(cloud.requests).toEqual([]); // nothing is sent before iteration
    const versions = await listing.all();
    const sent = cloud.lastRequest();
    expect([sent.method, sent.url]).toEqual(['GET', 'http://127.0.0.1:5000/']);
    expect(sent.headers['x-auth-token']).toBeUndefined();
    expect(versions.map((v) => [v.id, v.status])).toEqual([['v3.14', 'stable']]);
    expect(versions[0]?.links).toEqual([{ rel: 'self', href: 'http://127.0.0.1:5000/v3/' }]);
  });

  it('shows the v3 document', async () => {
    const cloud = fakeKeystone();
    cloud.reply('GET', 'http://127.0.0.1:5000/v3', fx.v3, { public: true });
    const version = await getIdentityVersion(cloud.client);
    expect([cloud.lastRequest().method, cloud.lastRequest().url]).toEqual(['GET', 'http://127.0.0.1:5000/v3']);
    expect(version['media-types']).toEqual([{ base: 'application/json', type: 'application/vnd.openstack.identity-v3+json' }]);
  });

  it('keeps a path prefix', async () => {
    const cloud = createFakeCloud({ serviceType: 'identity', endpoint: 'https://cloud.example.test/identity/v3' });
    cloud.reply('GET', 'https://cloud.example.test/identity/', fx.root, { status: 300, public: true });
    expect((await listIdentityVersions(cloud.client).all()).map((v) => v.id)).toEqual(['v3.14']);
    expect(cloud.lastRequest().url).toBe('https://cloud.example.test/identity/');
  });

  it('raises a 200 at the root as unexpected, and a body without values as unusable', async () => {
    const cloud = fakeKeystone();
    cloud.replyOnce('GET', 'http://127.0.0.1:5000/', fx.root, { public: true });
    cloud.replyOnce('GET', 'http://127.0.0.1:5000/', { versions: {} }, { status: 300, public: true });
    expect(isHttpError(await rejectionOf(listIdentityVersions(cloud.client)), 200)).toBe(true);
    const unusable = await rejectionOf(listIdentityVersions(cloud.client));
    expect(isResponseError(unusable) && [unusable.message, unusable.requestId]).toEqual([expect.stringContaining('the body has no "versions.values" array'), 'req-fake']);
  });
});
