import { expect, it } from '@jest/globals';
import { adminProvider, describeAsAdmin, describeWithService, memberProvider, useCleanup } from '@openstack-ts/acceptance';
import { isHttpError, waitFor } from '@openstack-ts/core';
import { rejectionOf } from '@openstack-ts/core/testing';
import { createComputeClient, type ComputeClient } from '../src/client.js';
import type { Server } from '../src/servers/index.js';
import { getTenantUsage, listTenantUsages } from '../src/usage/index.js';
import { TEST_FLAVOR, bootServer } from './helpers.js';

/** Nova's time format: UTC, no zone suffix. */
const novaTime = (date: Date): string => date.toISOString().slice(0, 19);

describeWithService('compute', 'usage against the real Nova', () => {
  const cleanup = useCleanup();
  let compute: ComputeClient;
  let project: string;
  let servers: Server[];
  const start = novaTime(new Date(Date.now() - 60 * 60 * 1000));

  it('shows the member its project’s usage, with the servers it booted', async () => {
    const provider = await memberProvider();
    compute = await createComputeClient(provider);
    project = provider.token?.body.project?.id ?? '';
    servers = await Promise.all([bootServer(compute, cleanup), bootServer(compute, cleanup)]);
    // Nova caps the period at "now", and MariaDB rounds launched_at to the second: a server that
    // launched in the last second can still be "in the future". Poll until both are counted.
    const usage = await waitFor(async () => {
      const current = await getTenantUsage(compute, project, { start });
      const counted = current?.server_usages?.filter((s) => servers.some((server) => server.id === s.instance_id)) ?? [];
      return counted.length === servers.length ? current : undefined;
    }, { intervalMs: 500, timeoutMs: 15_000, description: 'both servers in the usage' });
    expect(usage).toMatchObject({ tenant_id: project });
    const mine = usage.server_usages?.filter((s) => servers.some((server) => server.id === s.instance_id)) ?? [];
    expect(mine).toHaveLength(2);
    expect(mine[0]).toMatchObject({ flavor: TEST_FLAVOR, state: 'active', ended_at: null, tenant_id: project });
    expect(usage.total_hours).toBeGreaterThan(0);
  });

  it('reads every page of a paged usage (limit 1) and adds them up', async () => {
    const before = await getTenantUsage(compute, project, { start });
    const paged = await getTenantUsage(compute, project, { start, limit: 1 });
    const ids = paged?.server_usages?.map((s) => s.instance_id) ?? [];
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining(before?.server_usages?.map((s) => s.instance_id) ?? []));
    expect(ids).toEqual(expect.arrayContaining(servers.map((server) => server.id)));
    expect(paged?.total_hours).toBeGreaterThanOrEqual(before?.total_hours ?? Infinity);
  });

  it('resolves undefined for a period without servers, and passes Nova’s 400 for a reversed one', async () => {
    expect(await getTenantUsage(compute, project, { start: '2001-01-01T00:00:00', end: '2001-01-02T00:00:00' })).toBeUndefined();
    const error = await rejectionOf(async () => getTenantUsage(compute, project, { start: '2001-01-02T00:00:00', end: '2001-01-01T00:00:00' }));
    expect(isHttpError(error, 400)).toBe(true);
    expect((error as Error).message).toContain('The start time cannot occur after the end time.');
  });

  it('refuses every project’s usage to a member', async () => {
    const error = await rejectionOf(() => listTenantUsages(compute, { start }));
    expect(isHttpError(error, 403)).toBe(true);
    expect((error as Error).message).toContain('os-simple-tenant-usage:list');
  });

  describeAsAdmin('as admin', () => {
    it('lists every project’s usage, detailed, and page by page', async () => {
      const admin = await createComputeClient(await adminProvider());
      const usages = await listTenantUsages(admin, { start, end: novaTime(new Date(Date.now() + 60_000)), detailed: true }).all();
      const entry = usages.find((usage) => usage.tenant_id === project);
      expect(entry?.server_usages?.map((s) => s.instance_id)).toEqual(expect.arrayContaining(servers.map((server) => server.id)));
      expect((await listTenantUsages(admin, { start }).all()).every((usage) => usage.server_usages === undefined)).toBe(true);
      const pages: number[] = [];
      const seen: string[] = [];
      for await (const page of listTenantUsages(admin, { start, detailed: true, limit: 1 }).byPage()) {
        pages.push(page.reduce((n, usage) => n + (usage.server_usages?.length ?? 0), 0));
        seen.push(...page.flatMap((usage) => usage.server_usages?.map((s) => s.instance_id) ?? []));
      }
      expect(pages.length).toBeGreaterThanOrEqual(2);
      expect(pages.every((n) => n === 1)).toBe(true);
      expect(seen).toEqual(expect.arrayContaining(servers.map((server) => server.id)));
    });
  });
});
