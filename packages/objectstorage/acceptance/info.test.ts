import { beforeAll, expect, it } from '@jest/globals';
import { describeWithService, memberProvider } from '@openstack-ts/acceptance';
import { createObjectStorageClient, type ObjectStorageClient } from '../src/client.js';
import { getInfo } from '../src/info/index.js';

describeWithService('object-store', 'the cluster info against the real Swift', () => {
  let swift: ObjectStorageClient;

  beforeAll(async () => {
    swift = await createObjectStorageClient(await memberProvider());
  });

  it("reads /info at the proxy's root: the version and the middlewares that report themselves", async () => {
    const info = await getInfo(swift);
    expect(info.swift.version).toMatch(/^\d+\.\d+/);
    expect(info.swift.max_object_name_length).toBeGreaterThanOrEqual(1024);
    expect(info.slo?.max_manifest_segments).toEqual(expect.any(Number));
    expect(info.tempurl?.methods).toEqual(expect.arrayContaining(['GET', 'PUT']));
    expect(info.bulk_delete?.max_deletes_per_request).toEqual(expect.any(Number));
  });

  it('gives what /info gives to anyone, without a token', async () => {
    const response = await fetch(new URL('/info', swift.endpoint), { headers: { Accept: 'application/json' } });
    expect(response.status).toBe(200);
    expect(await getInfo(swift)).toEqual(await response.json());
  });
});
