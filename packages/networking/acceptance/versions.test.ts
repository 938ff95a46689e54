import { expect, it } from '@jest/globals';
import { describeWithService, memberProvider } from '@openstack-ts/acceptance';
import { createNetworkingClient } from '../src/client.js';
import { listNetworkingResources, listNetworkingVersions } from '../src/versions/index.js';

describeWithService('network', 'versions against the real Neutron', () => {
  it('lists the API versions at the service root', async () => {
    const neutron = await createNetworkingClient(await memberProvider());
    const versions = await listNetworkingVersions(neutron).all();
    const current = versions.find((version) => version.id === 'v2.0');
    expect(current?.status).toBe('CURRENT');
    expect(current?.links.find((link) => link.rel === 'self')?.href).toBe(neutron.endpoint);
  });

  it('lists the core resources of v2.0', async () => {
    const neutron = await createNetworkingClient(await memberProvider());
    const resources = await listNetworkingResources(neutron).all();
    expect(resources.map((resource) => resource.collection)).toEqual(expect.arrayContaining(['networks', 'subnets', 'subnetpools', 'ports']));
    expect(resources.find((resource) => resource.name === 'network')?.links[0]?.href).toBe(`${neutron.endpoint}networks`);
  });
});
