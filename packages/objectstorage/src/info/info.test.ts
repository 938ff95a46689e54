import { describe, expect, it } from '@jest/globals';
import { createFakeCloud } from '@openstack-ts/core/testing';
import { fakeSwift } from '../fake-swift.fixtures.js';
import { getInfo } from './index.js';
import * as fx from './info.fixtures.js';

describe('getInfo', () => {
  it('reads /info at the proxy root, without a token', async () => {
    const cloud = fakeSwift();
    cloud.reply('GET', 'http://127.0.0.1:8080/info', fx.info.body, { status: fx.info.status, headers: fx.info.headers, public: true });
    const info = await getInfo(cloud.client);
    const request = cloud.lastRequest();
    expect([request.method, request.url, request.headers['x-auth-token']]).toEqual(['GET', 'http://127.0.0.1:8080/info', undefined]);
    expect(cloud.tokenRequests).toBe(0);
    expect(info.swift).toMatchObject({ version: '2.30.1', max_object_name_length: 1024, container_listing_limit: 10_000 });
    expect(info.swift.policies).toEqual([{ name: 'Policy-0', aliases: 'Policy-0, yellow, orange', default: true }]);
    expect(info.slo?.max_manifest_segments).toBe(1000);
    expect(info.tempurl?.allowed_digests).toEqual(['sha1', 'sha256', 'sha512']);
    expect(info.bulk_delete).toEqual({ max_deletes_per_request: 10_000, max_failed_deletes: 1000 });
    expect(Object.keys(info)).toEqual(expect.arrayContaining(['symlink', 'formpost', 'object_versioning', 'container_quotas']));
  });

  it('keeps a path prefix in front of /v1', async () => {
    const cloud = createFakeCloud({ serviceType: 'object-store', endpoint: 'https://cloud.example/swift/v1/AUTH_rec' });
    cloud.reply('GET', 'https://cloud.example/swift/info', fx.info.body, { headers: fx.info.headers, public: true });
    expect((await getInfo(cloud.client)).swift.version).toBe('2.30.1');
  });
});
