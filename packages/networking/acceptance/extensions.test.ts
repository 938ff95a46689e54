import { expect, it } from '@jest/globals';
import { describeWithService, memberProvider } from '@openstack-ts/acceptance';
import { isHttpError } from '@openstack-ts/core';
import { createNetworkingClient } from '../src/client.js';
import { getExtension, listExtensions } from '../src/extensions/index.js';

describeWithService('network', 'extensions against the real Neutron', () => {
  it('lists the loaded extensions and shows one by alias', async () => {
    const neutron = await createNetworkingClient(await memberProvider());
    const aliases = (await listExtensions(neutron).all()).map((extension) => extension.alias);
    expect(aliases).toEqual(expect.arrayContaining(['router', 'segment', 'quotas', 'rbac-policies', 'network-ip-availability', 'agent']));
    const router = await getExtension(neutron, 'router');
    expect(router).toMatchObject({ alias: 'router', name: 'Neutron L3 Router', links: [] });
    expect(typeof router.updated).toBe('string');
  });

  it('an alias the server has not loaded is a 404', async () => {
    const neutron = await createNetworkingClient(await memberProvider());
    const error = await getExtension(neutron, 'osts-no-such-extension').catch((e: unknown) => e);
    expect(isHttpError(error, 404) && error.serviceMessage).toMatch(/Extension with alias osts-no-such-extension does not exist/);
  });
});
