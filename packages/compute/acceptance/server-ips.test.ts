import { expect, it } from '@jest/globals';
import { describeWithService, memberProvider, useCleanup } from '@openstack-ts/acceptance';
import { createServiceClient, findIdByName, isHttpError, linkedPages, paginate } from '@openstack-ts/core';
import { rejectionOf } from '@openstack-ts/core/testing';
import { getServerAddresses, listServerAddressesByNetwork } from '../src/server-ips/index.js';
import { bootServer, memberCompute } from './helpers.js';
import type { ComputeClient } from '../src/client.js';

describeWithService('compute', 'server IPs against the real Nova', () => {
  const cleanup = useCleanup();
  let compute: ComputeClient;
  let serverId: string;

  it('lists the address a server got on the demo network `private`', async () => {
    compute = await memberCompute();
    const network = await createServiceClient(await memberProvider(), { type: 'network', base: 'v2.0/' });
    const privateId = await findIdByName(
      paginate<{ id: string; name: string }>(network, { path: 'networks', query: { name: 'private' }, itemsKey: 'networks', strategy: linkedPages('networks_links') }),
      'private',
      'network',
    );
    serverId = (await bootServer(compute, cleanup, { networks: [{ uuid: privateId }] })).id;
    const addresses = await getServerAddresses(compute, serverId);
    expect(Object.keys(addresses)).toEqual(['private']);
    expect(addresses.private?.length).toBeGreaterThanOrEqual(1);
    for (const address of addresses.private ?? []) {
      expect([4, 6]).toContain(address.version);
      expect(typeof address.addr).toBe('string');
    }
  });

  it('lists the addresses on that one network', async () => {
    const all = await getServerAddresses(compute, serverId);
    expect(await listServerAddressesByNetwork(compute, serverId, 'private').all()).toEqual(all.private);
  });

  it('passes on Nova’s 404 for a network the server is not on', async () => {
    const error = await rejectionOf(() => listServerAddressesByNetwork(compute, serverId, 'nowhere'));
    expect(isHttpError(error, 404)).toBe(true);
    expect((error as Error).message).toContain('Instance is not a member of specified network');
  });
});
