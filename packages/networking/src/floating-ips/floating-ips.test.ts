import { describe, expect, it } from '@jest/globals';
import { isHttpError } from '@openstack-ts/core';
import { rejectionOf } from '@openstack-ts/core/testing';
import { fakeNeutron, invalidField } from '../fake-neutron.fixtures.js';
import { createFloatingIp, deleteFloatingIp, getFloatingIp, listFloatingIps, updateFloatingIp } from './index.js';
import * as fx from './floating-ips.fixtures.js';

const id = fx.create.floatingip.id;
const publicNetwork = fx.create.floatingip.floating_network_id;
const portId = fx.create.floatingip.port_id;
const routerId = fx.create.floatingip.router_id;
const address = fx.create.floatingip.floating_ip_address;

describe('floating IPs', () => {
  it('creates one bound to a port, gets it with its port details', async () => {
    const cloud = fakeNeutron();
    cloud.reply('POST', 'v2.0/floatingips', fx.create, { status: 201 });
    cloud.reply('GET', `v2.0/floatingips/${id}`, fx.get);
    const input = { floating_network_id: publicNetwork, port_id: portId, fixed_ip_address: '10.77.1.50', description: 'recorded' };
    const fip = await createFloatingIp(cloud.client, input);
    expect(cloud.lastRequest().json).toEqual({ floatingip: input });
    expect(fip).toMatchObject({ router_id: routerId, fixed_ip_address: '10.77.1.50', port_details: { name: 'rec-fip-port' } });
    expect((await getFloatingIp(cloud.client, id)).floating_ip_address).toBe(address);
    expect(cloud.lastRequest().path).toBe(`v2.0/floatingips/${id}`);
  });

  it('sends the DNS, subnet, address and QoS fields', async () => {
    const cloud = fakeNeutron();
    cloud.handle('POST', 'v2.0/floatingips', (request) =>
      ({ status: 201, body: 'dns_name' in (request.json as { floatingip: object }).floatingip ? fx.createDns : fx.createAdmin }));
    const dns = { floating_network_id: publicNetwork, dns_name: 'rec-fip', dns_domain: 'rec.openstack-ts.test.' };
    expect((await createFloatingIp(cloud.client, dns)).dns_name).toBe('');
    expect(cloud.lastRequest().json).toEqual({ floatingip: dns });
    const subnetId = '60fe83ee-dea4-4b67-b419-2a59a61bd488';
    const admin = { floating_network_id: publicNetwork, subnet_id: subnetId, floating_ip_address: '172.24.4.202', qos_policy_id: null };
    expect((await createFloatingIp(cloud.client, admin)).floating_ip_address).toBe('172.24.4.202');
    expect(cloud.lastRequest().json).toEqual({ floatingip: admin });
  });

  it('creates in another project (admin)', async () => {
    const cloud = fakeNeutron();
    cloud.reply('POST', 'v2.0/floatingips', fx.createForProject, { status: 201 });
    const project = fx.createForProject.floatingip.project_id;
    const input = { floating_network_id: publicNetwork, project_id: project, description: 'rec-fip-project' };
    expect(await createFloatingIp(cloud.client, input)).toMatchObject({ project_id: project, port_id: null, description: 'rec-fip-project' });
    expect(cloud.lastRequest().json).toEqual({ floatingip: input });
  });

  it('lists with every filter', async () => {
    const cloud = fakeNeutron();
    cloud.reply(
      'GET',
      `v2.0/floatingips?floating_network_id=${publicNetwork}&port_id=${portId}&fixed_ip_address=10.77.1.50&floating_ip_address=${address}&router_id=${routerId}&status=DOWN&description=recorded&id=${id}&tenant_id=t&project_id=p&revision_number=0&tags=a%2Cb&tags-any=c&not-tags=d&not-tags-any=e`,
      fx.listFiltered,
    );
    const query = {
      floating_network_id: publicNetwork, port_id: portId, fixed_ip_address: '10.77.1.50', floating_ip_address: address, router_id: routerId, status: 'DOWN',
      description: 'recorded', id, tenant_id: 't', project_id: 'p', revision_number: 0, tags: ['a', 'b'], 'tags-any': ['c'], 'not-tags': ['d'], 'not-tags-any': ['e'],
    };
    expect((await listFloatingIps(cloud.client, query).all()).map((fip) => fip.id)).toEqual([id]);
    expect(cloud.lastRequest().query.tags).toBe('a,b');
  });

  it('follows floatingips_links, sorting and selecting fields', async () => {
    const cloud = fakeNeutron();
    cloud.reply('GET', `v2.0/floatingips?floating_network_id=${publicNetwork}&limit=1&sort_key=floating_ip_address&sort_dir=desc&fields=id&fields=floating_ip_address&fields=port_forwardings`, fx.listPage1);
    cloud.reply('GET', fx.listPage1.floatingips_links.find((link) => link.rel === 'next')?.href ?? '', { floatingips: [] });
    const fields = ['id', 'floating_ip_address', 'port_forwardings'];
    const all = await listFloatingIps(cloud.client, { floating_network_id: publicNetwork, limit: 1, sort_key: 'floating_ip_address', sort_dir: 'desc', fields }).all();
    expect(all.map((fip) => fip.floating_ip_address)).toEqual([fx.listPage1.floatingips[0]?.floating_ip_address]);
    expect(cloud.serviceRequests()).toHaveLength(2);
  });

  it('shows the port forwardings of a floating IP', async () => {
    const cloud = fakeNeutron();
    const fipId = fx.getWithPortForwardings.floatingip.id;
    cloud.reply('GET', `v2.0/floatingips/${fipId}`, fx.getWithPortForwardings);
    const fip = await getFloatingIp(cloud.client, fipId);
    expect(fip.port_id).toBeNull();
    expect(fip.port_forwardings?.map((pf) => [pf.protocol, pf.internal_port, pf.external_port])).toEqual([['tcp', 80, undefined], ['udp', undefined, undefined], ['tcp', 22, 2222]]);
  });

  it('disassociates with port_id null and associates again', async () => {
    const cloud = fakeNeutron();
    cloud.handle('PUT', `v2.0/floatingips/${id}`, (request) =>
      ({ body: (request.json as { floatingip: { port_id: unknown } }).floatingip.port_id === null ? fx.disassociate : fx.associate }));
    const off = await updateFloatingIp(cloud.client, id, { port_id: null });
    expect(cloud.lastRequest().text).toBe('{"floatingip":{"port_id":null}}');
    expect(off).toMatchObject({ port_id: null, router_id: null, fixed_ip_address: null, port_details: null });
    const on = await updateFloatingIp(cloud.client, id, { port_id: portId, fixed_ip_address: '10.77.1.50', description: 'changed' });
    expect(cloud.lastRequest().json).toEqual({ floatingip: { port_id: portId, fixed_ip_address: '10.77.1.50', description: 'changed' } });
    expect(on).toMatchObject({ port_id: portId, router_id: routerId, description: 'changed' });
  });

  it("reports Neutron's refusals", async () => {
    const cloud = fakeNeutron();
    const net = fx.create.floatingip.port_details.network_id;
    const pfFip = fx.getWithPortForwardings.floatingip.id;
    cloud.reply('POST', 'v2.0/floatingips', fx.notExternal, { status: 400 });
    cloud.reply('PUT', `v2.0/floatingips/${pfFip}`, fx.associateFipWithPf, { status: 409 });
    const notExternal = await createFloatingIp(cloud.client, { floating_network_id: net }).catch((e: unknown) => e);
    expect(isHttpError(notExternal, 400) && notExternal.serviceMessage).toBe(`Bad floatingip request: Network ${net} is not a valid external network.`);
    const inUse = await updateFloatingIp(cloud.client, pfFip, { port_id: 'df0a1768-5df2-4272-8f11-a9b0a9f53e56' }).catch((e: unknown) => e);
    expect(isHttpError(inUse, 409) && inUse.serviceErrorType).toBe('FipInUseByPortForwarding');
  });

  it('deletes; then it is FloatingIPNotFound', async () => {
    const cloud = fakeNeutron();
    cloud.reply('DELETE', `v2.0/floatingips/${id}`, undefined, { status: 204 });
    cloud.reply('GET', `v2.0/floatingips/${id}`, fx.notFound, { status: 404 });
    await expect(deleteFloatingIp(cloud.client, id)).resolves.toBeUndefined();
    expect(cloud.lastRequest().method).toBe('DELETE');
    const missing = await getFloatingIp(cloud.client, id).catch((e: unknown) => e);
    expect(isHttpError(missing, 404) && missing.serviceErrorType).toBe('FloatingIPNotFound');
  });

  it('refuses an empty ID before sending', async () => {
    const cloud = fakeNeutron();
    expect(invalidField(await rejectionOf(getFloatingIp(cloud.client, '')))).toBe('floatingIpId');
    expect(invalidField(await rejectionOf(updateFloatingIp(cloud.client, ' ', { port_id: null })))).toBe('floatingIpId');
    expect(invalidField(await rejectionOf(deleteFloatingIp(cloud.client, '')))).toBe('floatingIpId');
    expect(cloud.requests).toHaveLength(0);
  });
});
