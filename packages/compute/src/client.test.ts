import { describe, expect, it } from '@jest/globals';
import { isInvalidInputError } from '@openstack-ts/core';
import { createFakeCloud, rejectionOf } from '@openstack-ts/core/testing';
import { createComputeClient } from './client.js';
import { listServerSummaries } from './servers/index.js';
import { v21 } from './versions/versions.fixtures.js';
import { NOVA_ENDPOINT } from './fake-nova.fixtures.js';

describe('createComputeClient', () => {
  it("negotiates the highest microversion both sides know and resolves to a client compute's operations take", async () => {
    const cloud = createFakeCloud({ serviceType: 'compute', endpoint: NOVA_ENDPOINT });
    cloud.reply('GET', `${NOVA_ENDPOINT}/`, v21, { public: true });
    cloud.reply('GET', 'servers', { servers: [] });
    const compute = await createComputeClient(cloud.provider);
    expect(compute.serviceType).toBe('compute');
    expect(compute.microversion).toBe('2.93');
    expect(await listServerSummaries(compute).all()).toEqual([]);
    expect(cloud.lastRequest().headers['openstack-api-version']).toBe('compute 2.93');
  });

  it('pins a microversion without reading the versions document', async () => {
    const cloud = createFakeCloud({ serviceType: 'compute', endpoint: NOVA_ENDPOINT });
    const compute = await createComputeClient(cloud.provider, { microversion: '2.79' });
    expect(compute.microversion).toBe('2.79');
    expect(cloud.serviceRequests()).toHaveLength(0);
  });

  it('rejects, never throws, for something that is not a provider', async () => {
    expect(await rejectionOf(async () => createComputeClient(null as never))).toBeInstanceOf(TypeError);
    expect(isInvalidInputError(await rejectionOf(async () => createComputeClient(createFakeCloud().provider, { microversion: 'x.y' })))).toBe(true);
  });
});
