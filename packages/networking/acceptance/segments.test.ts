import { expect, it } from '@jest/globals';
import { adminProvider, describeAsAdmin, describeWithService, memberProvider, uniqueName, useCleanup } from '@openstack-ts/acceptance';
import { isHttpError } from '@openstack-ts/core';
import type { NetworkingClient } from '../src/client.js';
import { createNetworkingClient } from '../src/client.js';
import { createNetwork, deleteNetwork } from '../src/networks/index.js';
import { createSegment, deleteSegment, getSegment, listSegments, updateSegment } from '../src/segments/index.js';

describeWithService('network', 'segments against the real Neutron', () => {
  describeAsAdmin('as admin, on a VLAN provider network', () => {
    const cleanup = useCleanup();
    let admin: NetworkingClient;
    let network: string;
    let segment: string;
    // The local cloud's physical network `public` has no VLAN range: the ID is ours to pick.
    const vlan = 3200 + Math.floor(Math.random() * 700);

    it('adds a VXLAN segment to the network', async () => {
      admin = await createNetworkingClient(await adminProvider());
      const networkName = uniqueName('network');
      // A VXLAN segment carries at most 1450 bytes here: the network's MTU must fit every segment.
      network = (await createNetwork(admin, { name: networkName, mtu: 1400, 'provider:network_type': 'vlan', 'provider:physical_network': 'public', 'provider:segmentation_id': vlan })).id;
      cleanup.add(`network ${networkName}`, async () => deleteNetwork(admin, network));
      const name = uniqueName('segment');
      const created = await createSegment(admin, { network_id: network, network_type: 'vxlan', name, description: 'acceptance' });
      segment = created.id;
      cleanup.add(`segment ${name}`, async () => deleteSegment(admin, segment));
      expect(created).toMatchObject({ network_id: network, network_type: 'vxlan', physical_network: null, name, description: 'acceptance' });
      expect(typeof created.segmentation_id).toBe('number');
    });

    it('lists the network’s two segments, gets and updates one', async () => {
      const segments = await listSegments(admin, { network_id: network, sort_key: 'network_type', sort_dir: 'asc' }).all();
      expect(segments.map((s) => [s.network_type, s.physical_network, s.network_type === 'vlan' ? s.segmentation_id : 'any'])).toEqual([['vlan', 'public', vlan], ['vxlan', null, 'any']]);
      expect((await listSegments(admin, { network_id: network, network_type: 'vxlan' }).all()).map((s) => s.id)).toEqual([segment]);
      expect((await getSegment(admin, segment)).network_id).toBe(network);
      expect(await updateSegment(admin, segment, { name: null, description: 'changed' })).toMatchObject({ name: null, description: 'changed' });
    });

    it('refuses a VLAN segment on an unknown physical network', async () => {
      // (A second VLAN segment on `public` would be a 409, but only after minutes of Neutron's DB retries.)
      const error = await createSegment(admin, { network_id: network, network_type: 'vlan', physical_network: 'osts-nowhere', segmentation_id: vlan + 1 }).catch((e: unknown) => e);
      expect(isHttpError(error, 400) && error.serviceMessage).toBe("Invalid input for operation: physical_network 'osts-nowhere' unknown for VLAN provider network.");
    });

    it('a member sees no segments and may not create one', async () => {
      const member = await createNetworkingClient(await memberProvider());
      expect(await listSegments(member, { network_id: network }).all()).toEqual([]);
      const error = await createSegment(member, { network_id: network, network_type: 'vxlan' }).catch((e: unknown) => e);
      expect(isHttpError(error, 403) && error.serviceErrorType).toBe('PolicyNotAuthorized');
    });

    it('deletes it; then it is SegmentNotFound', async () => {
      await deleteSegment(admin, segment);
      const error = await getSegment(admin, segment).catch((e: unknown) => e);
      expect(isHttpError(error, 404) && error.serviceErrorType).toBe('SegmentNotFound');
    });
  });
});
