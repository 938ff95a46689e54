import { beforeAll, expect, it } from '@jest/globals';
import { adminProvider, describeAsAdmin, describeWithService, memberProvider, uniqueName, useCleanup } from '@openstack-ts/acceptance';
import { isHttpError, isResourceStateError, isTimeoutError } from '@openstack-ts/core';
import type { NetworkingClient } from '../src/client.js';
import { createNetworkingClient } from '../src/client.js';
import { createNetwork, deleteNetwork, findNetworkId } from '../src/networks/index.js';
import {
  addRouterExtraRoutes,
  addRouterInterface,
  createRouter,
  deleteRouter,
  findRouterId,
  getRouter,
  listRouters,
  removeRouterExtraRoutes,
  removeRouterInterface,
  updateRouter,
  waitForRouterInterface,
} from '../src/routers/index.js';

describeWithService('network', 'routers against the real Neutron', () => {
  const cleanup = useCleanup();
  let neutron: NetworkingClient;
  let publicId: string;
  let subnetId: string;
  let otherSubnetId: string;
  let portId: string;
  let routerId: string;
  let name: string;

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
    subnetId = await rawCreate('subnets', { name: uniqueName('subnet'), network_id: network.id, ip_version: 4, cidr: '10.211.1.0/24' });
    otherSubnetId = await rawCreate('subnets', { name: uniqueName('subnet'), network_id: network.id, ip_version: 4, cidr: '10.211.2.0/24' });
    portId = await rawCreate('ports', { name: uniqueName('port'), network_id: network.id, fixed_ips: [{ subnet_id: otherSubnetId }] });
  });

  it('creates a router with its gateway on the external network, finds, lists and updates it', async () => {
    name = uniqueName('router');
    const router = await createRouter(neutron, { name, description: 'acceptance', admin_state_up: true, external_gateway_info: { network_id: publicId } });
    routerId = router.id;
    cleanup.add(`router ${name}`, async () => deleteRouter(neutron, router.id));
    expect(router).toMatchObject({ name, description: 'acceptance', status: 'ACTIVE', external_gateway_info: { network_id: publicId, enable_snat: true }, routes: [] });
    expect(router.external_gateway_info?.external_fixed_ips).toHaveLength(1);
    expect((await getRouter(neutron, routerId)).name).toBe(name);
    expect(await findRouterId(neutron, name)).toEqual({ id: routerId, matchedBy: 'name' });
    expect(await findRouterId(neutron, routerId)).toEqual({ id: routerId, matchedBy: 'id' });
    expect((await listRouters(neutron, { name, admin_state_up: true, description: 'acceptance' }).all()).map((r) => r.id)).toEqual([routerId]);
    const renamed = await updateRouter(neutron, routerId, { description: 'changed', admin_state_up: true });
    expect(renamed.description).toBe('changed');
  });

  it('pages through routers one at a time', async () => {
    const otherName = uniqueName('router');
    const other = await createRouter(neutron, { name: otherName });
    cleanup.add(`router ${otherName}`, async () => deleteRouter(neutron, other.id));
    expect(other.external_gateway_info).toBeNull();
    const pages: string[][] = [];
    for await (const page of listRouters(neutron, { name: [name, otherName], limit: 1, sort_key: 'name', sort_dir: 'asc', fields: ['id', 'name'] }).byPage()) {
      pages.push(page.map((r) => r.name));
    }
    expect(pages.filter((page) => page.length > 0)).toEqual([[name], [otherName]]);
  });

  it('adds interfaces by subnet and by port', async () => {
    const bySubnet = await addRouterInterface(neutron, routerId, { subnet_id: subnetId });
    cleanup.add(`interface of ${name} on a subnet`, async () => removeRouterInterface(neutron, routerId, { subnet_id: subnetId }));
    expect(bySubnet).toMatchObject({ id: routerId, subnet_id: subnetId, subnet_ids: [subnetId] });
    const byPort = await addRouterInterface(neutron, routerId, { port_id: portId });
    cleanup.add(`interface of ${name} on a port`, async () => removeRouterInterface(neutron, routerId, { port_id: portId }));
    expect(byPort).toMatchObject({ id: routerId, port_id: portId, subnet_id: otherSubnetId });
  });

  it('waits for the interfaces by subnet and by port; without an L3 agent Neutron leaves them DOWN', async () => {
    const bySubnet = await waitForRouterInterface(neutron, routerId, { subnetId }, { status: ['ACTIVE', 'DOWN'], intervalMs: 500, timeoutMs: 30_000 });
    expect(bySubnet).toMatchObject({ device_id: routerId, device_owner: 'network:router_interface', fixed_ips: [{ subnet_id: subnetId, ip_address: '10.211.1.1' }] });
    const byPort = await waitForRouterInterface(neutron, routerId, { portId }, { status: ['ACTIVE', 'DOWN'], intervalMs: 500, timeoutMs: 30_000 });
    expect([byPort.id, byPort.device_id, byPort.device_owner]).toEqual([portId, routerId, 'network:router_interface']);
    // The local cloud runs no L3 agent: nothing plugs the interface, so waiting for ACTIVE (the
    // default) times out, having seen the port DOWN at every poll.
    const seen: string[] = [];
    const error = await waitForRouterInterface(neutron, routerId, { subnetId }, { intervalMs: 500, timeoutMs: 3_000, onPoll: (port) => seen.push(port.status) }).catch((e: unknown) => e);
    expect(isTimeoutError(error) && error.message).toBe(`the interface of router ${routerId} on subnet ${subnetId} to become ACTIVE: no result within 3000 ms`);
    expect(seen.length).toBeGreaterThan(1);
    expect(new Set(seen)).toEqual(new Set(['DOWN']));
    // failOn against the real answer: DOWN named as a failure ends the wait at the first poll.
    const down = await waitForRouterInterface(neutron, routerId, { portId }, { intervalMs: 500, failOn: ['DOWN'] }).catch((e: unknown) => e);
    expect(isResourceStateError(down) && [down.resource, down.id, down.status]).toEqual(['router interface port', portId, 'DOWN']);
  });

  it('replaces, adds and removes static routes', async () => {
    const first = { destination: '10.99.0.0/24', nexthop: '10.211.1.10' };
    const second = { destination: '10.98.0.0/24', nexthop: '10.211.2.11' };
    expect((await updateRouter(neutron, routerId, { routes: [first] })).routes).toEqual([first]);
    const added = await addRouterExtraRoutes(neutron, routerId, [second, first]);
    expect(added.routes).toHaveLength(2);
    const removed = await removeRouterExtraRoutes(neutron, routerId, [second, { destination: '10.97.0.0/24', nexthop: '10.211.2.12' }]);
    expect(removed.routes).toEqual([first]);
    const offLink = await addRouterExtraRoutes(neutron, routerId, [{ destination: '10.96.0.0/24', nexthop: '192.168.250.1' }]).catch((e: unknown) => e);
    expect(isHttpError(offLink, 400) && offLink.serviceErrorType).toBe('InvalidRoutes');
    const needed = await removeRouterInterface(neutron, routerId, { subnet_id: subnetId }).catch((e: unknown) => e);
    expect(isHttpError(needed, 409) && needed.serviceErrorType).toBe('RouterInterfaceInUseByRoute');
    expect((await updateRouter(neutron, routerId, { routes: [] })).routes).toEqual([]);
  });

  it('refuses to delete a router with interfaces, removes them, clears the gateway and deletes', async () => {
    const inUse = await deleteRouter(neutron, routerId).catch((e: unknown) => e);
    expect(isHttpError(inUse, 409) && inUse.serviceErrorType).toBe('RouterInUse');
    expect((await removeRouterInterface(neutron, routerId, { subnet_id: subnetId })).subnet_id).toBe(subnetId);
    expect((await removeRouterInterface(neutron, routerId, { port_id: portId })).port_id).toBe(portId);
    expect((await updateRouter(neutron, routerId, { external_gateway_info: null })).external_gateway_info).toBeNull();
    await deleteRouter(neutron, routerId);
    const missing = await getRouter(neutron, routerId).catch((e: unknown) => e);
    expect(isHttpError(missing, 404) && missing.serviceErrorType).toBe('RouterNotFound');
  });

  it('a member may not turn SNAT off (403 PolicyNotAuthorized)', async () => {
    const error = await createRouter(neutron, { name: uniqueName('router'), external_gateway_info: { network_id: publicId, enable_snat: false } }).catch((e: unknown) => e);
    expect(isHttpError(error, 403) && error.serviceErrorType).toBe('PolicyNotAuthorized');
  });

  describeAsAdmin('as admin', () => {
    let admin: NetworkingClient;

    beforeAll(async () => {
      admin = await createNetworkingClient(await adminProvider());
    });

    it('creates a distributed router without SNAT on a chosen subnet, and makes it centralized', async () => {
      const [publicSubnet] = await admin.request<{ id: string }[]>({ method: 'GET', path: 'subnets', query: { network_id: publicId, fields: 'id' }, unwrap: 'subnets' });
      const adminName = uniqueName('router');
      const router = await createRouter(admin, {
        name: adminName,
        external_gateway_info: { network_id: publicId, enable_snat: false, external_fixed_ips: [{ subnet_id: publicSubnet?.id ?? '' }] },
        distributed: true,
        ha: false,
      });
      cleanup.add(`router ${adminName}`, async () => deleteRouter(admin, router.id));
      expect(router).toMatchObject({ distributed: true, ha: false, external_gateway_info: { enable_snat: false } });
      expect(router.external_gateway_info?.external_fixed_ips?.[0]?.subnet_id).toBe(publicSubnet?.id);
      await updateRouter(admin, router.id, { admin_state_up: false });
      expect((await updateRouter(admin, router.id, { distributed: false })).distributed).toBe(false);
      await deleteRouter(admin, router.id);
    });

    it('sends availability zone hints and a flavor (the local Neutron has neither: 404s)', async () => {
      const az = await createRouter(admin, { name: uniqueName('router'), availability_zone_hints: ['nova'] }).catch((e: unknown) => e);
      expect(isHttpError(az, 404) && [az.serviceErrorType, az.serviceMessage]).toEqual(['AvailabilityZoneNotFound', 'AvailabilityZone nova could not be found.']);
      const flavorId = '00000000-0000-0000-0000-000000000000';
      const flavor = await createRouter(admin, { name: uniqueName('router'), flavor_id: flavorId }).catch((e: unknown) => e);
      expect(isHttpError(flavor, 404) && [flavor.serviceErrorType, flavor.serviceMessage]).toEqual(['FlavorNotFound', `Flavor ${flavorId} could not be found.`]);
    });
  });
});
