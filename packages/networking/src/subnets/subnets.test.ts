import { describe, expect, it } from '@jest/globals';
import { isHttpError, isInvalidInputError, isNameLookupError } from '@openstack-ts/core';
import { rejectionOf } from '@openstack-ts/core/testing';
import { fakeNeutron, invalidField } from '../fake-neutron.fixtures.js';
import { createSubnet, createSubnets, deleteSubnet, findSubnetId, getSubnet, listSubnets, updateSubnet, type CreateSubnetInput } from './index.js';
import * as fx from './subnets.fixtures.js';

const id = fx.create.subnet.id;
const net = fx.create.subnet.network_id;
const missing = '00000000-0000-0000-0000-000000000000';
const sent = (cloud: ReturnType<typeof fakeNeutron>) => cloud.requests.filter((request) => request.path.startsWith('v2.0/'));

describe('subnets', () => {
  it('lists across pages following subnets_links, with repeated names, fields and sorting', async () => {
    const cloud = fakeNeutron();
    cloud.reply('GET', 'v2.0/subnets?name=rec-bulk-1&name=rec-bulk-2&limit=1&sort_key=name&sort_dir=asc&fields=id&fields=name&fields=cidr', fx.listPage1);
    cloud.reply('GET', fx.listPage1.subnets_links[0]?.href ?? '', fx.listPage2);
    cloud.reply('GET', fx.listPage2.subnets_links.find((link) => link.rel === 'next')?.href ?? '', fx.listPage3);
    const subnets = await listSubnets(cloud.client, { name: ['rec-bulk-1', 'rec-bulk-2'], limit: 1, sort_key: 'name', sort_dir: 'asc', fields: ['id', 'name', 'cidr'] }).all();
    expect(subnets.map((subnet) => [subnet.name, subnet.cidr])).toEqual([['rec-bulk-1', '10.52.0.0/24'], ['rec-bulk-2', '10.53.0.0/24']]);
    expect(sent(cloud).length).toBe(3);
  });

  it('filters by network, version, CIDR, gateway, DHCP, name and description', async () => {
    const cloud = fakeNeutron();
    cloud.reply('GET', `v2.0/subnets?network_id=${net}&ip_version=4&cidr=10.50.0.0%2F24&gateway_ip=10.50.0.1&enable_dhcp=false&name=rec-subnet&description=recorded`, fx.listFiltered);
    const query = { network_id: net, ip_version: 4, cidr: '10.50.0.0/24', gateway_ip: '10.50.0.1', enable_dhcp: false, name: 'rec-subnet', description: 'recorded' } as const;
    expect((await listSubnets(cloud.client, query).all()).map((subnet) => subnet.id)).toEqual([id]);
  });

  it('filters by IPv6 modes, subnet pool, segment, project, sharing and revision', async () => {
    const cloud = fakeNeutron();
    cloud.reply('GET', `v2.0/subnets?network_id=${net}&ipv6_ra_mode=slaac&ipv6_address_mode=slaac`, fx.listV6);
    const v6 = await listSubnets(cloud.client, { network_id: net, ipv6_ra_mode: 'slaac', ipv6_address_mode: 'slaac' }).all();
    expect(v6.map((subnet) => [subnet.cidr, subnet.ipv6_ra_mode, subnet.ipv6_address_mode])).toEqual([['fd00:50::/64', 'slaac', 'slaac']]);
    const poolId = fx.createFromPool.subnet.subnetpool_id;
    cloud.reply('GET', `v2.0/subnets?subnetpool_id=${poolId}`, fx.listByPool);
    expect((await listSubnets(cloud.client, { subnetpool_id: poolId }).all()).map((subnet) => subnet.cidr)).toEqual(['10.120.0.0/26']);
    const { segment_id: segmentId, project_id: projectId } = fx.createSegment.subnet;
    cloud.reply('GET', `v2.0/subnets?segment_id=${segmentId}&project_id=${projectId}&shared=false&revision_number=1`, fx.listSegment);
    const onSegment = await listSubnets(cloud.client, { segment_id: segmentId, project_id: projectId, shared: false, revision_number: 1 }).all();
    expect(onSegment.map((subnet) => subnet.segment_id)).toEqual([segmentId]);
  });

  it('joins tag filters and passes id, marker and page_reverse', async () => {
    const cloud = fakeNeutron();
    cloud.reply('GET', `v2.0/subnets?tags=a%2Cb&tags-any=c&not-tags=d&not-tags-any=e&id=${id}&marker=m&page_reverse=false`, fx.listFiltered);
    await listSubnets(cloud.client, { tags: ['a', 'b'], 'tags-any': ['c'], 'not-tags': ['d'], 'not-tags-any': ['e'], id, marker: 'm', page_reverse: false }).all();
    expect(cloud.lastRequest().query).toMatchObject({ tags: 'a,b', 'not-tags': 'd' });
  });

  it('sends the dns_publish_fixed_ip filter; without its extension Neutron refuses it', async () => {
    const cloud = fakeNeutron();
    cloud.reply('GET', 'v2.0/subnets?dns_publish_fixed_ip=true', fx.dnsPublishFilter, { status: 400 });
    const error = await listSubnets(cloud.client, { dns_publish_fixed_ip: true }).all().catch((e: unknown) => e);
    expect(isHttpError(error, 400) && error.serviceMessage).toBe("['dns_publish_fixed_ip'] is invalid attribute for filtering");
  });

  it('creates with pools, host routes and DNS servers, gets, updates and deletes', async () => {
    const cloud = fakeNeutron();
    cloud.reply('POST', 'v2.0/subnets', fx.create, { status: 201 });
    cloud.reply('GET', `v2.0/subnets/${id}`, fx.get);
    cloud.reply('PUT', `v2.0/subnets/${id}`, fx.update);
    cloud.reply('DELETE', `v2.0/subnets/${id}`, undefined, { status: 204 });
    const input: CreateSubnetInput = {
      name: 'rec-subnet', description: 'recorded', network_id: net, ip_version: 4, cidr: '10.50.0.0/24', gateway_ip: '10.50.0.1',
      allocation_pools: [{ start: '10.50.0.10', end: '10.50.0.100' }], host_routes: [{ destination: '10.60.0.0/24', nexthop: '10.50.0.5' }],
      dns_nameservers: ['10.50.0.2', '10.50.0.3'], enable_dhcp: false,
    };
    const subnet = await createSubnet(cloud.client, input);
    expect(cloud.lastRequest().json).toEqual({ subnet: input });
    expect(subnet).toMatchObject({ allocation_pools: input.allocation_pools, host_routes: input.host_routes, dns_nameservers: input.dns_nameservers, subnetpool_id: null, revision_number: 0 });
    expect(await getSubnet(cloud.client, id)).toEqual(fx.get.subnet);
    const update = { name: 'rec-subnet-2', description: 'changed', gateway_ip: null, allocation_pools: [{ start: '10.50.0.20', end: '10.50.0.200' }], host_routes: [], dns_nameservers: ['10.50.0.4'], enable_dhcp: true };
    expect(await updateSubnet(cloud.client, id, update)).toMatchObject(update);
    expect(cloud.lastRequest().json).toEqual({ subnet: update });
    await deleteSubnet(cloud.client, id);
    expect(cloud.lastRequest()).toMatchObject({ method: 'DELETE', path: `v2.0/subnets/${id}` });
  });

  it('creates without a gateway, and an IPv6 SLAAC subnet', async () => {
    const cloud = fakeNeutron();
    cloud.reply('POST', 'v2.0/subnets', fx.createNoGateway, { status: 201 });
    expect((await createSubnet(cloud.client, { name: 'rec-subnet-nogw', network_id: net, ip_version: 4, cidr: '10.51.0.0/24', gateway_ip: null })).gateway_ip).toBeNull();
    expect(cloud.lastRequest().json).toEqual({ subnet: { name: 'rec-subnet-nogw', network_id: net, ip_version: 4, cidr: '10.51.0.0/24', gateway_ip: null } });
    cloud.reply('POST', 'v2.0/subnets', fx.createV6, { status: 201 });
    const v6 = { name: 'rec-subnet-v6', network_id: net, ip_version: 6, cidr: 'fd00:50::/64', ipv6_ra_mode: 'slaac', ipv6_address_mode: 'slaac' } as const;
    expect(await createSubnet(cloud.client, v6)).toMatchObject({ ip_version: 6, gateway_ip: 'fd00:50::', ipv6_ra_mode: 'slaac' });
    expect(cloud.lastRequest().json).toEqual({ subnet: v6 });
  });

  it('allocates from a subnet pool with prefixlen, or from the default pool', async () => {
    const cloud = fakeNeutron();
    const { subnetpool_id: poolId, network_id: poolNet } = fx.createFromPool.subnet;
    cloud.reply('POST', 'v2.0/subnets', fx.createFromPool, { status: 201 });
    const fromPool = { name: 'rec-subnet-pool', network_id: poolNet, ip_version: 4, subnetpool_id: poolId, prefixlen: 26 } as const;
    expect((await createSubnet(cloud.client, fromPool)).cidr).toBe('10.120.0.0/26');
    expect(cloud.lastRequest().json).toEqual({ subnet: fromPool });
    cloud.reply('POST', 'v2.0/subnets', fx.createDefaultPool, { status: 201 });
    const fromDefault = { name: 'rec-subnet-default', network_id: fx.createDefaultPool.subnet.network_id, ip_version: 6, use_default_subnetpool: true } as const;
    expect(await createSubnet(cloud.client, fromDefault)).toMatchObject({ cidr: 'fd77:1::/64', subnetpool_id: fx.createDefaultPool.subnet.subnetpool_id });
    expect(cloud.lastRequest().json).toEqual({ subnet: fromDefault });
  });

  it('creates on a segment with service types (admin), and with service types as the member', async () => {
    const cloud = fakeNeutron();
    const { segment_id: segmentId, network_id: segmentNet } = fx.createSegment.subnet;
    cloud.reply('POST', 'v2.0/subnets', fx.createSegment, { status: 201 });
    const input: CreateSubnetInput = { name: 'rec-subnet-seg', network_id: segmentNet, ip_version: 4, cidr: '10.57.0.0/24', segment_id: segmentId, service_types: ['compute:nova'] };
    expect(await createSubnet(cloud.client, input)).toMatchObject({ segment_id: segmentId, service_types: ['compute:nova'] });
    expect(cloud.lastRequest().json).toEqual({ subnet: input });
    cloud.reply('POST', 'v2.0/subnets', fx.memberServiceTypes, { status: 201 });
    const member = await createSubnet(cloud.client, { network_id: net, ip_version: 4, cidr: '10.56.0.0/24', service_types: ['compute:nova'] });
    expect(member.service_types).toEqual(['compute:nova']);
    expect(member.segment_id).toBeUndefined();
  });

  it('sends dns_publish_fixed_ip and project_id; Neutron without the extension refuses the attribute', async () => {
    const cloud = fakeNeutron();
    cloud.reply('POST', 'v2.0/subnets', fx.dnsPublish, { status: 400 });
    const input = { network_id: net, ip_version: 4, cidr: '10.55.0.0/24', dns_publish_fixed_ip: true, project_id: fx.create.subnet.project_id } as const;
    const error = await createSubnet(cloud.client, input).catch((e: unknown) => e);
    expect(cloud.lastRequest().json).toEqual({ subnet: input });
    expect(isHttpError(error, 400) && [error.serviceErrorType, error.serviceMessage]).toEqual(['HTTPBadRequest', "Unrecognized attribute(s) 'dns_publish_fixed_ip'"]);
  });

  it('creates several subnets in one request', async () => {
    const cloud = fakeNeutron();
    cloud.reply('POST', 'v2.0/subnets', fx.bulk, { status: 201 });
    const inputs = [
      { name: 'rec-bulk-1', network_id: net, ip_version: 4, cidr: '10.52.0.0/24' },
      { name: 'rec-bulk-2', network_id: net, ip_version: 4, cidr: '10.53.0.0/24', enable_dhcp: false },
    ] as const;
    const subnets = await createSubnets(cloud.client, inputs);
    expect(cloud.lastRequest().json).toEqual({ subnets: inputs });
    expect(subnets.map((subnet) => [subnet.name, subnet.cidr, subnet.enable_dhcp])).toEqual([['rec-bulk-1', '10.52.0.0/24', true], ['rec-bulk-2', '10.53.0.0/24', false]]);
  });

  it('refuses a subnet without CIDR or pool, with two pools, or with cidr and prefixlen, before sending', async () => {
    const cloud = fakeNeutron();
    const noCidr = await rejectionOf(createSubnet(cloud.client, { network_id: net, ip_version: 4 }));
    expect(isInvalidInputError(noCidr) && noCidr.field).toBe('cidr');
    const nullPool = await rejectionOf(createSubnet(cloud.client, { network_id: net, ip_version: 4, subnetpool_id: null }));
    expect(isInvalidInputError(nullPool) && nullPool.field).toBe('cidr');
    const both = await rejectionOf(createSubnet(cloud.client, { network_id: net, ip_version: 4, subnetpool_id: missing, use_default_subnetpool: true }));
    expect(isInvalidInputError(both) && both.field).toBe('use_default_subnetpool');
    const sized = await rejectionOf(createSubnet(cloud.client, { network_id: net, ip_version: 4, cidr: '10.9.0.0/24', prefixlen: 26 }));
    expect(isInvalidInputError(sized) && sized.field).toBe('prefixlen');
    const bulk = await rejectionOf(createSubnets(cloud.client, [{ network_id: net, ip_version: 4, cidr: '10.9.0.0/24' }, { network_id: net, ip_version: 6 }]));
    expect(isInvalidInputError(bulk) && bulk.message).toMatch(/^subnet 1: /);
    expect(invalidField(await rejectionOf(getSubnet(cloud.client, '')))).toBe('subnetId');
    expect(invalidField(await rejectionOf(updateSubnet(cloud.client, '', { name: 'x' })))).toBe('subnetId');
    expect(invalidField(await rejectionOf(deleteSubnet(cloud.client, ' ')))).toBe('subnetId');
    expect(sent(cloud)).toEqual([]);
  });

  it("Neutron's errors name their type", async () => {
    const cloud = fakeNeutron();
    cloud.reply('GET', `v2.0/subnets/${missing}`, fx.notFound, { status: 404 });
    const notFound = await getSubnet(cloud.client, missing).catch((e: unknown) => e);
    expect(isHttpError(notFound, 404) && notFound.serviceErrorType).toBe('SubnetNotFound');
    cloud.reply('POST', 'v2.0/subnets', fx.gatewayConflict, { status: 409 });
    const conflict = await createSubnet(cloud.client, { network_id: net, ip_version: 4, cidr: '10.54.0.0/24', gateway_ip: '10.54.0.50', allocation_pools: [{ start: '10.54.0.10', end: '10.54.0.100' }] }).catch((e: unknown) => e);
    expect(isHttpError(conflict, 409) && conflict.serviceErrorType).toBe('GatewayConflictWithAllocationPools');
    cloud.reply('POST', 'v2.0/subnets', fx.useDefaultNone, { status: 400 });
    const noDefault = await createSubnet(cloud.client, { network_id: net, ip_version: 6, use_default_subnetpool: true }).catch((e: unknown) => e);
    expect(isHttpError(noDefault, 400) && noDefault.serviceMessage).toBe('Bad subnets request: No default subnetpool found for IPv6.');
    cloud.reply('PUT', `v2.0/subnets/${id}`, fx.updateCidr, { status: 400 });
    const readOnly = await updateSubnet(cloud.client, id, { cidr: '10.50.1.0/24' } as never).catch((e: unknown) => e);
    expect(isHttpError(readOnly, 400) && readOnly.serviceMessage).toBe('Cannot update read-only attribute cidr');
    cloud.reply('DELETE', `v2.0/subnets/${id}`, fx.deleteInUse, { status: 409 });
    const inUse = await deleteSubnet(cloud.client, id).catch((e: unknown) => e);
    expect(isHttpError(inUse, 409) && inUse.serviceErrorType).toBe('SubnetInUse');
  });

  it('findSubnetId takes an ID first, then a unique name', async () => {
    const cloud = fakeNeutron();
    cloud.reply('GET', `v2.0/subnets/${fx.get.subnet.id}`, fx.get);
    cloud.reply('GET', 'v2.0/subnets/rec-subnet', fx.notFound, { status: 404 });
    cloud.reply('GET', 'v2.0/subnets?name=rec-subnet&fields=id&fields=name', fx.find);
    cloud.reply('GET', 'v2.0/subnets/none', fx.notFound, { status: 404 });
    cloud.reply('GET', 'v2.0/subnets?name=none&fields=id&fields=name', { subnets: [] });
    expect(await findSubnetId(cloud.client, fx.get.subnet.id)).toEqual({ id: fx.get.subnet.id, matchedBy: 'id' });
    expect(cloud.serviceRequests()).toHaveLength(1);
    expect(await findSubnetId(cloud.client, 'rec-subnet')).toEqual({ id: id, matchedBy: 'name' });
    expect(cloud.serviceRequests().slice(1).map((r) => r.url)).toEqual([
      'http://127.0.0.1:9696/v2.0/subnets/rec-subnet',
      'http://127.0.0.1:9696/v2.0/subnets?name=rec-subnet&fields=id&fields=name',
    ]);
    const none = await rejectionOf(findSubnetId(cloud.client, 'none'));
    expect(isNameLookupError(none) && [none.reason, none.lookupName]).toEqual(['none', 'none']);
    expect(invalidField(await rejectionOf(findSubnetId(cloud.client, '')))).toBe('nameOrId');
  });
});
