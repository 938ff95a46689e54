import { expect, it } from '@jest/globals';
import { describeWithService, memberProvider, uniqueName, useCleanup } from '@openstack-ts/acceptance';
import { createServiceClient, findIdByName, isHttpError, linkedPages, paginate, type ServiceClient } from '@openstack-ts/core';
import { rejectionOf } from '@openstack-ts/core/testing';
import {
  attachInterface,
  detachInterface,
  getInterfaceAttachment,
  listInterfaceAttachments,
  waitForInterfaceDetached,
} from '../src/interface-attachments/index.js';
import type { Server } from '../src/servers/index.js';
import { bootServer, memberCompute } from './helpers.js';
import type { ComputeClient } from '../src/client.js';

// Ports come from Neutron, which has no package yet: raw requests through core.
interface Port {
  id: string;
  name: string;
  network_id: string;
  device_id: string;
  fixed_ips: { ip_address: string; subnet_id: string }[];
}

interface Subnet {
  id: string;
  network_id: string;
  ip_version: number;
  allocation_pools: { start: string; end: string }[];
}

const portPath = (id: string): string => `ports/${encodeURIComponent(id)}`;

const ipv4ToNumber = (ip: string): number => ip.split('.').reduce((n, part) => n * 256 + Number(part), 0);
const numberToIpv4 = (n: number): string => [24, 16, 8, 0].map((shift) => String(Math.floor(n / 2 ** shift) % 256)).join('.');

/** An address of the subnet's pool that no port holds now, from the top of the pool, at random. */
async function freeAddress(neutron: ServiceClient, subnet: Subnet): Promise<string> {
  const ports = await paginate<Port>(neutron, { path: 'ports', query: { network_id: subnet.network_id }, itemsKey: 'ports', strategy: linkedPages('ports_links') }).all();
  const used = new Set(ports.flatMap((port) => port.fixed_ips.map((ip) => ip.ip_address)));
  const pool = subnet.allocation_pools[0];
  if (pool === undefined) throw new Error(`subnet ${subnet.id} has no allocation pool`);
  const [start, end] = [ipv4ToNumber(pool.start), ipv4ToNumber(pool.end)];
  const candidates: string[] = [];
  for (let n = Math.max(start, end - 100); n <= end; n++) if (!used.has(numberToIpv4(n))) candidates.push(numberToIpv4(n));
  const pick = candidates[Math.floor(Math.random() * candidates.length)];
  if (pick === undefined) throw new Error(`no free address at the top of ${pool.start}-${pool.end}`);
  return pick;
}

describeWithService('compute', 'interface attachments against the real Nova', () => {
  const cleanup = useCleanup();
  let compute: ComputeClient;
  let neutron: ServiceClient;
  let server: Server;
  let networkId: string;
  let port: Port;
  let novaPortId: string;

  it('boots a server without networks: it has no interfaces', async () => {
    compute = await memberCompute();
    neutron = await createServiceClient(await memberProvider(), { type: 'network', base: 'v2.0/' });
    networkId = await findIdByName(
      paginate<{ id: string; name: string }>(neutron, { path: 'networks', query: { name: 'private' }, itemsKey: 'networks', strategy: linkedPages('networks_links') }),
      'private',
      'network',
    );
    server = await bootServer(compute, cleanup);
    expect(await listInterfaceAttachments(compute, server.id).all()).toEqual([]);
  });

  it('attaches a port the member created, with a tag', async () => {
    const name = uniqueName('port');
    port = await neutron.request<Port>({ method: 'POST', path: 'ports', json: { port: { network_id: networkId, name } }, expectStatus: [201], unwrap: 'port' });
    cleanup.add(`port ${name}`, async () => neutron.execute({ method: 'DELETE', path: portPath(port.id), expectStatus: [204] }));
    const attached = await attachInterface(compute, server.id, { port_id: port.id, tag: 'nic1' });
    expect(attached).toMatchObject({ port_id: port.id, net_id: networkId, tag: 'nic1', fixed_ips: port.fixed_ips });
    expect(attached.mac_addr).toMatch(/^[0-9a-f]{2}(:[0-9a-f]{2}){5}$/);
    expect(typeof attached.port_state).toBe('string');
    const bound = await neutron.request<Port>({ method: 'GET', path: portPath(port.id), unwrap: 'port' });
    expect(bound.device_id).toBe(server.id);
  });

  it('attaches a new port on the network with a chosen fixed IP', async () => {
    const [subnetId] = (await neutron.request<{ subnets: string[] }>({ method: 'GET', path: `networks/${networkId}`, unwrap: 'network' })).subnets;
    const subnet = await neutron.request<Subnet>({ method: 'GET', path: `subnets/${subnetId ?? ''}`, unwrap: 'subnet' });
    const address = await freeAddress(neutron, subnet);
    const attached = await attachInterface(compute, server.id, { net_id: networkId, fixed_ips: [{ ip_address: address }] });
    novaPortId = attached.port_id;
    expect(attached).toMatchObject({ net_id: networkId, tag: null, fixed_ips: [{ ip_address: address, subnet_id: subnet.id }] });
    expect(novaPortId).not.toBe(port.id);
  });

  it('lists and shows both ports', async () => {
    const listed = await listInterfaceAttachments(compute, server.id).all();
    expect(listed.map((a) => a.port_id).sort()).toEqual([port.id, novaPortId].sort());
    const shown = await getInterfaceAttachment(compute, server.id, port.id);
    expect(shown).toEqual(listed.find((a) => a.port_id === port.id));
    expect((await getInterfaceAttachment(compute, server.id, port.id, { microversion: '2.69' })).tag).toBeUndefined();
  });

  it('detaches both ports: Nova deletes the one it created and leaves the member\'s unbound', async () => {
    await detachInterface(compute, server.id, port.id);
    await detachInterface(compute, server.id, novaPortId);
    await waitForInterfaceDetached(compute, server.id, port.id, { intervalMs: 1000, timeoutMs: 120_000 });
    await waitForInterfaceDetached(compute, server.id, novaPortId, { intervalMs: 1000, timeoutMs: 120_000 });
    expect(await listInterfaceAttachments(compute, server.id).all()).toEqual([]);
    const kept = await neutron.request<Port>({ method: 'GET', path: portPath(port.id), unwrap: 'port' });
    expect(kept.device_id).toBe('');
    const gone = await rejectionOf(async () => neutron.request<Port>({ method: 'GET', path: portPath(novaPortId), unwrap: 'port' }));
    expect(isHttpError(gone, 404)).toBe(true);
    const again = await rejectionOf(async () => getInterfaceAttachment(compute, server.id, port.id));
    expect(isHttpError(again, 404)).toBe(true);
    expect((again as Error).message).toMatch(/does not have a port with id/);
  });
});
