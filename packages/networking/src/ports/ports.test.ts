import { describe, expect, it } from '@jest/globals';
import { isHttpError, isInvalidInputError, isNameLookupError } from '@openstack-ts/core';
import { rejectionOf } from '@openstack-ts/core/testing';
import { fakeNeutron, invalidField } from '../fake-neutron.fixtures.js';
import { createPort, createPorts, deletePort, findPortId, getPort, listPorts, updatePort, type CreatePortInput } from './index.js';
import * as fx from './ports.fixtures.js';

const id = fx.create.port.id;
const networkId = fx.create.port.network_id;
const subnetId = fx.create.port.fixed_ips[0]?.subnet_id ?? '';
const defaultGroup = fx.create.port.security_groups[0] ?? '';

async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => undefined,
    (error: unknown) => error,
  );
}

describe('ports', () => {
  it('creates a port with fixed IPs, address pairs, DHCP options, DNS name and device fields', async () => {
    const cloud = fakeNeutron();
    cloud.reply('POST', 'v2.0/ports', fx.create, { status: 201 });
    const input: CreatePortInput = {
      network_id: networkId,
      name: 'rec-port',
      description: 'recorded',
      admin_state_up: true,
      fixed_ips: [{ subnet_id: subnetId, ip_address: '10.77.0.10' }, { subnet_id: subnetId }],
      mac_address: 'fa:16:3e:77:00:10',
      allowed_address_pairs: [{ ip_address: '10.77.0.100' }, { ip_address: '10.77.1.0/24', mac_address: 'fa:16:3e:77:01:00' }],
      extra_dhcp_opts: [
        { opt_name: 'tftp-server', opt_value: '10.77.0.2' },
        { opt_name: 'bootfile-name', opt_value: 'pxelinux.0', ip_version: 4 },
      ],
      security_groups: [defaultGroup],
      device_id: 'rec-device-1',
      device_owner: 'rec:owner',
      dns_name: 'rec-port',
      numa_affinity_policy: 'preferred',
    };
    const port = await createPort(cloud.client, input);
    const sent = cloud.lastRequest();
    expect([sent.method, sent.path]).toEqual(['POST', 'v2.0/ports']);
    expect(sent.json).toEqual({ port: input });
    expect(port.fixed_ips.map((ip) => ip.ip_address)).toEqual(['10.77.0.10', '10.77.0.11']);
    expect(port.allowed_address_pairs).toEqual([
      { mac_address: 'fa:16:3e:77:00:10', ip_address: '10.77.0.100' },
      { mac_address: 'fa:16:3e:77:01:00', ip_address: '10.77.1.0/24' },
    ]);
    expect(port.extra_dhcp_opts?.map((o) => [o.opt_name, o.ip_version])).toEqual([['bootfile-name', 4], ['tftp-server', 4]]);
    expect(port.dns_assignment?.[0]).toEqual({ ip_address: '10.77.0.10', hostname: 'rec-port', fqdn: 'rec-port.openstack-ts.test.' });
    expect(port).toMatchObject({ status: 'DOWN', device_owner: 'rec:owner', ip_allocation: 'immediate', 'binding:vnic_type': 'normal' });
    // The member does not see the admin-only binding fields.
    expect(port['binding:host_id']).toBeUndefined();
  });

  it('creates a port without port security and without security groups', async () => {
    const cloud = fakeNeutron();
    cloud.reply('POST', 'v2.0/ports', fx.createNoSecurity, { status: 201 });
    const port = await createPort(cloud.client, { network_id: networkId, name: 'rec-port-open', port_security_enabled: false, security_groups: [] });
    expect(cloud.lastRequest().json).toEqual({ port: { network_id: networkId, name: 'rec-port-open', port_security_enabled: false, security_groups: [] } });
    expect([port.port_security_enabled, port.security_groups]).toEqual([false, []]);
  });

  it('sends the other create fields as given', async () => {
    const cloud = fakeNeutron();
    cloud.reply('POST', 'v2.0/ports', fx.adminCreateBound, { status: 201 });
    const input: CreatePortInput = {
      network_id: networkId,
      project_id: fx.adminCreateBound.port.project_id,
      'binding:host_id': 'host-ovs-filter-active',
      'binding:vnic_type': 'direct',
      'binding:profile': { trusted: true },
      dns_domain: 'example.test.',
      qos_policy_id: null,
      propagate_uplink_status: true,
      trusted: true,
      hints: { openvswitch: { other_config: { 'tx-steering': 'hash' } } },
      hardware_offload_type: 'switchdev',
      device_profile: 'rec-profile',
      mac_learning_enabled: true,
      pvlan_type: 'community',
      pvlan_community: 'rec',
      tags: ['red'],
    };
    await createPort(cloud.client, input);
    expect(cloud.lastRequest().json).toEqual({ port: input });
  });

  it('as admin, binds to a host and shows the binding fields', async () => {
    const cloud = fakeNeutron();
    cloud.reply('POST', 'v2.0/ports', fx.adminCreateBound, { status: 201 });
    const port = await createPort(cloud.client, {
      network_id: networkId,
      name: 'rec-port-bound',
      'binding:host_id': 'host-ovs-filter-active',
      'binding:vnic_type': 'normal',
      'binding:profile': { 'rec-key': 'rec-value' },
    });
    expect(port).toMatchObject({
      status: 'ACTIVE',
      'binding:host_id': 'host-ovs-filter-active',
      'binding:vif_type': 'ovs',
      'binding:vif_details': { port_filter: true },
      'binding:profile': { 'rec-key': 'rec-value' },
      resource_request: null,
    });
  });

  it('gets, updates (binding:profile null, removing a DHCP option) and deletes', async () => {
    const cloud = fakeNeutron();
    cloud.reply('GET', `v2.0/ports/${id}`, fx.get);
    cloud.reply('PUT', `v2.0/ports/${id}`, fx.update);
    const bound = fx.adminUpdateBinding.port.id;
    cloud.reply('PUT', `v2.0/ports/${bound}`, fx.adminUpdateBinding);
    cloud.reply('DELETE', `v2.0/ports/${id}`, undefined, { status: 204 });

    expect((await getPort(cloud.client, id)).name).toBe('rec-port');
    expect(cloud.lastRequest().path).toBe(`v2.0/ports/${id}`);

    const update = {
      name: 'rec-port-2',
      description: 'changed',
      fixed_ips: [{ subnet_id: subnetId, ip_address: '10.77.0.11' }],
      allowed_address_pairs: [],
      dns_name: 'rec-port-2',
      extra_dhcp_opts: [{ opt_name: 'tftp-server', opt_value: null }],
      numa_affinity_policy: null,
    };
    const updated = await updatePort(cloud.client, id, update);
    expect(cloud.lastRequest()).toMatchObject({ method: 'PUT', path: `v2.0/ports/${id}`, json: { port: update } });
    expect(updated).toMatchObject({ name: 'rec-port-2', dns_name: 'rec-port-2', allowed_address_pairs: [], revision_number: 2 });
    expect(updated.extra_dhcp_opts?.map((o) => o.opt_name)).toEqual(['bootfile-name']);

    const unbound = await updatePort(cloud.client, bound, { 'binding:host_id': '', 'binding:profile': null, mac_address: null, data_plane_status: null });
    expect(cloud.lastRequest().json).toEqual({ port: { 'binding:host_id': '', 'binding:profile': null, mac_address: null, data_plane_status: null } });
    expect([unbound['binding:vif_type'], unbound['binding:profile']]).toEqual(['unbound', {}]);

    await deletePort(cloud.client, id);
    expect(cloud.lastRequest()).toMatchObject({ method: 'DELETE', path: `v2.0/ports/${id}` });
  });

  it('creates several ports in one request', async () => {
    const cloud = fakeNeutron();
    cloud.reply('POST', 'v2.0/ports', fx.bulk, { status: 201 });
    const inputs = [
      { network_id: networkId, name: 'rec-bulk-1' },
      { network_id: networkId, name: 'rec-bulk-2', admin_state_up: false },
    ];
    const ports = await createPorts(cloud.client, inputs);
    expect(cloud.lastRequest().json).toEqual({ ports: inputs });
    expect(ports.map((p) => [p.name, p.admin_state_up])).toEqual([['rec-bulk-1', true], ['rec-bulk-2', false]]);
  });

  it('lists by fixed IP: each key of each entry is one repeated fixed_ips parameter', async () => {
    const cloud = fakeNeutron();
    cloud.reply('GET', `v2.0/ports?fixed_ips=ip_address%3D10.77.0.11&fixed_ips=subnet_id%3D${subnetId}`, fx.listByFixedIp);
    const ports = await listPorts(cloud.client, { fixed_ips: [{ ip_address: '10.77.0.11', subnet_id: subnetId }] }).all();
    expect(ports.map((p) => p.name)).toEqual(['rec-port-2']);
    expect(new URL(cloud.lastRequest().url).searchParams.getAll('fixed_ips')).toEqual(['ip_address=10.77.0.11', `subnet_id=${subnetId}`]);
  });

  it('lists by IP substring with selected fields', async () => {
    const cloud = fakeNeutron();
    cloud.reply('GET', `v2.0/ports?fixed_ips=ip_address_substr%3D77.0.1&network_id=${networkId}&fields=id&fields=name&fields=fixed_ips`, fx.listBySubstr);
    const ports = await listPorts(cloud.client, { fixed_ips: [{ ip_address_substr: '77.0.1' }], network_id: networkId, fields: ['id', 'name', 'fixed_ips'] }).all();
    expect(ports.map((p) => p.fixed_ips[0]?.ip_address)).toEqual(['10.77.0.198', '10.77.0.11', '10.77.0.193']);
  });

  it('lists by device owner and the other port filters', async () => {
    const cloud = fakeNeutron();
    cloud.reply(
      'GET',
      `v2.0/ports?device_owner=rec%3Aowner&device_id=rec-device-1&mac_address=fa%3A16%3A3e%3A77%3A00%3A10&security_groups=${defaultGroup}&status=DOWN&ip_allocation=immediate&admin_state_up=true`,
      fx.listByOwner,
    );
    const ports = await listPorts(cloud.client, {
      device_owner: 'rec:owner',
      device_id: 'rec-device-1',
      mac_address: 'fa:16:3e:77:00:10',
      security_groups: defaultGroup,
      status: 'DOWN',
      ip_allocation: 'immediate',
      admin_state_up: true,
    }).all();
    expect(ports.map((p) => p.id)).toEqual([id]);
  });

  it('repeats multi-value filters and comma-joins tags', async () => {
    const cloud = fakeNeutron();
    cloud.reply(
      'GET',
      'v2.0/ports?id=a&id=b&name=x&network_id=n1&network_id=n2&device_id=d&device_owner=network%3Adhcp&device_owner=compute%3Anova&mac_address=m&status=ACTIVE&status=DOWN' +
        '&tenant_id=t&project_id=p&security_groups=s1&security_groups=s2&binding%3Ahost_id=h1&binding%3Ahost_id=h2&mac_learning_enabled=false&pvlan_type=isolated&pvlan_community=c' +
        '&description=d&revision_number=3&tags=a%2Cb&tags-any=c&not-tags=d&not-tags-any=e%2Cf&sort_key=name&sort_key=id&sort_dir=asc&sort_dir=desc&limit=5&marker=mk&page_reverse=true',
      { ports: [] },
    );
    const ports = await listPorts(cloud.client, {
      id: ['a', 'b'],
      name: 'x',
      network_id: ['n1', 'n2'],
      device_id: 'd',
      device_owner: ['network:dhcp', 'compute:nova'],
      mac_address: ['m'],
      status: ['ACTIVE', 'DOWN'],
      tenant_id: 't',
      project_id: 'p',
      security_groups: ['s1', 's2'],
      'binding:host_id': ['h1', 'h2'],
      mac_learning_enabled: false,
      pvlan_type: 'isolated',
      pvlan_community: 'c',
      description: 'd',
      revision_number: 3,
      tags: ['a', 'b'],
      'tags-any': ['c'],
      'not-tags': ['d'],
      'not-tags-any': ['e', 'f'],
      sort_key: ['name', 'id'],
      sort_dir: ['asc', 'desc'],
      limit: 5,
      marker: 'mk',
      page_reverse: true,
    }).all();
    expect(ports).toEqual([]);
    expect(cloud.lastRequest().query.tags).toBe('a,b');
  });

  it('follows ports_links to the last page', async () => {
    const cloud = fakeNeutron();
    cloud.reply('GET', `v2.0/ports?network_id=${networkId}&name=rec-bulk-1&name=rec-bulk-2&limit=1&sort_key=name&sort_dir=asc&fields=id&fields=name`, fx.listPage1);
    cloud.reply('GET', fx.listPage1.ports_links[0]?.href ?? '', fx.listPage2);
    cloud.reply('GET', fx.listPage2.ports_links.find((link) => link.rel === 'next')?.href ?? '', fx.listPage3);
    const pages: string[][] = [];
    for await (const page of listPorts(cloud.client, { network_id: networkId, name: ['rec-bulk-1', 'rec-bulk-2'], limit: 1, sort_key: 'name', sort_dir: 'asc', fields: ['id', 'name'] }).byPage()) {
      pages.push(page.map((p) => p.name));
    }
    expect(pages.flat()).toEqual(['rec-bulk-1', 'rec-bulk-2']);
    expect(cloud.serviceRequests()).toHaveLength(3);
  });

  it('as admin, lists by binding:host_id', async () => {
    const cloud = fakeNeutron();
    cloud.reply('GET', 'v2.0/ports?binding%3Ahost_id=host-ovs-filter-active&fields=id&fields=name&fields=binding%3Avif_type', fx.adminListByHost);
    const ports = await listPorts(cloud.client, { 'binding:host_id': 'host-ovs-filter-active', fields: ['id', 'name', 'binding:vif_type'] }).all();
    expect(ports.map((p) => [p.name, p['binding:vif_type']])).toEqual([['rec-port-bound', 'ovs']]);
  });

  it('findPortId takes an ID first, then a unique name', async () => {
    const cloud = fakeNeutron();
    cloud.reply('GET', `v2.0/ports/${fx.get.port.id}`, fx.get);
    cloud.reply('GET', 'v2.0/ports/rec-port-open', fx.notFound, { status: 404 });
    cloud.reply('GET', 'v2.0/ports?name=rec-port-open&fields=id&fields=name', fx.find);
    cloud.reply('GET', 'v2.0/ports/none', fx.notFound, { status: 404 });
    cloud.reply('GET', 'v2.0/ports?name=none&fields=id&fields=name', { ports: [] });
    expect(await findPortId(cloud.client, fx.get.port.id)).toEqual({ id: fx.get.port.id, matchedBy: 'id' });
    expect(cloud.serviceRequests()).toHaveLength(1);
    expect(await findPortId(cloud.client, 'rec-port-open')).toEqual({ id: fx.createNoSecurity.port.id, matchedBy: 'name' });
    expect(cloud.serviceRequests().slice(1).map((r) => r.url)).toEqual([
      'http://127.0.0.1:9696/v2.0/ports/rec-port-open',
      'http://127.0.0.1:9696/v2.0/ports?name=rec-port-open&fields=id&fields=name',
    ]);
    const none = await rejectionOf(findPortId(cloud.client, 'none'));
    expect(isNameLookupError(none) && [none.reason, none.lookupName]).toEqual(['none', 'none']);
    expect(invalidField(await rejectionOf(findPortId(cloud.client, '')))).toBe('nameOrId');
  });

  it("Neutron's errors name their type", async () => {
    const cloud = fakeNeutron();
    const insecure = fx.createNoSecurity.port.id;
    cloud.reply('GET', 'v2.0/ports/00000000-0000-0000-0000-000000000000', fx.notFound, { status: 404 });
    cloud.reply('PUT', `v2.0/ports/${insecure}`, fx.securityGroupsWithoutPortSecurity, { status: 400 });
    cloud.replyOnce('POST', 'v2.0/ports', fx.ipInUse, { status: 409 });
    cloud.replyOnce('POST', 'v2.0/ports', fx.memberBinding, { status: 403 });
    cloud.replyOnce('POST', 'v2.0/ports', fx.dnsDomainUnsupported, { status: 400 });
    cloud.replyOnce('POST', 'v2.0/ports', fx.trustedUnsupported, { status: 400 });
    cloud.replyOnce('POST', 'v2.0/ports', fx.propagateUnsupported, { status: 400 });

    const missing = await failure(getPort(cloud.client, '00000000-0000-0000-0000-000000000000'));
    expect(isHttpError(missing, 404) && missing.serviceErrorType).toBe('PortNotFound');
    const refused = await failure(updatePort(cloud.client, insecure, { security_groups: [defaultGroup] }));
    expect(isHttpError(refused, 400) && refused.serviceErrorType).toBe('PortSecurityAndIPRequiredForSecurityGroups');
    const taken = await failure(createPort(cloud.client, { network_id: networkId, fixed_ips: [{ ip_address: '10.77.0.11' }] }));
    expect(isHttpError(taken, 409) && [taken.serviceErrorType, taken.serviceMessage]).toEqual([
      'IpAddressAlreadyAllocated',
      `IP address 10.77.0.11 already allocated in subnet ${subnetId}`,
    ]);
    const forbidden = await failure(createPort(cloud.client, { network_id: networkId, 'binding:host_id': 'host-ovs-filter-active' }));
    expect(isHttpError(forbidden, 403) && forbidden.serviceErrorType).toBe('PolicyNotAuthorized');
    for (const [input, field] of [
      [{ network_id: networkId, dns_domain: 'other.test.' }, 'dns_domain'],
      [{ network_id: networkId, trusted: true }, 'trusted'],
      [{ network_id: networkId, propagate_uplink_status: true }, 'propagate_uplink_status'],
    ] as const) {
      const unknown = await failure(createPort(cloud.client, input));
      expect(isHttpError(unknown, 400) && unknown.serviceMessage).toBe(`Unrecognized attribute(s) '${field}'`);
    }
  });

  it('refuses bad input before sending anything', async () => {
    const cloud = fakeNeutron();
    expect(invalidField(await rejectionOf(getPort(cloud.client, '')))).toBe('portId');
    expect(invalidField(await rejectionOf(updatePort(cloud.client, '', { name: 'x' })))).toBe('portId');
    expect(invalidField(await rejectionOf(deletePort(cloud.client, '')))).toBe('portId');
    expect(invalidField(await rejectionOf(createPort(cloud.client, { network_id: '' })))).toBe('network_id');
    expect(invalidField(await rejectionOf(createPorts(cloud.client, [])))).toBe('ports');
    const second = await rejectionOf(createPorts(cloud.client, [{ network_id: networkId }, { name: 'no network' } as unknown as CreatePortInput]));
    expect(isInvalidInputError(second) && second.field).toBe('ports[1].network_id');
    const empty = await rejectionOf(() => listPorts(cloud.client, { fixed_ips: [{}] }));
    expect(isInvalidInputError(empty) && empty.field).toBe('fixed_ips');
    const blank = await rejectionOf(() => listPorts(cloud.client, { fixed_ips: [{ ip_address: '10.0.0.1' }, { subnet_id: '' }] }));
    expect(isInvalidInputError(blank) && blank.field).toBe('fixed_ips.subnet_id');
    expect(cloud.serviceRequests()).toEqual([]);
  });
});
