import { describe, expect, it } from '@jest/globals';
import { isHttpError, isInvalidInputError } from '@openstack-ts/core';
import { rejectionOf } from '@openstack-ts/core/testing';
import { fakeNeutron } from '../fake-neutron.fixtures.js';
import { getNetworkIpAvailability, listNetworkIpAvailabilities } from './index.js';
import * as fx from './network-ip-availabilities.fixtures.js';

const network = 'bec8ac3c-ed87-43db-a954-d21d483b4b71';
const admin = 'fce686c7d1ca46108d67d3c934f443fb';
const json = { 'content-type': 'application/json' };

describe('network IP availabilities', () => {
  it('shows the usage of a network per subnet; IPv6 totals are beyond exact numbers', async () => {
    const cloud = fakeNeutron();
    cloud.reply('GET', `v2.0/network-ip-availabilities/${network}`, fx.getText, { headers: json });
    const availability = await getNetworkIpAvailability(cloud.client, network);
    expect(cloud.lastRequest().method).toBe('GET');
    expect(availability).toMatchObject({ network_id: network, network_name: 'rec-ipa-net', project_id: admin, tenant_id: admin, used_ips: 2 });
    expect(availability.subnet_ip_availability.map((s) => [s.subnet_name, s.ip_version, s.cidr, s.used_ips])).toEqual([
      ['rec-ipa-subnet', 4, '10.77.0.0/28', 1],
      ['rec-ipa-subnet6', 6, 'fd00:77::/64', 1],
    ]);
    expect(availability.subnet_ip_availability[0]?.total_ips).toBe(13);
    // 18446744073709551615 on the wire: the nearest double is 2^64.
    expect(availability.subnet_ip_availability[1]?.total_ips).toBe(2 ** 64);
    expect(Number.isSafeInteger(availability.total_ips)).toBe(false);
  });

  it('lists with every filter', async () => {
    const cloud = fakeNeutron();
    cloud.reply('GET', `v2.0/network-ip-availabilities?network_id=${network}&network_name=rec-ipa-net&ip_version=4&project_id=${admin}`, fx.list);
    const availabilities = await listNetworkIpAvailabilities(cloud.client, { network_id: network, network_name: 'rec-ipa-net', ip_version: 4, project_id: admin }).all();
    expect(availabilities).toHaveLength(1);
    expect(availabilities[0]).toMatchObject({ used_ips: 1, total_ips: 13 });
    expect(availabilities[0]?.subnet_ip_availability.map((s) => s.ip_version)).toEqual([4]);
  });

  it('sorts, pages from a marker and filters by tenant_id', async () => {
    const cloud = fakeNeutron();
    const publicNetwork = '2c054f6a-d272-4c55-9cb2-abd3f2c87fda';
    cloud.reply(
      'GET',
      `v2.0/network-ip-availabilities?network_id=${publicNetwork}&tenant_id=${admin}&sort_key=network_id&sort_dir=asc&marker=00000000-0000-0000-0000-000000000000&page_reverse=false`,
      fx.listSorted,
    );
    const query = { network_id: publicNetwork, tenant_id: admin, sort_key: 'network_id', sort_dir: 'asc' as const, marker: '00000000-0000-0000-0000-000000000000', page_reverse: false };
    const [availability] = await listNetworkIpAvailabilities(cloud.client, query).all();
    expect(availability?.subnet_ip_availability.map((s) => [s.subnet_name, s.cidr, s.total_ips])).toEqual([['public-subnet', '172.24.4.0/24', 253]]);
  });

  it('follows network_ip_availabilities_links, with fields repeated', async () => {
    const cloud = fakeNeutron();
    cloud.reply('GET', 'v2.0/network-ip-availabilities?network_name=rec-ipa-net&limit=1&fields=network_id&fields=network_name&fields=used_ips', fx.page1);
    const next = fx.page1.network_ip_availabilities_links.find((link) => link.rel === 'next')?.href ?? '';
    cloud.reply('GET', next, fx.page2);
    const pages: number[] = [];
    for await (const page of listNetworkIpAvailabilities(cloud.client, { network_name: 'rec-ipa-net', limit: 1, fields: ['network_id', 'network_name', 'used_ips'] }).byPage()) pages.push(page.length);
    expect(pages).toEqual([1]);
    expect(cloud.serviceRequests().map((r) => r.url)).toEqual([
      'http://127.0.0.1:9696/v2.0/network-ip-availabilities?network_name=rec-ipa-net&limit=1&fields=network_id&fields=network_name&fields=used_ips',
      next,
    ]);
  });

  it('is for admins: a member sees nothing, and a missing network is NetworkNotFound', async () => {
    const cloud = fakeNeutron();
    cloud.reply('GET', 'v2.0/network-ip-availabilities', fx.memberList);
    cloud.reply('GET', `v2.0/network-ip-availabilities/${network}`, fx.memberGet, { status: 404 });
    cloud.reply('GET', 'v2.0/network-ip-availabilities/00000000-0000-0000-0000-000000000000', fx.notFound, { status: 404 });
    expect(await listNetworkIpAvailabilities(cloud.client).all()).toEqual([]);
    const hidden = await getNetworkIpAvailability(cloud.client, network).catch((e: unknown) => e);
    expect(isHttpError(hidden, 404) && hidden.serviceErrorType).toBe('HTTPNotFound');
    const missing = await getNetworkIpAvailability(cloud.client, '00000000-0000-0000-0000-000000000000').catch((e: unknown) => e);
    expect(isHttpError(missing, 404) && missing.serviceErrorType).toBe('NetworkNotFound');
  });

  it('refuses an empty network ID before sending', async () => {
    const cloud = fakeNeutron();
    const error = await rejectionOf(getNetworkIpAvailability(cloud.client, ''));
    expect(isInvalidInputError(error) && error.field).toBe('networkId');
    expect(cloud.requests).toHaveLength(0);
  });
});
