import { expect, it } from '@jest/globals';
import { adminProvider, describeAsAdmin, describeWithService, memberProvider, uniqueName, useCleanup } from '@openstack-ts/acceptance';
import { isHttpError } from '@openstack-ts/core';
import type { NetworkingClient } from '../src/client.js';
import { createNetwork, createNetworkingClient, createNetworks, deleteNetwork, findNetworkId, getNetwork, listNetworks, updateNetwork } from '../src/index.js';
import { addResourceTag, deleteAllResourceTags, deleteResourceTag, listResourceTags, replaceResourceTags, resourceHasTag } from '../src/index.js';

describeWithService('network', 'networks and tags against the real Neutron', () => {
  const cleanup = useCleanup();
  let neutron: NetworkingClient;
  let id: string;
  let name: string;

  it('creates, finds, lists with filters, updates a network', async () => {
    neutron = await createNetworkingClient(await memberProvider());
    name = uniqueName('network');
    const network = await createNetwork(neutron, { name, description: 'acceptance', mtu: 1400, port_security_enabled: false });
    id = network.id;
    cleanup.add(`network ${name}`, async () => deleteNetwork(neutron, network.id));
    expect(network).toMatchObject({ name, description: 'acceptance', mtu: 1400, port_security_enabled: false, status: 'ACTIVE' });
    expect(await findNetworkId(neutron, name)).toEqual({ id, matchedBy: 'name' });
    expect(await findNetworkId(neutron, id)).toEqual({ id, matchedBy: 'id' });
    expect((await getNetwork(neutron, id)).name).toBe(name);
    expect((await updateNetwork(neutron, id, { description: 'changed', port_security_enabled: true })).port_security_enabled).toBe(true);
  });

  it('tags it, and lists by tag filters', async () => {
    expect((await replaceResourceTags(neutron, 'networks', id, ['red', 'blue'])).sort()).toEqual(['blue', 'red']);
    await addResourceTag(neutron, 'networks', id, 'green');
    expect((await listResourceTags(neutron, 'networks', id).all()).sort()).toEqual(['blue', 'green', 'red']);
    expect(await resourceHasTag(neutron, 'networks', id, 'green')).toBe(true);
    expect(await resourceHasTag(neutron, 'networks', id, 'purple')).toBe(false);
    expect((await listNetworks(neutron, { tags: ['red', 'green'], name }).all()).map((n) => n.id)).toEqual([id]);
    expect(await listNetworks(neutron, { 'not-tags-any': ['red'], name }).all()).toEqual([]);
    expect((await listNetworks(neutron, { 'tags-any': ['purple', 'blue'], fields: ['id'], name }).all()).map((n) => n.id)).toEqual([id]);
    await deleteResourceTag(neutron, 'networks', id, 'green');
    await deleteAllResourceTags(neutron, 'networks', id);
    expect(await listResourceTags(neutron, 'networks', id).all()).toEqual([]);
  });

  it('pages through networks one at a time', async () => {
    const pages: number[] = [];
    for await (const page of listNetworks(neutron, { limit: 1 }).byPage()) pages.push(page.length);
    expect(pages.length).toBeGreaterThanOrEqual(2);
    expect(pages.every((n) => n === 1)).toBe(true);
  });

  it('creates networks in bulk', async () => {
    const names = [uniqueName('network'), uniqueName('network')];
    const networks = await createNetworks(neutron, names.map((n) => ({ name: n })));
    for (const network of networks) cleanup.add(`network ${network.name}`, async () => deleteNetwork(neutron, network.id));
    expect(networks.map((n) => n.name)).toEqual(names);
  });

  it('deletes it; a second delete is NetworkNotFound', async () => {
    await deleteNetwork(neutron, id);
    const error = await deleteNetwork(neutron, id).catch((e: unknown) => e);
    expect(isHttpError(error, 404) && error.serviceErrorType).toBe('NetworkNotFound');
  });

  describeAsAdmin('as admin', () => {
    it('creates a VLAN provider network', async () => {
      const admin = await createNetworkingClient(await adminProvider());
      const providerName = uniqueName('network');
      const network = await createNetwork(admin, { name: providerName, 'provider:network_type': 'vlan', 'provider:physical_network': 'public', 'provider:segmentation_id': 3000 });
      cleanup.add(`network ${providerName}`, async () => deleteNetwork(admin, network.id));
      expect(network).toMatchObject({ 'provider:network_type': 'vlan', 'provider:segmentation_id': 3000 });
    });

    it('a member may not set provider attributes (403 with Neutron’s policy message)', async () => {
      const error = await createNetwork(neutron, { name: uniqueName('network'), 'provider:network_type': 'vlan' }).catch((e: unknown) => e);
      expect(isHttpError(error, 403)).toBe(true);
    });
  });
});
