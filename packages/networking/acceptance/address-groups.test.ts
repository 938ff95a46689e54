import { expect, it } from '@jest/globals';
import { describeWithService, memberProvider, uniqueName, useCleanup } from '@openstack-ts/acceptance';
import { isHttpError } from '@openstack-ts/core';
import type { NetworkingClient } from '../src/client.js';
import {
  addAddressGroupAddresses,
  createAddressGroup,
  deleteAddressGroup,
  getAddressGroup,
  listAddressGroups,
  removeAddressGroupAddresses,
  updateAddressGroup,
} from '../src/address-groups/index.js';
import { createNetworkingClient } from '../src/client.js';

describeWithService('network', 'address groups against the real Neutron', () => {
  const cleanup = useCleanup();
  let neutron: NetworkingClient;
  let id: string;
  let name: string;

  it('creates, gets, lists and updates an address group', async () => {
    neutron = await createNetworkingClient(await memberProvider());
    name = uniqueName('addrgroup');
    const group = await createAddressGroup(neutron, { name, description: 'acceptance', addresses: ['192.0.2.10/32', '2001:db8::/64'] });
    id = group.id;
    cleanup.add(`address group ${name}`, async () => deleteAddressGroup(neutron, group.id));
    expect(group).toMatchObject({ name, description: 'acceptance', addresses: ['192.0.2.10/32', '2001:db8::/64'] });
    expect((await getAddressGroup(neutron, id)).name).toBe(name);
    expect((await listAddressGroups(neutron, { name, fields: ['id', 'name'] }).all()).map((g) => g.id)).toEqual([id]);
    name = uniqueName('addrgroup');
    expect(await updateAddressGroup(neutron, id, { name, description: 'changed' })).toMatchObject({ name, description: 'changed' });
  });

  it('adds and removes addresses, all or none', async () => {
    const added = await addAddressGroupAddresses(neutron, id, { addresses: ['203.0.113.0/25'] });
    expect([...added.addresses].sort()).toEqual(['192.0.2.10/32', '2001:db8::/64', '203.0.113.0/25']);
    const existing = await addAddressGroupAddresses(neutron, id, { addresses: ['198.51.100.0/24', '192.0.2.10/32'] }).catch((e: unknown) => e);
    expect(isHttpError(existing, 400) && existing.serviceErrorType).toBe('AddressesAlreadyExist');
    const removed = await removeAddressGroupAddresses(neutron, id, { addresses: ['2001:db8::/64'] });
    expect([...removed.addresses].sort()).toEqual(['192.0.2.10/32', '203.0.113.0/25']);
    const missing = await removeAddressGroupAddresses(neutron, id, { addresses: ['192.0.2.10/32', '2001:db8::/64'] }).catch((e: unknown) => e);
    expect(isHttpError(missing, 404) && missing.serviceErrorType).toBe('AddressesNotFound');
    expect([...(await getAddressGroup(neutron, id)).addresses].sort()).toEqual(['192.0.2.10/32', '203.0.113.0/25']);
  });

  it('refuses an address without a prefix length', async () => {
    const error = await createAddressGroup(neutron, { name: uniqueName('addrgroup'), addresses: ['2001:db8::1'] }).catch((e: unknown) => e);
    expect(isHttpError(error, 400) && error.serviceMessage).toContain("'2001:db8::1/128' is recommended");
  });

  it('deletes it; a second delete is AddressGroupNotFound', async () => {
    await deleteAddressGroup(neutron, id);
    const error = await deleteAddressGroup(neutron, id).catch((e: unknown) => e);
    expect(isHttpError(error, 404) && error.serviceErrorType).toBe('AddressGroupNotFound');
  });
});
