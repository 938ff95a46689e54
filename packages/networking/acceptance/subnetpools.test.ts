import { expect, it } from '@jest/globals';
import { adminProvider, describeAsAdmin, describeWithService, memberProvider, uniqueName, useCleanup } from '@openstack-ts/acceptance';
import { isHttpError } from '@openstack-ts/core';
import type { NetworkingClient } from '../src/client.js';
import { createAddressScope, deleteAddressScope } from '../src/address-scopes/index.js';
import { createNetworkingClient } from '../src/client.js';
import { createNetwork, deleteNetwork, getNetwork } from '../src/networks/index.js';
import { addSubnetPoolPrefixes, createSubnetPool, deleteSubnetPool, getSubnetPool, listSubnetPools, removeSubnetPoolPrefixes, updateSubnetPool } from '../src/subnetpools/index.js';
import { createSubnet, deleteSubnet } from '../src/subnets/index.js';

describeWithService('network', 'subnet pools against the real Neutron', () => {
  const cleanup = useCleanup();
  let neutron: NetworkingClient;
  let scopeId: string;
  let id: string;
  let name: string;

  it('creates a subnet pool in an address scope (as the member)', async () => {
    neutron = await createNetworkingClient(await memberProvider());
    const scopeName = uniqueName('address-scope');
    const scope = await createAddressScope(neutron, { name: scopeName, ip_version: 4 });
    scopeId = scope.id;
    cleanup.add(`address scope ${scopeName}`, async () => deleteAddressScope(neutron, scope.id));
    name = uniqueName('subnetpool');
    const pool = await createSubnetPool(neutron, {
      name, description: 'acceptance', prefixes: ['10.140.0.0/16'], default_prefixlen: 24, min_prefixlen: 20, max_prefixlen: 28, default_quota: 65536, address_scope_id: scopeId,
    });
    id = pool.id;
    cleanup.add(`subnet pool ${name}`, async () => deleteSubnetPool(neutron, pool.id));
    expect(pool).toMatchObject({ name, description: 'acceptance', ip_version: 4, prefixes: ['10.140.0.0/16'], default_quota: 65536, address_scope_id: scopeId, shared: false, is_default: false });
    expect([pool.default_prefixlen, pool.min_prefixlen, pool.max_prefixlen].map(Number)).toEqual([24, 20, 28]);
  });

  it('gets it and lists it with filters', async () => {
    expect((await getSubnetPool(neutron, id)).address_scope_id).toBe(scopeId);
    const query = { address_scope_id: scopeId, name, ip_version: 4, default_prefixlen: 24, min_prefixlen: 20, max_prefixlen: 28, default_quota: 65536, is_default: false, description: 'acceptance' } as const;
    expect((await listSubnetPools(neutron, query).all()).map((pool) => pool.id)).toEqual([id]);
    expect(await listSubnetPools(neutron, { ...query, ip_version: 6 }).all()).toEqual([]);
  });

  it('updates it', async () => {
    const pool = await updateSubnetPool(neutron, id, { description: 'changed', default_prefixlen: 26, max_prefixlen: 29, default_quota: 131072 });
    expect(pool).toMatchObject({ description: 'changed', default_quota: 131072 });
    expect([pool.default_prefixlen, pool.max_prefixlen].map(Number)).toEqual([26, 29]);
  });

  it('adds prefixes (merging adjacent ones) and removes them', async () => {
    expect(await addSubnetPoolPrefixes(neutron, id, ['10.141.0.0/16', '192.168.140.0/24'])).toEqual(['10.140.0.0/15', '192.168.140.0/24']);
    expect(await removeSubnetPoolPrefixes(neutron, id, ['192.168.140.0/24', '10.141.0.0/16'])).toEqual(['10.140.0.0/16']);
    expect((await getSubnetPool(neutron, id)).prefixes).toEqual(['10.140.0.0/16']);
  });

  it('allocates a subnet from the pool; its network joins the address scope, and the allocation is protected', async () => {
    const networkName = uniqueName('network');
    const network = await createNetwork(neutron, { name: networkName });
    cleanup.add(`network ${networkName}`, async () => deleteNetwork(neutron, network.id));
    const subnet = await createSubnet(neutron, { name: uniqueName('subnet'), network_id: network.id, ip_version: 4, subnetpool_id: id, prefixlen: 27 });
    cleanup.add(`subnet ${subnet.name}`, async () => deleteSubnet(neutron, subnet.id));
    expect(subnet).toMatchObject({ subnetpool_id: id, cidr: '10.140.0.0/27' });
    expect((await getNetwork(neutron, network.id)).ipv4_address_scope).toBe(scopeId);
    const removal = await removeSubnetPoolPrefixes(neutron, id, ['10.140.0.0/16']).catch((e: unknown) => e);
    expect(isHttpError(removal, 400) && removal.serviceErrorType).toBe('IllegalSubnetPoolPrefixUpdate');
    const deletion = await deleteSubnetPool(neutron, id).catch((e: unknown) => e);
    expect(isHttpError(deletion, 400) && deletion.serviceErrorType).toBe('SubnetPoolDeleteError');
    const scopeDeletion = await deleteAddressScope(neutron, scopeId).catch((e: unknown) => e);
    expect(isHttpError(scopeDeletion, 409) && scopeDeletion.serviceErrorType).toBe('AddressScopeInUse');
    await deleteSubnet(neutron, subnet.id);
  });

  it('leaves the address scope, then deletes the pool; a second delete is SubnetPoolNotFound', async () => {
    expect((await updateSubnetPool(neutron, id, { address_scope_id: null })).address_scope_id).toBeNull();
    await deleteSubnetPool(neutron, id);
    const error = await deleteSubnetPool(neutron, id).catch((e: unknown) => e);
    expect(isHttpError(error, 404) && error.serviceErrorType).toBe('SubnetPoolNotFound');
  });

  describeAsAdmin('as admin', () => {
    it('a member may not make a default pool (403)', async () => {
      const error = await createSubnetPool(neutron, { name: uniqueName('subnetpool'), prefixes: ['10.142.0.0/16'], is_default: true }).catch((e: unknown) => e);
      expect(isHttpError(error, 403) && [error.serviceErrorType, error.serviceMessage]).toEqual(['PolicyNotAuthorized', '(rule:create_subnetpool and rule:create_subnetpool:is_default) is disallowed by policy']);
    });

    it('a shared default IPv6 pool serves use_default_subnetpool', async () => {
      const admin = await createNetworkingClient(await adminProvider());
      const poolName = uniqueName('subnetpool');
      const pool = await createSubnetPool(admin, { name: poolName, prefixes: ['fd14:2::/48'], default_prefixlen: 64, shared: true, is_default: true });
      cleanup.add(`subnet pool ${poolName}`, async () => deleteSubnetPool(admin, pool.id));
      expect(pool).toMatchObject({ ip_version: 6, shared: true, is_default: true, default_quota: null });
      const networkName = uniqueName('network');
      const network = await createNetwork(neutron, { name: networkName });
      cleanup.add(`network ${networkName}`, async () => deleteNetwork(neutron, network.id));
      const subnet = await createSubnet(neutron, { name: uniqueName('subnet'), network_id: network.id, ip_version: 6, use_default_subnetpool: true });
      cleanup.add(`subnet ${subnet.name}`, async () => deleteSubnet(neutron, subnet.id));
      expect(subnet).toMatchObject({ subnetpool_id: pool.id, cidr: 'fd14:2::/64' });
      await deleteSubnet(neutron, subnet.id);
      // Free the default slot at once rather than in the cleanup at the end of the file.
      await deleteSubnetPool(admin, pool.id);
    });
  });
});
