import { expect, it } from '@jest/globals';
import { describeWithService, memberProvider } from '@openstack-ts/acceptance';
import { discoverVersion, isHttpError } from '@openstack-ts/core';
import { rejectionOf } from '@openstack-ts/core/testing';
import { createComputeClient, type ComputeClient } from '../src/client.js';
import { getComputeVersion, listComputeVersions } from '../src/versions/index.js';
import { memberCompute } from './helpers.js';

describeWithService('compute', 'versions against the real Nova', () => {
  let compute: ComputeClient;

  it('lists the major versions at the root, with the range the client negotiated', async () => {
    compute = await memberCompute();
    const versions = await listComputeVersions(compute).all();
    const current = versions.find((version) => version.status === 'CURRENT');
    expect(current).toMatchObject({ id: 'v2.1', min_version: '2.1' });
    expect(current?.version).toBe(compute.serverMicroversions?.max);
    expect(current?.links.find((link) => link.rel === 'self')?.href).toBe(compute.endpoint);
    // Core's discovery reads the same documents.
    expect((await discoverVersion(compute)).microversions).toEqual({ min: current?.min_version, max: current?.version });
  });

  it('shows the endpoint\'s version and the legacy v2.0', async () => {
    const version = await getComputeVersion(compute);
    expect(version).toMatchObject({ id: 'v2.1', status: 'CURRENT', min_version: '2.1', version: compute.serverMicroversions?.max });
    expect(version['media-types']?.map((media) => media.base)).toContain('application/json');
    const legacy = await getComputeVersion(compute, 'v2');
    expect(legacy).toMatchObject({ id: 'v2.0', version: '', min_version: '' });
    const unknown = await rejectionOf(async () => getComputeVersion(compute, 'v3'));
    expect(isHttpError(unknown, 300)).toBe(true);
  });

  it('reads the documents even for a client pinned to a microversion Nova lacks', async () => {
    const beyond = await createComputeClient(await memberProvider(), { microversion: '2.999' });
    expect((await getComputeVersion(beyond)).id).toBe('v2.1');
    expect((await listComputeVersions(beyond).all()).map((version) => version.id)).toContain('v2.1');
  });
});
