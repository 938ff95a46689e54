import { describe, expect, it } from '@jest/globals';
import { isHttpError } from '@openstack-ts/core';
import { rejectionOf } from '@openstack-ts/core/testing';
import {
  getHypervisor,
  getHypervisorStatistics,
  getHypervisorUptime,
  listHypervisorServers,
  listHypervisorSummaries,
  listHypervisors,
  searchHypervisors,
} from './index.js';
import * as fx from './hypervisors.fixtures.js';
import { fakeNova as nova, inputRefusal, microversionRefusal } from '../fake-nova.fixtures.js';

const ID = 'be72da63-6dd7-4098-ac48-6512b9713cac';
const HOST = 'host-ovs-filter-active';

describe('hypervisors', () => {
  it('lists hypervisors, following hypervisors_links from a limit', async () => {
    const cloud = nova();
    cloud.reply('GET', 'os-hypervisors?limit=1', fx.listPage1);
    cloud.reply('GET', `os-hypervisors?limit=1&marker=${ID}`, fx.listPage2);
    const pages: unknown[][] = [];
    for await (const page of listHypervisorSummaries(cloud.client, { limit: 1 }).byPage()) pages.push(page);
    expect(pages).toEqual([[{ id: ID, hypervisor_hostname: HOST, state: 'up', status: 'enabled' }]]);
    expect(cloud.serviceRequests().map((r) => r.query)).toEqual([{ limit: '1' }, { limit: '1', marker: ID }]);
    expect(cloud.lastRequest().headers['openstack-api-version']).toBe('compute 2.93');
  });

  it('lists summaries and details without a query', async () => {
    const cloud = nova();
    cloud.reply('GET', 'os-hypervisors', fx.list);
    cloud.reply('GET', 'os-hypervisors/detail', fx.detail);
    expect(await listHypervisorSummaries(cloud.client).all()).toEqual(fx.list.hypervisors);
    expect(cloud.lastRequest().url).toBe('http://127.0.0.1:8774/v2.1/os-hypervisors');
    expect(await listHypervisors(cloud.client).all()).toEqual(fx.detail.hypervisors);
    expect(cloud.lastRequest().url).toBe('http://127.0.0.1:8774/v2.1/os-hypervisors/detail');
  });

  it('lists from a marker', async () => {
    const cloud = nova();
    cloud.reply('GET', `os-hypervisors?marker=${ID}`, fx.listPage2);
    expect(await listHypervisorSummaries(cloud.client, { marker: ID }).all()).toEqual([]);
    expect(cloud.lastRequest().query).toEqual({ marker: ID });
  });

  it('lists by host name pattern with servers (2.53)', async () => {
    const cloud = nova();
    cloud.reply('GET', 'os-hypervisors?hypervisor_hostname_pattern=host-ovs&with_servers=true', fx.listByPattern);
    const [hypervisor] = await listHypervisorSummaries(cloud.client, { hypervisor_hostname_pattern: 'host-ovs', with_servers: true }).all();
    expect(cloud.lastRequest().query).toEqual({ hypervisor_hostname_pattern: 'host-ovs', with_servers: 'true' });
    expect(hypervisor?.servers).toEqual([]);
  });

  it('surfaces the 404 Nova gives a pattern that matches nothing', async () => {
    const cloud = nova();
    cloud.reply('GET', 'os-hypervisors?hypervisor_hostname_pattern=nomatch', fx.patternNotFound, { status: 404 });
    const error = await rejectionOf(() => listHypervisorSummaries(cloud.client, { hypervisor_hostname_pattern: 'nomatch' }));
    expect(isHttpError(error, 404)).toBe(true);
    expect(String(error)).toMatch(/No hypervisor matching 'nomatch' could be found/);
  });

  it('refuses paging with a pattern, and filters or paging the microversion lacks, without sending', async () => {
    const cloud = nova();
    expect(await inputRefusal(() => listHypervisorSummaries(cloud.client, { hypervisor_hostname_pattern: 'host', limit: 1 }))).toMatchObject({ name: 'InvalidInputError', field: 'hypervisor_hostname_pattern' });
    const v252 = nova('2.52');
    expect(await microversionRefusal(() => listHypervisorSummaries(v252.client, { hypervisor_hostname_pattern: 'host' }))).toBe('The hypervisor_hostname_pattern filter requires compute microversion 2.53 or later; this call uses 2.52');
    expect(await microversionRefusal(() => listHypervisors(v252.client, { with_servers: true }))).toBe('The with_servers parameter requires compute microversion 2.53 or later; this call uses 2.52');
    expect(await microversionRefusal(async () => getHypervisor(v252.client, 1, { with_servers: true }))).toBe('The with_servers parameter requires compute microversion 2.53 or later; this call uses 2.52');
    const v232 = nova('2.32');
    expect(await microversionRefusal(() => listHypervisorSummaries(v232.client, { limit: 1 }))).toBe('Paging hypervisors requires compute microversion 2.33 or later; this call uses 2.32');
    expect(await microversionRefusal(() => listHypervisorSummaries(v232.client, { marker: 1 }))).toBe('Paging hypervisors requires compute microversion 2.33 or later; this call uses 2.32');
    expect([...cloud.requests, ...v252.requests, ...v232.requests]).toHaveLength(0);
  });

  it('lists integer IDs before 2.53 and pages by an integer marker (2.33)', async () => {
    const cloud = nova('2.33');
    cloud.reply('GET', 'os-hypervisors?limit=1', fx.list233Page1);
    cloud.reply('GET', 'os-hypervisors?limit=1&marker=1', fx.list233Page2);
    const hypervisors = await listHypervisorSummaries(cloud.client, { limit: 1 }).all();
    expect(hypervisors.map((h) => h.id)).toEqual([1]);
    expect(cloud.lastRequest().headers['openstack-api-version']).toBe('compute 2.33');
    const old = nova('2.52');
    old.reply('GET', 'os-hypervisors', fx.list252);
    expect((await listHypervisorSummaries(old.client).all())[0]?.id).toBe(1);
  });

  it('lists details: from 2.88 uptime, no counters', async () => {
    const cloud = nova();
    cloud.reply('GET', 'os-hypervisors/detail?limit=1', fx.detailPage1);
    cloud.reply('GET', `os-hypervisors/detail?limit=1&marker=${ID}`, fx.detailPage2);
    const [hypervisor, ...rest] = await listHypervisors(cloud.client, { limit: 1 }).all();
    expect(rest).toEqual([]);
    expect(hypervisor).toEqual({
      id: ID,
      hypervisor_hostname: HOST,
      state: 'up',
      status: 'enabled',
      hypervisor_type: 'fake',
      hypervisor_version: 1000,
      host_ip: '127.0.0.1',
      service: { id: 'b95d23e9-c267-4647-90fb-904575fea18f', host: HOST, disabled_reason: null },
      uptime: null,
    });
    expect(hypervisor?.vcpus).toBeUndefined();
  });

  it('lists details with counters and cpu_info before 2.88', async () => {
    const cloud = nova('2.87');
    cloud.reply('GET', 'os-hypervisors/detail?with_servers=true', fx.detail287);
    const [hypervisor] = await listHypervisors(cloud.client, { with_servers: true }).all();
    expect(hypervisor).toMatchObject({ vcpus: 1000, memory_mb: 800000, running_vms: 0, servers: [], cpu_info: { arch: 'x86_64' } });
    expect(hypervisor?.uptime).toBeUndefined();
  });

  it('gets a hypervisor by UUID, with its servers', async () => {
    const cloud = nova();
    cloud.reply('GET', `os-hypervisors/${ID}`, fx.get);
    cloud.reply('GET', `os-hypervisors/${ID}?with_servers=true`, fx.getWithServers);
    expect(await getHypervisor(cloud.client, ID)).toEqual(fx.get.hypervisor);
    expect(cloud.lastRequest().query).toEqual({});
    expect((await getHypervisor(cloud.client, ID, { with_servers: true })).servers).toEqual([]);
    expect(cloud.lastRequest().query).toEqual({ with_servers: 'true' });
  });

  it('gets a hypervisor by integer ID before 2.53; cpu_info is a string before 2.28', async () => {
    const v252 = nova('2.52');
    v252.reply('GET', 'os-hypervisors/1', fx.get252);
    const hypervisor = await getHypervisor(v252.client, 1);
    expect(hypervisor).toMatchObject({ id: 1, service: { id: 4 }, running_vms: 1, cpu_info: { model: 'Nehalem' } });
    const v21 = nova('2.1');
    v21.reply('GET', 'os-hypervisors/1', fx.get21);
    expect(typeof (await getHypervisor(v21.client, '1')).cpu_info).toBe('string');
    const v287 = nova('2.87');
    v287.reply('GET', `os-hypervisors/${ID}`, fx.get287);
    expect(await getHypervisor(v287.client, ID)).toMatchObject({ id: ID, vcpus: 1000, free_disk_gb: 600000, disk_available_least: 0 });
    expect(v21.lastRequest().headers['x-openstack-nova-api-version']).toBe('2.1');
  });

  it('surfaces the 400 Nova gives an integer ID from 2.53, and refuses a bad ID before sending', async () => {
    const cloud = nova();
    cloud.reply('GET', 'os-hypervisors/1', fx.getIntegerId, { status: 400 });
    const error = await rejectionOf(async () => getHypervisor(cloud.client, 1));
    expect(isHttpError(error, 400)).toBe(true);
    expect(String(error)).toMatch(/Invalid uuid 1/);
    expect(await inputRefusal(async () => getHypervisor(cloud.client, -1))).toMatchObject({ name: 'InvalidInputError', field: 'hypervisorId' });
    expect(await inputRefusal(async () => getHypervisor(cloud.client, ''))).toMatchObject({ name: 'InvalidInputError', field: 'hypervisorId' });
    expect(cloud.serviceRequests()).toHaveLength(1);
  });

  it('gets statistics before 2.88', async () => {
    const cloud = nova('2.87');
    cloud.reply('GET', 'os-hypervisors/statistics', fx.statistics287);
    const stats = await getHypervisorStatistics(cloud.client);
    expect(stats).toEqual(fx.statistics287.hypervisor_statistics);
    expect(stats.count).toBe(1);
    expect(cloud.lastRequest().headers['openstack-api-version']).toBe('compute 2.87');
  });

  it('pins 2.87 per call for statistics, and refuses them from 2.88 without sending', async () => {
    const cloud = nova();
    expect(await microversionRefusal(async () => getHypervisorStatistics(cloud.client))).toBe('Hypervisor statistics was removed in compute microversion 2.88; this call uses 2.93');
    expect(cloud.requests).toHaveLength(0);
    cloud.reply('GET', 'os-hypervisors/statistics', fx.statistics287);
    await getHypervisorStatistics(cloud.client, { microversion: '2.87' });
    expect(cloud.lastRequest().headers['openstack-api-version']).toBe('compute 2.87');
  });

  it('asks for the uptime before 2.88 (the fake driver answers 501), and refuses it from 2.88', async () => {
    const cloud = nova('2.87');
    cloud.reply('GET', `os-hypervisors/${ID}/uptime`, fx.uptime287, { status: 501 });
    const error = await rejectionOf(async () => getHypervisorUptime(cloud.client, ID));
    expect(isHttpError(error, 501)).toBe(true);
    expect(String(error)).toMatch(/not supported/);
    const v288 = nova('2.88');
    expect(await microversionRefusal(async () => getHypervisorUptime(v288.client, ID))).toBe('The hypervisor uptime call was removed in compute microversion 2.88; this call uses 2.88');
    expect(v288.requests).toHaveLength(0);
  });

  it('searches by host name before 2.53', async () => {
    const cloud = nova('2.52');
    cloud.reply('GET', 'os-hypervisors/host-ovs/search', fx.search252);
    cloud.reply('GET', 'os-hypervisors/nomatch/search', fx.searchNotFound252, { status: 404 });
    expect(await searchHypervisors(cloud.client, 'host-ovs')).toEqual([{ id: 1, hypervisor_hostname: HOST, state: 'up', status: 'enabled' }]);
    const error = await rejectionOf(async () => searchHypervisors(cloud.client, 'nomatch'));
    expect(isHttpError(error, 404)).toBe(true);
  });

  it('lists the servers of matching hypervisors before 2.53', async () => {
    const cloud = nova('2.52');
    cloud.reply('GET', 'os-hypervisors/host-ovs/servers', fx.servers252);
    const [hypervisor] = await listHypervisorServers(cloud.client, 'host-ovs').all();
    expect(hypervisor?.servers).toEqual([{ name: 'instance-00000008', uuid: '669aaed0-060e-4bce-bc6e-c96591a7229a' }]);
    expect(cloud.lastRequest().url).toBe('http://127.0.0.1:8774/v2.1/os-hypervisors/host-ovs/servers');
  });

  it('refuses search and servers from 2.53 without sending', async () => {
    const cloud = nova('2.53');
    expect(await microversionRefusal(async () => searchHypervisors(cloud.client, 'host'))).toBe('Searching hypervisors by path was removed in compute microversion 2.53; this call uses 2.53');
    expect(await microversionRefusal(() => listHypervisorServers(cloud.client, 'host'))).toBe('Listing hypervisor servers by path was removed in compute microversion 2.53; this call uses 2.53');
    expect(cloud.requests).toHaveLength(0);
  });
});
