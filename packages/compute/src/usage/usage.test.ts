import { describe, expect, it } from '@jest/globals';
import { isHttpError, isPaginationError, isResponseError } from '@openstack-ts/core';
import { rejectionOf } from '@openstack-ts/core/testing';
import { getTenantUsage, listTenantUsages } from './index.js';
import * as fx from './usage.fixtures.js';
import { fakeNova as nova, inputRefusal, microversionRefusal } from '../fake-nova.fixtures.js';

// The recorded links point at the local cloud's Nova, so the fake cloud uses the same endpoint.
const project = fx.getPage1.tenant_usage.tenant_id;
const start = fx.getPage1.tenant_usage.start.slice(0, 19);
const endpoint = 'http://127.0.0.1:8774/v2.1/';

/** The route of a recorded next link, relative to the endpoint. */
function routeOf(links: { rel: string; href: string }[] | undefined): string {
  const href = links?.find((link) => link.rel === 'next')?.href ?? '';
  expect(href.startsWith(endpoint)).toBe(true);
  return href.slice(endpoint.length);
}


describe('tenant usage', () => {
  it('lists every project’s usage over a period', async () => {
    const cloud = nova();
    cloud.reply('GET', `os-simple-tenant-usage?start=${start}&end=2026-11-28T00:00:00`, fx.list);
    const usages = await listTenantUsages(cloud.client, { start, end: '2026-11-28T00:00:00' }).all();
    expect(usages).toEqual(fx.list.tenant_usages);
    expect(usages[0]?.server_usages).toBeUndefined();
    expect(cloud.lastRequest().query).toEqual({ start, end: '2026-11-28T00:00:00' });
  });

  it('follows tenant_usages_links, one entry per project and page, with detailed=1', async () => {
    const cloud = nova();
    cloud.reply('GET', `os-simple-tenant-usage?detailed=1&limit=5&start=${start}`, fx.listDetailedPage1);
    cloud.reply('GET', routeOf(fx.listDetailedPage1.tenant_usages_links), fx.listDetailedPage2);
    cloud.reply('GET', routeOf(fx.listDetailedPage2.tenant_usages_links), fx.listDetailedPage3);
    const pages: number[][] = [];
    for await (const page of listTenantUsages(cloud.client, { detailed: true, limit: 5, start }).byPage()) pages.push(page.map((usage) => usage.server_usages?.length ?? 0));
    expect(pages).toEqual([[5], [5]]);
    expect(cloud.serviceRequests()).toHaveLength(3);
    expect(cloud.serviceRequests()[0]?.query).toEqual({ detailed: '1', limit: '5', start });
  });

  it('sends detailed=0 and a marker (2.40)', async () => {
    const cloud = nova();
    const marker = fx.listDetailedPage1.tenant_usages[0]?.server_usages.at(-1)?.instance_id ?? '';
    cloud.reply('GET', `os-simple-tenant-usage?detailed=0&marker=${marker}&start=${start}`, fx.listDetailedPage3);
    expect(await listTenantUsages(cloud.client, { detailed: false, marker, start }).all()).toEqual([]);
  });

  it('lists with server usages before 2.40, without paging', async () => {
    const cloud = nova('2.39');
    cloud.reply('GET', `os-simple-tenant-usage?detailed=1&start=${start}`, fx.list239);
    const [usage] = await listTenantUsages(cloud.client, { detailed: true, start }).all();
    expect(usage?.server_usages?.[0]).toMatchObject({ flavor: 'm1.tiny', memory_mb: 512, local_gb: 1, vcpus: 1 });
    expect(await microversionRefusal(() => listTenantUsages(cloud.client, { limit: 5 }))).toBe('Paging usage (limit, marker) requires compute microversion 2.40 or later; this call uses 2.39');
    expect(await microversionRefusal(async () => getTenantUsage(cloud.client, project, { marker: 'x' }))).toBe('Paging usage (limit, marker) requires compute microversion 2.40 or later; this call uses 2.39');
    expect(cloud.serviceRequests()).toHaveLength(1);
  });

  it('passes the 403 a member gets for every project’s usage', async () => {
    const cloud = nova();
    cloud.reply('GET', `os-simple-tenant-usage?start=${start}`, fx.listMember, { status: 403 });
    const error = await rejectionOf(() => listTenantUsages(cloud.client, { start }));
    expect(isHttpError(error, 403)).toBe(true);
  });

  it('shows one project’s usage, following tenant_usage_links and adding the pages up', async () => {
    const cloud = nova();
    const [page1, page2] = [fx.getPage1.tenant_usage, fx.getPage2.tenant_usage];
    cloud.reply('GET', `os-simple-tenant-usage/${project}?limit=5&start=${start}`, fx.getPage1);
    cloud.reply('GET', routeOf(fx.getPage1.tenant_usage_links), fx.getPage2);
    cloud.reply('GET', routeOf(fx.getPage2.tenant_usage_links), fx.getPage3);
    const usage = await getTenantUsage(cloud.client, project, { limit: 5, start });
    expect(cloud.serviceRequests()).toHaveLength(3);
    // Nova's links carry the project ID before the collection (a v2-style URL), and are followed as given.
    expect(cloud.serviceRequests()[1]?.url).toBe(fx.getPage1.tenant_usage_links[0]?.href);
    expect(usage?.server_usages?.map((s) => s.instance_id)).toEqual([...page1.server_usages, ...page2.server_usages].map((s) => s.instance_id));
    expect(usage).toMatchObject({ tenant_id: project, start: page1.start, stop: page2.stop });
    expect(usage?.total_hours).toBeCloseTo(page1.total_hours + page2.total_hours, 12);
    expect(usage?.total_vcpus_usage).toBeCloseTo(page1.total_vcpus_usage + page2.total_vcpus_usage, 12);
    expect(usage?.total_memory_mb_usage).toBeCloseTo(page1.total_memory_mb_usage + page2.total_memory_mb_usage, 12);
    expect(usage?.total_local_gb_usage).toBeCloseTo(page1.total_local_gb_usage + page2.total_local_gb_usage, 12);
  });

  it('resolves undefined when the project had no servers in the period (Nova’s empty object)', async () => {
    const cloud = nova();
    cloud.reply('GET', `os-simple-tenant-usage/${project}?start=2001-01-01T00:00:00&end=2001-01-02T00:00:00`, fx.getEmpty);
    expect(await getTenantUsage(cloud.client, project, { start: '2001-01-01T00:00:00', end: '2001-01-02T00:00:00' })).toBeUndefined();
  });

  it('passes Nova’s 400 for a reversed period or a time with a zone suffix', async () => {
    const cloud = nova();
    cloud.reply('GET', `os-simple-tenant-usage/${project}?start=2001-01-02T00:00:00&end=2001-01-01T00:00:00`, fx.getBadWindow, { status: 400 });
    cloud.reply('GET', `os-simple-tenant-usage/${project}?start=2001-01-01T00:00:00.000Z`, fx.getZulu, { status: 400 });
    const reversed = await rejectionOf(async () => getTenantUsage(cloud.client, project, { start: '2001-01-02T00:00:00', end: '2001-01-01T00:00:00' }));
    expect(isHttpError(reversed, 400)).toBe(true);
    expect((reversed as Error).message).toContain('The start time cannot occur after the end time.');
    const zulu = await rejectionOf(async () => getTenantUsage(cloud.client, project, { start: '2001-01-01T00:00:00.000Z' }));
    expect((zulu as Error).message).toContain('Datetime is in invalid format');
  });

  it('raises a ResponseError without the envelope and a PaginationError for a repeated link', async () => {
    const cloud = nova();
    cloud.reply('GET', `os-simple-tenant-usage/${project}`, { usage: {} }, { headers: { 'x-openstack-request-id': 'req-usage' } });
    const missing = await rejectionOf(async () => getTenantUsage(cloud.client, project));
    expect(isResponseError(missing)).toBe(true);
    expect(missing).toMatchObject({ status: 200, method: 'GET', requestId: 'req-usage' });
    expect((missing as Error).message).toContain('the body has no "tenant_usage" object');
    const looping = nova();
    const self = `os-simple-tenant-usage/${project}?limit=5`;
    looping.reply('GET', self, { tenant_usage: fx.getPage1.tenant_usage, tenant_usage_links: [{ rel: 'next', href: endpoint + self }] });
    const loop = await rejectionOf(async () => getTenantUsage(looping.client, project, { limit: 5 }));
    expect(isPaginationError(loop)).toBe(true);
    expect((loop as Error).message).toMatch(/^linkedPages\(tenant_usage_links\): the server sent .* as the next page twice/);
    expect(looping.serviceRequests()).toHaveLength(1);
    expect(await inputRefusal(async () => getTenantUsage(cloud.client, ''))).toMatchObject({ name: 'InvalidInputError', field: 'projectId', message: expect.stringMatching(/projectId/) });
  });
});
