import { beforeAll, expect, it } from '@jest/globals';
import { adminProvider, describeAsAdmin, describeWithService, memberProvider, uniqueName, useCleanup } from '@openstack-ts/acceptance';
import { isAbortError, isHttpError, isResourceStateError, isTimeoutError } from '@openstack-ts/core';
import type { NetworkingClient } from '../src/client.js';
import { createNetworkingClient } from '../src/client.js';
import { createFloatingIp, deleteFloatingIp, getFloatingIp, listFloatingIps, updateFloatingIp, waitForFloatingIpStatus } from '../src/floating-ips/index.js';
import { createNetwork, deleteNetwork, findNetworkId } from '../src/networks/index.js';
import { addRouterInterface, createRouter, deleteRouter, removeRouterInterface, updateRouter } from '../src/routers/index.js';

describeWithService('network', 'floating IPs against the real Neutron', () => {
  const cleanup = useCleanup();
  let neutron: NetworkingClient;
  let publicId: string;
  let networkId: string;
  let subnetId: string;
  let portId: string;
  let routerId: string;
  let fipId: string;
  let description: string;

  beforeAll(async () => {
    neutron = await createNetworkingClient(await memberProvider());
    publicId = (await findNetworkId(neutron, 'public')).id;
    const networkName = uniqueName('network');
    const network = await createNetwork(neutron, { name: networkName });
    networkId = network.id;
    cleanup.add(`network ${networkName}`, async () => deleteNetwork(neutron, network.id));
    // Subnets and ports have no operations in this package yet: raw requests.
    const subnetName = uniqueName('subnet');
    const subnet = await neutron.request<{ id: string }>({
      method: 'POST', path: 'subnets', json: { subnet: { name: subnetName, network_id: networkId, ip_version: 4, cidr: '10.212.1.0/24' } }, expectStatus: [201], unwrap: 'subnet',
    });
    subnetId = subnet.id;
    cleanup.add(`subnet ${subnetName}`, async () => neutron.execute({ method: 'DELETE', path: `subnets/${subnet.id}`, expectStatus: [204] }));
    const routerName = uniqueName('router');
    const router = await createRouter(neutron, { name: routerName, external_gateway_info: { network_id: publicId } });
    routerId = router.id;
    cleanup.add(`router ${routerName}`, async () => deleteRouter(neutron, router.id));
    const portName = uniqueName('port');
    const port = await neutron.request<{ id: string }>({
      method: 'POST', path: 'ports', json: { port: { name: portName, network_id: networkId, fixed_ips: [{ subnet_id: subnetId, ip_address: '10.212.1.50' }] } }, expectStatus: [201], unwrap: 'port',
    });
    portId = port.id;
    cleanup.add(`port ${portName}`, async () => neutron.execute({ method: 'DELETE', path: `ports/${port.id}`, expectStatus: [204] }));
  });

  it('cannot bind a port whose subnet has no router to the network (404)', async () => {
    const error = await createFloatingIp(neutron, { floating_network_id: publicId, port_id: portId, description: uniqueName('fip') }).catch((e: unknown) => e);
    expect(isHttpError(error, 404) && error.serviceErrorType).toBe('ExternalGatewayForFloatingIPNotFound');
  });

  it('allocates a floating IP from public bound to a port, gets and lists it', async () => {
    await addRouterInterface(neutron, routerId, { subnet_id: subnetId });
    cleanup.add('router interface', async () => removeRouterInterface(neutron, routerId, { subnet_id: subnetId }));
    description = uniqueName('fip');
    const fip = await createFloatingIp(neutron, { floating_network_id: publicId, port_id: portId, fixed_ip_address: '10.212.1.50', description });
    fipId = fip.id;
    cleanup.add(`floating IP ${description}`, async () => deleteFloatingIp(neutron, fip.id));
    expect(fip).toMatchObject({ floating_network_id: publicId, port_id: portId, router_id: routerId, fixed_ip_address: '10.212.1.50', description });
    expect(fip.port_details).toMatchObject({ network_id: networkId });
    expect((await getFloatingIp(neutron, fipId)).floating_ip_address).toBe(fip.floating_ip_address);
    const query = { floating_network_id: publicId, port_id: portId, router_id: routerId, fixed_ip_address: '10.212.1.50', floating_ip_address: fip.floating_ip_address, description };
    expect((await listFloatingIps(neutron, query).all()).map((f) => f.id)).toEqual([fipId]);
    expect(await listFloatingIps(neutron, { description, status: 'ERROR' }).all()).toEqual([]);
  });

  it('waits for its status: an associated floating IP stays DOWN without an L3 agent', async () => {
    // The local cloud runs no L3 agent, so no NAT is set up and Neutron never reports ACTIVE.
    const seen: string[] = [];
    const down = await waitForFloatingIpStatus(neutron, fipId, 'DOWN', { intervalMs: 500, timeoutMs: 30_000, onPoll: (f) => seen.push(f.status) });
    expect([down.id, down.port_id, down.status, seen]).toEqual([fipId, portId, 'DOWN', ['DOWN']]);
    const timedOut = await waitForFloatingIpStatus(neutron, fipId, 'ACTIVE', { intervalMs: 500, timeoutMs: 3_000 }).catch((e: unknown) => e);
    expect(isTimeoutError(timedOut) && timedOut.message).toBe(`floating IP ${fipId} to become ACTIVE: no result within 3000 ms`);
    const failed = await waitForFloatingIpStatus(neutron, fipId, 'ACTIVE', { intervalMs: 500, failOn: ['DOWN'] }).catch((e: unknown) => e);
    expect(isResourceStateError(failed) && [failed.resource, failed.id, failed.status]).toEqual(['floating IP', fipId, 'DOWN']);
    const controller = new AbortController();
    const aborted = await waitForFloatingIpStatus(neutron, fipId, 'ACTIVE', { intervalMs: 500, signal: controller.signal, onPoll: () => { controller.abort(); } }).catch((e: unknown) => e);
    expect(isAbortError(aborted, controller.signal)).toBe(true);
  });

  it('keeps the gateway while a floating IP uses it (409)', async () => {
    const error = await updateRouter(neutron, routerId, { external_gateway_info: null }).catch((e: unknown) => e);
    expect(isHttpError(error, 409) && error.serviceErrorType).toBe('RouterExternalGatewayInUseByFloatingIp');
  });

  it('unbinds it with port_id null and binds it again', async () => {
    const unbound = await updateFloatingIp(neutron, fipId, { port_id: null });
    expect(unbound).toMatchObject({ port_id: null, fixed_ip_address: null, router_id: null, port_details: null });
    const bound = await updateFloatingIp(neutron, fipId, { port_id: portId, description: 'rebound' });
    expect(bound).toMatchObject({ port_id: portId, router_id: routerId, description: 'rebound' });
    expect((await updateFloatingIp(neutron, fipId, { port_id: null, description })).port_id).toBeNull();
  });

  it('accepts DNS and QoS fields (without an external DNS driver Neutron keeps no DNS name)', async () => {
    const dnsDescription = uniqueName('fip');
    const fip = await createFloatingIp(neutron, { floating_network_id: publicId, dns_name: 'osts-fip', dns_domain: 'osts.example.test.', qos_policy_id: null, description: dnsDescription });
    cleanup.add(`floating IP ${dnsDescription}`, async () => deleteFloatingIp(neutron, fip.id));
    expect(fip).toMatchObject({ dns_name: '', dns_domain: '', qos_policy_id: null, port_id: null });
    await deleteFloatingIp(neutron, fip.id);
  });

  it('refuses a network that is not external (400)', async () => {
    const error = await createFloatingIp(neutron, { floating_network_id: networkId }).catch((e: unknown) => e);
    expect(isHttpError(error, 400) && error.serviceMessage).toBe(`Bad floatingip request: Network ${networkId} is not a valid external network.`);
  });

  it('deletes it; then it is FloatingIPNotFound', async () => {
    await deleteFloatingIp(neutron, fipId);
    const missing = await getFloatingIp(neutron, fipId).catch((e: unknown) => e);
    expect(isHttpError(missing, 404) && missing.serviceErrorType).toBe('FloatingIPNotFound');
  });

  describeAsAdmin('as admin', () => {
    it('allocates a chosen address from a chosen subnet', async () => {
      const admin = await createNetworkingClient(await adminProvider());
      const [publicSubnet] = await admin.request<{ id: string }[]>({ method: 'GET', path: 'subnets', query: { network_id: publicId, fields: 'id' }, unwrap: 'subnets' });
      const subnet = publicSubnet?.id ?? '';
      // Learn a free address by allocating one, then ask for exactly that address.
      const probe = await createFloatingIp(admin, { floating_network_id: publicId, subnet_id: subnet, description: uniqueName('fip') });
      await deleteFloatingIp(admin, probe.id);
      const adminDescription = uniqueName('fip');
      const fip = await createFloatingIp(admin, { floating_network_id: publicId, subnet_id: subnet, floating_ip_address: probe.floating_ip_address, description: adminDescription });
      cleanup.add(`floating IP ${adminDescription}`, async () => deleteFloatingIp(admin, fip.id));
      expect(fip.floating_ip_address).toBe(probe.floating_ip_address);
      await deleteFloatingIp(admin, fip.id);
    });
  });
});
