import { expect, it } from '@jest/globals';
import { adminProvider, describeAsAdmin, describeWithService, memberProvider, uniqueName, useCleanup } from '@openstack-ts/acceptance';
import { isHttpError } from '@openstack-ts/core';
import type { NetworkingClient } from '../src/client.js';
import { createNetworkingClient } from '../src/client.js';
import { createNetwork, deleteNetwork } from '../src/networks/index.js';
import { createSubnet, createSubnets, deleteSubnet, findSubnetId, getSubnet, listSubnets, updateSubnet } from '../src/subnets/index.js';

describeWithService('network', 'subnets against the real Neutron', () => {
  const cleanup = useCleanup();
  let neutron: NetworkingClient;
  let networkId: string;
  let id: string;
  let name: string;

  it('creates a subnet with allocation pools, host routes and DNS servers on a test network (as the member)', async () => {
    neutron = await createNetworkingClient(await memberProvider());
    const networkName = uniqueName('network');
    const network = await createNetwork(neutron, { name: networkName });
    networkId = network.id;
    cleanup.add(`network ${networkName}`, async () => deleteNetwork(neutron, network.id));
    name = uniqueName('subnet');
    const subnet = await createSubnet(neutron, {
      name, description: 'acceptance', network_id: networkId, ip_version: 4, cidr: '10.71.0.0/24', gateway_ip: '10.71.0.1', enable_dhcp: false,
      allocation_pools: [{ start: '10.71.0.10', end: '10.71.0.99' }, { start: '10.71.0.150', end: '10.71.0.199' }],
      host_routes: [{ destination: '10.72.0.0/16', nexthop: '10.71.0.254' }], dns_nameservers: ['10.71.0.2', '10.71.0.3'],
    });
    id = subnet.id;
    cleanup.add(`subnet ${name}`, async () => deleteSubnet(neutron, subnet.id));
    expect(subnet).toMatchObject({
      name, description: 'acceptance', network_id: networkId, ip_version: 4, cidr: '10.71.0.0/24', gateway_ip: '10.71.0.1', enable_dhcp: false, subnetpool_id: null,
      host_routes: [{ destination: '10.72.0.0/16', nexthop: '10.71.0.254' }], dns_nameservers: ['10.71.0.2', '10.71.0.3'],
    });
    // Neutron does not keep the pools in the order given.
    expect([...subnet.allocation_pools].sort((a, b) => a.start.localeCompare(b.start, 'en', { numeric: true }))).toEqual([{ start: '10.71.0.10', end: '10.71.0.99' }, { start: '10.71.0.150', end: '10.71.0.199' }]);
  });

  it('finds, gets and lists it with filters', async () => {
    expect(await findSubnetId(neutron, name)).toEqual({ id, matchedBy: 'name' });
    expect(await findSubnetId(neutron, id)).toEqual({ id, matchedBy: 'id' });
    expect((await getSubnet(neutron, id)).host_routes).toEqual([{ destination: '10.72.0.0/16', nexthop: '10.71.0.254' }]);
    const query = { network_id: networkId, ip_version: 4, cidr: '10.71.0.0/24', gateway_ip: '10.71.0.1', enable_dhcp: false, name, description: 'acceptance' } as const;
    expect((await listSubnets(neutron, query).all()).map((subnet) => subnet.id)).toEqual([id]);
    expect(await listSubnets(neutron, { ...query, enable_dhcp: true }).all()).toEqual([]);
  });

  it('updates pools, routes, DNS servers, DHCP and removes the gateway', async () => {
    const update = { name: `${name}-2`, description: 'changed', gateway_ip: null, allocation_pools: [{ start: '10.71.0.20', end: '10.71.0.200' }], host_routes: [], dns_nameservers: ['10.71.0.4'], enable_dhcp: true };
    expect(await updateSubnet(neutron, id, update)).toMatchObject(update);
    name = update.name;
  });

  it('creates an IPv6 SLAAC subnet and lists by IPv6 modes', async () => {
    const subnet = await createSubnet(neutron, { name: uniqueName('subnet'), network_id: networkId, ip_version: 6, cidr: 'fd00:71::/64', ipv6_ra_mode: 'slaac', ipv6_address_mode: 'slaac' });
    cleanup.add(`subnet ${subnet.name}`, async () => deleteSubnet(neutron, subnet.id));
    expect(subnet).toMatchObject({ ip_version: 6, ipv6_ra_mode: 'slaac', ipv6_address_mode: 'slaac' });
    const found = await listSubnets(neutron, { network_id: networkId, ipv6_ra_mode: 'slaac', ipv6_address_mode: 'slaac' }).all();
    expect(found.map((s) => s.id)).toEqual([subnet.id]);
  });

  it('creates subnets in bulk and pages through them', async () => {
    const names = [uniqueName('subnet'), uniqueName('subnet')];
    const subnets = await createSubnets(neutron, [
      { name: names[0], network_id: networkId, ip_version: 4, cidr: '10.73.0.0/24' },
      { name: names[1], network_id: networkId, ip_version: 4, cidr: '10.74.0.0/24', gateway_ip: null },
    ]);
    for (const subnet of subnets) cleanup.add(`subnet ${subnet.name}`, async () => deleteSubnet(neutron, subnet.id));
    expect(subnets.map((s) => [s.name, s.cidr, s.gateway_ip])).toEqual([[names[0], '10.73.0.0/24', '10.73.0.1'], [names[1], '10.74.0.0/24', null]]);
    const pages: string[][] = [];
    for await (const page of listSubnets(neutron, { name: names, limit: 1, sort_key: 'name', sort_dir: 'asc', fields: ['id', 'name'] }).byPage()) pages.push(page.map((s) => s.name));
    expect(pages.filter((page) => page.length > 0)).toEqual([[names[0]], [names[1]]]);
  });

  it('a gateway inside an allocation pool is 409 GatewayConflictWithAllocationPools', async () => {
    const error = await createSubnet(neutron, { network_id: networkId, ip_version: 4, cidr: '10.75.0.0/24', gateway_ip: '10.75.0.50', allocation_pools: [{ start: '10.75.0.10', end: '10.75.0.100' }] }).catch((e: unknown) => e);
    expect(isHttpError(error, 409) && error.serviceErrorType).toBe('GatewayConflictWithAllocationPools');
  });

  it('dns_publish_fixed_ip needs extension subnet-dns-publish-fixed-ip, which this Neutron lacks (400)', async () => {
    const created = await createSubnet(neutron, { network_id: networkId, ip_version: 4, cidr: '10.76.0.0/24', dns_publish_fixed_ip: true }).catch((e: unknown) => e);
    expect(isHttpError(created, 400) && [created.serviceErrorType, created.serviceMessage]).toEqual(['HTTPBadRequest', "Unrecognized attribute(s) 'dns_publish_fixed_ip'"]);
    const listed = await listSubnets(neutron, { dns_publish_fixed_ip: true }).all().catch((e: unknown) => e);
    expect(isHttpError(listed, 400) && [listed.serviceErrorType, listed.serviceMessage]).toEqual(['HTTPBadRequest', "['dns_publish_fixed_ip'] is invalid attribute for filtering"]);
  });

  it('deletes it; a second delete is SubnetNotFound', async () => {
    await deleteSubnet(neutron, id);
    const error = await deleteSubnet(neutron, id).catch((e: unknown) => e);
    expect(isHttpError(error, 404) && error.serviceErrorType).toBe('SubnetNotFound');
  });

  describeAsAdmin('as admin', () => {
    it('moves a subnet onto its network segment, adds one with segment_id and service types, lists by segment', async () => {
      const admin = await createNetworkingClient(await adminProvider());
      const networkName = uniqueName('network');
      const network = await createNetwork(admin, { name: networkName });
      cleanup.add(`network ${networkName}`, async () => deleteNetwork(admin, network.id));
      // The segments resource is another folder's: read the network's one segment directly.
      const { segments } = await admin.request<{ segments: { id: string }[] }>({ method: 'GET', path: 'segments', query: { network_id: network.id } });
      const segmentId = segments[0]?.id ?? '';
      const first = await createSubnet(admin, { name: uniqueName('subnet'), network_id: network.id, ip_version: 4, cidr: '10.77.0.0/24' });
      cleanup.add(`subnet ${first.name}`, async () => deleteSubnet(admin, first.id));
      expect(first.segment_id).toBeNull();
      expect((await updateSubnet(admin, first.id, { segment_id: segmentId, service_types: ['compute:nova'] })).segment_id).toBe(segmentId);
      const second = await createSubnet(admin, { name: uniqueName('subnet'), network_id: network.id, ip_version: 4, cidr: '10.78.0.0/24', segment_id: segmentId, service_types: ['network:router_gateway'] });
      cleanup.add(`subnet ${second.name}`, async () => deleteSubnet(admin, second.id));
      expect(second).toMatchObject({ segment_id: segmentId, service_types: ['network:router_gateway'] });
      const onSegment = await listSubnets(admin, { segment_id: segmentId, sort_key: 'cidr', sort_dir: 'asc', project_id: network.project_id, shared: false }).all();
      expect(onSegment.map((s) => s.id)).toEqual([first.id, second.id]);
    });
  });
});
