import { beforeAll, expect, it } from '@jest/globals';
import { adminProvider, describeAsAdmin, describeWithService, memberProvider, uniqueName, useCleanup } from '@openstack-ts/acceptance';
import { isHttpError, isNameLookupError, isResourceStateError, isTimeoutError } from '@openstack-ts/core';
import type { NetworkingClient } from '../src/client.js';
import { createNetworkingClient } from '../src/client.js';
import { createNetwork, deleteNetwork } from '../src/networks/index.js';
import { listExtensions } from '../src/extensions/index.js';
import { createPort, createPorts, deletePort, findPortId, getPort, listPorts, updatePort, waitForPortStatus, type CreatePortInput } from '../src/ports/index.js';
import { replaceResourceTags } from '../src/tags/index.js';

describeWithService('network', 'ports against the real Neutron', () => {
  const cleanup = useCleanup();
  let neutron: NetworkingClient;
  let networkId: string;
  let subnetId: string;
  let portId: string;
  let name: string;
  const owner = 'osts:acceptance';

  /** A port created by the member, deleted after the tests. */
  async function memberPort(input: Omit<CreatePortInput, 'network_id'>): Promise<Awaited<ReturnType<typeof createPort>>> {
    const port = await createPort(neutron, { network_id: networkId, ...input });
    cleanup.add(`port ${port.name}`, async () => deletePort(neutron, port.id));
    return port;
  }

  beforeAll(async () => {
    neutron = await createNetworkingClient(await memberProvider());
    const networkName = uniqueName('network');
    const network = await createNetwork(neutron, { name: networkName });
    networkId = network.id;
    cleanup.add(`network ${networkName}`, async () => deleteNetwork(neutron, network.id));
    // Subnets have no operations in this package yet: a raw request.
    const subnetName = uniqueName('subnet');
    const subnet = await neutron.request<{ id: string }>({
      method: 'POST',
      path: 'subnets',
      json: { subnet: { name: subnetName, network_id: networkId, ip_version: 4, cidr: '10.201.0.0/24' } },
      expectStatus: [201],
      unwrap: 'subnet',
    });
    subnetId = subnet.id;
    cleanup.add(`subnet ${subnetName}`, async () => neutron.execute({ method: 'DELETE', path: `subnets/${subnet.id}`, expectStatus: [204] }));
  });

  it('creates a port with fixed IPs, allowed address pairs, extra DHCP options and a DNS name', async () => {
    name = uniqueName('port');
    const port = await memberPort({
      name,
      description: 'acceptance',
      fixed_ips: [{ subnet_id: subnetId, ip_address: '10.201.0.10' }, { subnet_id: subnetId }],
      allowed_address_pairs: [{ ip_address: '10.201.0.100' }, { ip_address: '10.201.1.0/24', mac_address: 'fa:16:3e:20:01:00' }],
      extra_dhcp_opts: [
        { opt_name: 'tftp-server', opt_value: '10.201.0.2' },
        { opt_name: 'bootfile-name', opt_value: 'pxelinux.0', ip_version: 4 },
      ],
      device_id: 'osts-device',
      device_owner: owner,
      dns_name: 'osts-port',
    });
    portId = port.id;
    expect(port).toMatchObject({ name, network_id: networkId, status: 'DOWN', device_owner: owner, dns_name: 'osts-port', port_security_enabled: true });
    expect(port.fixed_ips).toHaveLength(2);
    expect(port.fixed_ips).toContainEqual({ subnet_id: subnetId, ip_address: '10.201.0.10' });
    // Neutron returns the pairs in no set order.
    expect(port.allowed_address_pairs).toHaveLength(2);
    expect(port.allowed_address_pairs).toEqual(
      expect.arrayContaining([
        { ip_address: '10.201.0.100', mac_address: port.mac_address },
        { ip_address: '10.201.1.0/24', mac_address: 'fa:16:3e:20:01:00' },
      ]),
    );
    expect(port.extra_dhcp_opts?.map((o) => [o.opt_name, o.opt_value]).sort()).toEqual([['bootfile-name', 'pxelinux.0'], ['tftp-server', '10.201.0.2']]);
    expect(port.dns_assignment).toContainEqual(expect.objectContaining({ hostname: 'osts-port', ip_address: '10.201.0.10' }));
  });

  it('gets it and finds it by name', async () => {
    expect((await getPort(neutron, portId)).name).toBe(name);
    expect(await findPortId(neutron, name)).toEqual({ id: portId, matchedBy: 'name' });
    expect(await findPortId(neutron, portId)).toEqual({ id: portId, matchedBy: 'id' });
    expect(isNameLookupError(await findPortId(neutron, uniqueName('port')).catch((e: unknown) => e))).toBe(true);
  });

  it('waits for a status: an unbound port is DOWN, and stays DOWN', async () => {
    const seen: string[] = [];
    const port = await waitForPortStatus(neutron, portId, 'DOWN', { intervalMs: 500, timeoutMs: 30_000, onPoll: (p) => seen.push(p.status) });
    expect([port.id, port.status, seen]).toEqual([portId, 'DOWN', ['DOWN']]);
    // No host binds it (and the local cloud has no agents): ACTIVE never comes.
    const timedOut = await waitForPortStatus(neutron, portId, 'ACTIVE', { intervalMs: 500, timeoutMs: 3_000 }).catch((e: unknown) => e);
    expect(isTimeoutError(timedOut) && timedOut.message).toBe(`port ${portId} to become ACTIVE: no result within 3000 ms`);
    const failed = await waitForPortStatus(neutron, portId, 'ACTIVE', { failOn: ['DOWN'] }).catch((e: unknown) => e);
    expect(isResourceStateError(failed) && [failed.resource, failed.id, failed.status]).toEqual(['port', portId, 'DOWN']);
  });

  it('drops tags given at creation (this Neutron lacks tag-ports-during-bulk-creation); setting them afterwards works', async () => {
    const extensions = (await listExtensions(neutron).all()).map((e) => e.alias);
    expect(extensions).not.toContain('tag-ports-during-bulk-creation');
    const port = await memberPort({ name: uniqueName('port'), tags: ['red'] });
    expect(port.tags).toEqual([]);
    const bulk = await createPorts(neutron, [{ network_id: networkId, name: uniqueName('port'), tags: ['blue'] }]);
    for (const created of bulk) cleanup.add(`port ${created.name}`, async () => deletePort(neutron, created.id));
    expect(bulk.map((p) => p.tags)).toEqual([[]]);
    // The two-step way: create, then set the tags.
    expect(await replaceResourceTags(neutron, 'ports', port.id, ['red', 'green'])).toEqual(expect.arrayContaining(['red', 'green']));
    expect((await getPort(neutron, port.id)).tags?.sort()).toEqual(['green', 'red']);
  });

  it('creates a port with port security off and no security groups; groups on it are refused', async () => {
    const port = await memberPort({ name: uniqueName('port'), port_security_enabled: false, security_groups: [] });
    expect([port.port_security_enabled, port.security_groups]).toEqual([false, []]);
    const groups = (await neutron.request<{ id: string }[]>({ method: 'GET', path: 'security-groups', query: { name: 'default', fields: 'id' }, unwrap: 'security_groups' })).map((g) => g.id);
    const error = await updatePort(neutron, port.id, { security_groups: groups }).catch((e: unknown) => e);
    expect(isHttpError(error, 400) && error.serviceErrorType).toBe('PortSecurityAndIPRequiredForSecurityGroups');
  });

  it('updates the fixed IPs, address pairs, DHCP options and DNS name', async () => {
    const port = await updatePort(neutron, portId, {
      description: 'changed',
      fixed_ips: [{ subnet_id: subnetId, ip_address: '10.201.0.11' }],
      allowed_address_pairs: [],
      extra_dhcp_opts: [{ opt_name: 'tftp-server', opt_value: null }],
      dns_name: 'osts-port-2',
    });
    expect(port).toMatchObject({ description: 'changed', fixed_ips: [{ subnet_id: subnetId, ip_address: '10.201.0.11' }], allowed_address_pairs: [], dns_name: 'osts-port-2' });
    expect(port.extra_dhcp_opts?.map((o) => o.opt_name)).toEqual(['bootfile-name']);
  });

  it('lists by fixed IP, IP substring and device_owner', async () => {
    const byIp = await listPorts(neutron, { fixed_ips: [{ ip_address: '10.201.0.11', subnet_id: subnetId }] }).all();
    expect(byIp.map((p) => p.id)).toEqual([portId]);
    expect(await listPorts(neutron, { fixed_ips: [{ ip_address: '10.201.0.10' }], network_id: networkId }).all()).toEqual([]);
    // Other ports of the network may hold 10.201.0.11x, which the substring matches too.
    const bySubstring = await listPorts(neutron, { fixed_ips: [{ ip_address_substr: '10.201.0.11' }], network_id: networkId, fields: ['id', 'fixed_ips'] }).all();
    expect(bySubstring.map((p) => p.id)).toContain(portId);
    expect(bySubstring.every((p) => p.fixed_ips.some((ip) => ip.ip_address.includes('10.201.0.11')))).toBe(true);
    const byOwner = await listPorts(neutron, { device_owner: owner, device_id: 'osts-device', network_id: networkId, status: 'DOWN' }).all();
    expect(byOwner.map((p) => p.id)).toEqual([portId]);
  });

  it('creates ports in bulk and pages through them', async () => {
    const names = [uniqueName('port'), uniqueName('port')];
    const ports = await createPorts(neutron, [{ network_id: networkId, name: names[0] }, { network_id: networkId, name: names[1], admin_state_up: false }]);
    for (const port of ports) cleanup.add(`port ${port.name}`, async () => deletePort(neutron, port.id));
    expect(ports.map((p) => [p.name, p.admin_state_up])).toEqual([[names[0], true], [names[1], false]]);
    const pages: number[] = [];
    for await (const page of listPorts(neutron, { name: names, limit: 1, sort_key: 'name', sort_dir: 'asc', fields: ['id', 'name'] }).byPage()) pages.push(page.length);
    expect(pages.slice(0, 2)).toEqual([1, 1]);
  });

  it('refuses an address already in use (409 IpAddressAlreadyAllocated)', async () => {
    const error = await createPort(neutron, { network_id: networkId, fixed_ips: [{ ip_address: '10.201.0.11' }] }).catch((e: unknown) => e);
    expect(isHttpError(error, 409) && [error.serviceErrorType, error.serviceMessage]).toEqual([
      'IpAddressAlreadyAllocated',
      `IP address 10.201.0.11 already allocated in subnet ${subnetId}`,
    ]);
  });

  it('fields of extensions this Neutron lacks are refused as unrecognized (dns-domain-ports, uplink-status-propagation, port-trusted-vif)', async () => {
    const inputs: [CreatePortInput, string][] = [
      [{ network_id: networkId, dns_domain: 'osts.test.' }, 'dns_domain'],
      [{ network_id: networkId, propagate_uplink_status: true }, 'propagate_uplink_status'],
      [{ network_id: networkId, trusted: true }, 'trusted'],
    ];
    for (const [input, field] of inputs) {
      const error = await createPort(neutron, input).catch((e: unknown) => e);
      expect(isHttpError(error, 400) && [error.serviceErrorType, error.serviceMessage]).toEqual(['HTTPBadRequest', `Unrecognized attribute(s) '${field}'`]);
    }
  });

  it('deletes the port; a second delete is PortNotFound', async () => {
    await deletePort(neutron, portId);
    const error = await deletePort(neutron, portId).catch((e: unknown) => e);
    expect(isHttpError(error, 404) && error.serviceErrorType).toBe('PortNotFound');
  });

  describeAsAdmin('as admin', () => {
    it('a member may not set binding:host_id (403)', async () => {
      const error = await createPort(neutron, { network_id: networkId, 'binding:host_id': 'host-ovs-filter-active' }).catch((e: unknown) => e);
      expect(isHttpError(error, 403) && error.serviceErrorType).toBe('PolicyNotAuthorized');
    });

    it('binds a port to host-ovs-filter-active (vif_type ovs), lists by host, and unbinds it', async () => {
      const admin = await createNetworkingClient(await adminProvider());
      const portName = uniqueName('port');
      const port = await createPort(admin, {
        network_id: networkId,
        name: portName,
        'binding:host_id': 'host-ovs-filter-active',
        'binding:vnic_type': 'normal',
        'binding:profile': { trusted: true },
      });
      cleanup.add(`port ${portName}`, async () => deletePort(admin, port.id));
      expect(port).toMatchObject({
        'binding:host_id': 'host-ovs-filter-active',
        'binding:vif_type': 'ovs',
        'binding:vnic_type': 'normal',
        'binding:profile': { trusted: true },
      });
      expect(port['binding:vif_details']).toMatchObject({ port_filter: true });
      const bound = await listPorts(admin, { 'binding:host_id': 'host-ovs-filter-active', network_id: networkId, fields: ['id', 'binding:vif_type'] }).all();
      expect(bound).toEqual([{ id: port.id, 'binding:vif_type': 'ovs' }]);
      const unbound = await updatePort(admin, port.id, { 'binding:host_id': '', 'binding:profile': null });
      expect([unbound['binding:vif_type'], unbound['binding:profile']]).toEqual(['unbound', {}]);
    });
  });
});
