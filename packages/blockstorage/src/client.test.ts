import { describe, expect, it } from '@jest/globals';
import { isInvalidInputError } from '@openstack-ts/core';
import { createFakeCloud, rejectionOf } from '@openstack-ts/core/testing';
import { createBlockStorageClient } from './client.js';
import { CINDER_ENDPOINT } from './fake-cinder.fixtures.js';
import { projectEndpoint, v3 } from './versions.fixtures.js';
import { listVolumeSummaries } from './volumes/index.js';

/** A fake cloud whose catalog lists Cinder under `type` at the recorded endpoint, serving the recorded versions documents. */
function cinderCatalog(type: string): ReturnType<typeof createFakeCloud> {
  const cloud = createFakeCloud({ serviceType: type, endpoint: CINDER_ENDPOINT });
  cloud.reply('GET', `${CINDER_ENDPOINT}/`, projectEndpoint, { status: 404 });
  cloud.reply('GET', 'http://127.0.0.1:8776/v3/', v3);
  return cloud;
}

describe('createBlockStorageClient', () => {
  it('finds Cinder under block-storage and its aliases, and negotiates from the version root (the endpoint ends in the project ID)', async () => {
    for (const type of ['block-storage', 'volumev3', 'volume']) {
      const cloud = cinderCatalog(type);
      cloud.reply('GET', 'volumes', { volumes: [] });
      const cinder = await createBlockStorageClient(cloud.provider);
      expect([cinder.serviceType, cinder.microversion]).toEqual(['block-storage', '3.70']);
      expect(cinder.endpoint.replace(/\/$/, '')).toBe(CINDER_ENDPOINT);
      expect(await listVolumeSummaries(cinder).all()).toEqual([]);
      expect(cloud.lastRequest().headers['openstack-api-version']).toBe('volume 3.70');
      expect(cloud.serviceRequests().map((request) => request.url)).toEqual([`${CINDER_ENDPOINT}/`, 'http://127.0.0.1:8776/v3/', `${CINDER_ENDPOINT}/volumes`]);
    }
  });

  it('pins a microversion without reading the versions document', async () => {
    const cloud = cinderCatalog('block-storage');
    const cinder = await createBlockStorageClient(cloud.provider, { microversion: '3.44' });
    expect(cinder.microversion).toBe('3.44');
    expect(cloud.serviceRequests()).toHaveLength(0);
  });

  it('refuses a malformed microversion and a catalog without Cinder, and rejects, never throws, for something that is not a provider', async () => {
    expect(await rejectionOf(async () => createBlockStorageClient(null as never))).toBeInstanceOf(TypeError);
    const cloud = cinderCatalog('block-storage');
    const malformed = await rejectionOf(async () => createBlockStorageClient(cloud.provider, { microversion: 'x.y' }));
    expect(isInvalidInputError(malformed)).toBe(true);
    const compute = await rejectionOf(async () => createBlockStorageClient(createFakeCloud().provider));
    expect(String(compute)).toMatch(/block-storage/);
    expect(cloud.serviceRequests()).toHaveLength(0);
  });
});
