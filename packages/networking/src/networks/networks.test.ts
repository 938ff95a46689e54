import { describe, expect, it } from '@jest/globals';
import { isHttpError, isNameLookupError } from '@openstack-ts/core';
import { rejectionOf } from '@openstack-ts/core/testing';
import { fakeNeutron, invalidField } from '../fake-neutron.fixtures.js';
import { createNetwork, createNetworks, deleteNetwork, findNetworkId, getNetwork, listNetworks, updateNetwork } from './index.js';
import * as fx from './networks.fixtures.js';

const id = fx.create.network.id;

describe('networks', () => {
  it('lists across pages following networks_links, with repeated fields and names', async () => {
    const cloud = fakeNeutron();
    cloud.reply('GET', 'v2.0/networks?name=rec-bulk-1&name=rec-bulk-2&limit=1&sort_key=name&sort_dir=asc&fields=id&fields=name', fx.listPage1);
    const next = fx.listPage1.networks_links[0]?.href ?? '';
    cloud.reply('GET', next, fx.listPage2);
    const last = fx.listPage2.networks_links.find((link) => link.rel === 'next')?.href ?? '';
    cloud.reply('GET', last, { networks: [], networks_links: [] });
    const names = (await listNetworks(cloud.client, { name: ['rec-bulk-1', 'rec-bulk-2'], limit: 1, sort_key: 'name', sort_dir: 'asc', fields: ['id', 'name'] }).all()).map((n) => n.name);
    expect(names).toEqual(['rec-bulk-1', 'rec-bulk-2']);
  });

  it('joins tag filters with commas and passes the other filters', async () => {
    const cloud = fakeNeutron();
    cloud.reply('GET', 'v2.0/networks?tags=a%2Cb&tags-any=c&not-tags=d%2Ce&not-tags-any=f&router%3Aexternal=false&shared=false&status=ACTIVE&admin_state_up=true&mtu=1450&project_id=p&description=x&is_default=false&port_security_enabled=true&provider%3Anetwork_type=vxlan&provider%3Aphysical_network=public&provider%3Asegmentation_id=5&qos_policy_id=q&dns_domain=d.&availability_zone_hints=nova&id=i&revision_number=2&page_reverse=false&marker=m', fx.getMemberView);
    const query = {
      tags: ['a', 'b'], 'tags-any': ['c'], 'not-tags': ['d', 'e'], 'not-tags-any': ['f'], 'router:external': false, shared: false, status: 'ACTIVE',
      admin_state_up: true, mtu: 1450, project_id: 'p', description: 'x', is_default: false, port_security_enabled: true, 'provider:network_type': 'vxlan',
      'provider:physical_network': 'public', 'provider:segmentation_id': 5, qos_policy_id: 'q', dns_domain: 'd.', availability_zone_hints: 'nova', id: 'i',
      revision_number: 2, page_reverse: false, marker: 'm',
    };
    expect((await listNetworks(cloud.client, query).all()).map((n) => n.name)).toEqual(['private']);
    expect(cloud.lastRequest().query.tags).toBe('a,b');
  });

  it('creates with provider attributes, gets, updates and deletes', async () => {
    const cloud = fakeNeutron();
    cloud.reply('POST', 'v2.0/networks', fx.create, { status: 201 });
    cloud.reply('GET', `v2.0/networks/${id}`, fx.get);
    cloud.reply('PUT', `v2.0/networks/${id}`, fx.update);
    cloud.reply('DELETE', `v2.0/networks/${id}`, undefined, { status: 204 });
    const input = { name: 'rec-net', admin_state_up: true, description: 'recorded', mtu: 1400, port_security_enabled: true, dns_domain: 'rec.openstack-ts.test.', 'provider:network_type': 'vlan', 'provider:physical_network': 'public', 'provider:segmentation_id': 101 };
    const network = await createNetwork(cloud.client, input);
    expect(cloud.lastRequest().json).toEqual({ network: input });
    expect(network).toMatchObject({ name: 'rec-net', mtu: 1400, 'provider:segmentation_id': 101 });
    expect((await getNetwork(cloud.client, id)).dns_domain).toBe('rec.openstack-ts.test.');
    expect(await updateNetwork(cloud.client, id, { name: 'rec-net-2', description: 'changed', mtu: 1300 })).toMatchObject({ name: 'rec-net-2', mtu: 1300 });
    expect(cloud.lastRequest().json).toEqual({ network: { name: 'rec-net-2', description: 'changed', mtu: 1300 } });
    await deleteNetwork(cloud.client, id);
    expect(cloud.lastRequest().method).toBe('DELETE');
  });

  it('creates several networks in one request', async () => {
    const cloud = fakeNeutron();
    cloud.reply('POST', 'v2.0/networks', fx.bulk, { status: 201 });
    const networks = await createNetworks(cloud.client, [{ name: 'rec-bulk-1' }, { name: 'rec-bulk-2', admin_state_up: false }]);
    expect(networks.map((n) => [n.name, n.admin_state_up])).toEqual([['rec-bulk-1', true], ['rec-bulk-2', false]]);
    expect(cloud.lastRequest().json).toEqual({ networks: [{ name: 'rec-bulk-1' }, { name: 'rec-bulk-2', admin_state_up: false }] });
  });

  it("Neutron's errors name their type", async () => {
    const cloud = fakeNeutron();
    cloud.reply('GET', 'v2.0/networks/00000000-0000-0000-0000-000000000000', fx.notFound, { status: 404 });
    cloud.reply('POST', 'v2.0/networks', fx.externalCreate, { status: 409 });
    const missing = await getNetwork(cloud.client, '00000000-0000-0000-0000-000000000000').catch((e: unknown) => e);
    expect(isHttpError(missing, 404) && missing.serviceErrorType).toBe('NetworkNotFound');
    const conflict = await createNetwork(cloud.client, { name: 'rec-ext', 'router:external': true }).catch((e: unknown) => e);
    expect(isHttpError(conflict, 409) && [conflict.serviceErrorType, conflict.serviceMessage]).toEqual(['FlatNetworkInUse', 'Unable to create the flat network. Physical network public is in use.']);
  });

  it('findNetworkId takes an ID first, then a unique name', async () => {
    const cloud = fakeNeutron();
    cloud.reply('GET', `v2.0/networks/${fx.get.network.id}`, fx.get);
    cloud.reply('GET', 'v2.0/networks/private', fx.notFound, { status: 404 });
    cloud.reply('GET', 'v2.0/networks?name=private&fields=id&fields=name', fx.getMemberView);
    cloud.reply('GET', 'v2.0/networks/none', fx.notFound, { status: 404 });
    cloud.reply('GET', 'v2.0/networks?name=none&fields=id&fields=name', { networks: [] });
    expect(await findNetworkId(cloud.client, fx.get.network.id)).toEqual({ id: fx.get.network.id, matchedBy: 'id' });
    expect(cloud.serviceRequests()).toHaveLength(1);
    expect(await findNetworkId(cloud.client, 'private')).toEqual({ id: fx.getMemberView.networks[0]?.id, matchedBy: 'name' });
    expect(cloud.serviceRequests().slice(1).map((r) => r.url)).toEqual([
      'http://127.0.0.1:9696/v2.0/networks/private',
      'http://127.0.0.1:9696/v2.0/networks?name=private&fields=id&fields=name',
    ]);
    const none = await rejectionOf(findNetworkId(cloud.client, 'none'));
    expect(isNameLookupError(none) && [none.reason, none.lookupName]).toEqual(['none', 'none']);
    expect(invalidField(await rejectionOf(findNetworkId(cloud.client, '')))).toBe('nameOrId');
  });
});
