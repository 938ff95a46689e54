import { beforeAll, expect, it } from '@jest/globals';
import { describeWithService, memberProvider, uniqueName, useCleanup } from '@openstack-ts/acceptance';
import { isHttpError } from '@openstack-ts/core';
import type { NetworkingClient } from '../src/client.js';
import { createNetworkingClient } from '../src/client.js';
import { createFloatingIp, deleteFloatingIp, getFloatingIp, updateFloatingIp } from '../src/floating-ips/index.js';
import { createNetwork, deleteNetwork, findNetworkId } from '../src/networks/index.js';
import { createPortForwarding, deletePortForwarding, getPortForwarding, listPortForwardings, updatePortForwarding } from '../src/port-forwardings/index.js';
import { addRouterInterface, createRouter, deleteRouter, removeRouterInterface } from '../src/routers/index.js';

describeWithService('network', 'port forwardings against the real Neutron', () => {
  const cleanup = useCleanup();
  let neutron: NetworkingClient;
  let publicId: string;
  let portId: string;
  let otherPortId: string;
  let fipId: string;
  let singleId: string;
  let rangeId: string;

  /** Subnets and ports have no operations in this package yet: raw requests. */
  async function rawCreate(collection: 'subnets' | 'ports', body: Record<string, unknown>): Promise<string> {
    const kind = collection === 'subnets' ? 'subnet' : 'port';
    const created = await neutron.request<{ id: string }>({ method: 'POST', path: collection, json: { [kind]: body }, expectStatus: [201], unwrap: kind });
    cleanup.add(`${kind} ${String(body.name)}`, async () => neutron.execute({ method: 'DELETE', path: `${collection}/${created.id}`, expectStatus: [204] }));
    return created.id;
  }

  beforeAll(async () => {
    neutron = await createNetworkingClient(await memberProvider());
    publicId = (await findNetworkId(neutron, 'public')).id;
    const networkName = uniqueName('network');
    const network = await createNetwork(neutron, { name: networkName });
    cleanup.add(`network ${networkName}`, async () => deleteNetwork(neutron, network.id));
    const subnetId = await rawCreate('subnets', { name: uniqueName('subnet'), network_id: network.id, ip_version: 4, cidr: '10.213.1.0/24' });
    const routerName = uniqueName('router');
    const router = await createRouter(neutron, { name: routerName, external_gateway_info: { network_id: publicId } });
    cleanup.add(`router ${routerName}`, async () => deleteRouter(neutron, router.id));
    await addRouterInterface(neutron, router.id, { subnet_id: subnetId });
    cleanup.add('router interface', async () => removeRouterInterface(neutron, router.id, { subnet_id: subnetId }));
    portId = await rawCreate('ports', { name: uniqueName('port'), network_id: network.id, fixed_ips: [{ subnet_id: subnetId, ip_address: '10.213.1.10' }] });
    otherPortId = await rawCreate('ports', { name: uniqueName('port'), network_id: network.id, fixed_ips: [{ subnet_id: subnetId, ip_address: '10.213.1.20' }] });
    const description = uniqueName('fip');
    const fip = await createFloatingIp(neutron, { floating_network_id: publicId, description });
    fipId = fip.id;
    cleanup.add(`floating IP ${description}`, async () => deleteFloatingIp(neutron, fip.id));
  });

  it('forwards a single port and a port range', async () => {
    const single = await createPortForwarding(neutron, fipId, {
      internal_port_id: portId, internal_ip_address: '10.213.1.10', internal_port: 22, external_port: 2222, protocol: 'tcp', description: 'ssh',
    });
    singleId = single.id;
    cleanup.add('port forwarding ssh', async () => deletePortForwarding(neutron, fipId, single.id));
    expect(single).toMatchObject({ internal_port: 22, external_port: 2222, internal_port_range: '22:22', external_port_range: '2222:2222', protocol: 'tcp', description: 'ssh' });
    const range = await createPortForwarding(neutron, fipId, {
      internal_port_id: portId, internal_ip_address: '10.213.1.10', internal_port_range: '8000:8010', external_port_range: '9000:9010', protocol: 'udp',
    });
    rangeId = range.id;
    cleanup.add('port forwarding range', async () => deletePortForwarding(neutron, fipId, range.id));
    expect(range).toMatchObject({ internal_port: null, external_port: null, internal_port_range: '8000:8010', external_port_range: '9000:9010' });
  });

  it('refuses colliding external ports (400)', async () => {
    const error = await createPortForwarding(neutron, fipId, { internal_port_id: portId, internal_ip_address: '10.213.1.10', internal_port: 23, external_port: 2222, protocol: 'tcp' }).catch((e: unknown) => e);
    expect(isHttpError(error, 400) && error.serviceErrorType).toBe('BadRequest');
  });

  it('lists, filters, sorts and pages', async () => {
    expect((await listPortForwardings(neutron, fipId).all()).map((pf) => pf.id).sort()).toEqual([singleId, rangeId].sort());
    expect((await listPortForwardings(neutron, fipId, { protocol: 'tcp', external_port: 2222, internal_port_id: portId, description: 'ssh' }).all()).map((pf) => pf.id)).toEqual([singleId]);
    expect((await listPortForwardings(neutron, fipId, { external_port_range: '9000:9010', fields: ['id', 'protocol'] }).all())).toEqual([{ id: rangeId, protocol: 'udp' }]);
    const sorted = await listPortForwardings(neutron, fipId, { sort_key: 'protocol', sort_dir: 'desc' }).all();
    expect(sorted.map((pf) => pf.protocol)).toEqual(['udp', 'tcp']);
    const pages: number[] = [];
    for await (const page of listPortForwardings(neutron, fipId, { limit: 1, sort_key: 'protocol', sort_dir: 'asc' }).byPage()) pages.push(page.length);
    expect(pages.filter((n) => n > 0)).toEqual([1, 1]);
  });

  it('gets and updates one', async () => {
    expect((await getPortForwarding(neutron, fipId, singleId)).internal_ip_address).toBe('10.213.1.10');
    const updated = await updatePortForwarding(neutron, fipId, singleId, { internal_port: 2022, external_port: 2223, description: 'ssh-alt' });
    expect(updated).toMatchObject({ internal_port: 2022, external_port: 2223, external_port_range: '2223:2223', description: 'ssh-alt' });
  });

  it('shows the rules on the floating IP, which then cannot take a port nor be released (409)', async () => {
    const fip = await getFloatingIp(neutron, fipId);
    expect(fip.port_forwardings?.map((pf) => pf.id).sort()).toEqual([singleId, rangeId].sort());
    const bind = await updateFloatingIp(neutron, fipId, { port_id: otherPortId }).catch((e: unknown) => e);
    expect(isHttpError(bind, 409) && bind.serviceErrorType).toBe('FipInUseByPortForwarding');
    const release = await deleteFloatingIp(neutron, fipId).catch((e: unknown) => e);
    expect(isHttpError(release, 409) && release.serviceErrorType).toBe('FipInUseByPortForwarding');
  });

  it('refuses a port that has its own floating IP (409 PortHasBindingFloatingIP)', async () => {
    const description = uniqueName('fip');
    const bound = await createFloatingIp(neutron, { floating_network_id: publicId, port_id: otherPortId, description });
    cleanup.add(`floating IP ${description}`, async () => deleteFloatingIp(neutron, bound.id));
    const error = await createPortForwarding(neutron, fipId, { internal_port_id: otherPortId, internal_ip_address: '10.213.1.20', internal_port: 80, external_port: 8080, protocol: 'tcp' }).catch((e: unknown) => e);
    expect(isHttpError(error, 409) && error.serviceErrorType).toBe('PortHasBindingFloatingIP');
    await deleteFloatingIp(neutron, bound.id);
  });

  it('deletes one; then it is PortForwardingNotFound', async () => {
    await deletePortForwarding(neutron, fipId, singleId);
    const missing = await getPortForwarding(neutron, fipId, singleId).catch((e: unknown) => e);
    expect(isHttpError(missing, 404) && missing.serviceErrorType).toBe('PortForwardingNotFound');
  });
});
