import { expect, it } from '@jest/globals';
import { adminProvider, describeAsAdmin, describeWithService, memberProvider, uniqueName, useCleanup } from '@openstack-ts/acceptance';
import { isHttpError } from '@openstack-ts/core';
import type { NetworkingClient } from '../src/client.js';
import { createNetworkingClient } from '../src/client.js';
import { getNetworkIpAvailability, listNetworkIpAvailabilities } from '../src/network-ip-availabilities/index.js';
import { createNetwork, deleteNetwork } from '../src/networks/index.js';

describeWithService('network', 'network IP availabilities against the real Neutron', () => {
  describeAsAdmin('as admin', () => {
    const cleanup = useCleanup();
    let admin: NetworkingClient;
    let network: string;
    let name: string;
    let subnet: string;

    it('shows the usage of a network with a subnet', async () => {
      admin = await createNetworkingClient(await adminProvider());
      name = uniqueName('network');
      network = (await createNetwork(admin, { name })).id;
      cleanup.add(`network ${name}`, async () => deleteNetwork(admin, network));
      // A raw request: the subnets module is not what this test is about.
      const subnetName = uniqueName('subnet');
      subnet = (await admin.request<{ id: string }>({
        method: 'POST', path: 'subnets', json: { subnet: { name: subnetName, network_id: network, ip_version: 4, cidr: '10.199.7.0/28' } }, expectStatus: [201], unwrap: 'subnet',
      })).id;
      cleanup.add(`subnet ${subnetName}`, async () => admin.execute({ method: 'DELETE', path: `subnets/${subnet}`, expectStatus: [204] }));
      const availability = await getNetworkIpAvailability(admin, network);
      expect(availability).toMatchObject({ network_id: network, network_name: name, used_ips: 0, total_ips: 13 });
      expect(availability.subnet_ip_availability).toEqual([{ subnet_id: subnet, subnet_name: subnetName, ip_version: 4, cidr: '10.199.7.0/28', used_ips: 0, total_ips: 13 }]);
    });

    it('lists it by network, name and IP version', async () => {
      const listed = await listNetworkIpAvailabilities(admin, { network_id: network, network_name: name, ip_version: 4 }).all();
      expect(listed.map((a) => [a.network_id, a.total_ips])).toEqual([[network, 13]]);
      // A network without IPv6 subnets is left out of an IPv6 listing.
    expect(await listNetworkIpAvailabilities(admin, { network_id: network, ip_version: 6 }).all()).toEqual([]);
    });

    it('is hidden from a member: an empty list, a 404 for the network', async () => {
      const member = await createNetworkingClient(await memberProvider());
      expect(await listNetworkIpAvailabilities(member, { network_id: network }).all()).toEqual([]);
      const error = await getNetworkIpAvailability(member, network).catch((e: unknown) => e);
      expect(isHttpError(error, 404)).toBe(true);
    });
  });
});
