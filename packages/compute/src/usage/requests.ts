import {
  PaginationError,
  ResponseError,
  linkedPages,
  paginate,
  readJson,
  redactUrl,
  resolveNextLink,
  type CallOptions,
  type Paged,
  type ServiceClient,
} from '@openstack-ts/core';
import type { Link } from '../common.js';
import type { TenantUsage } from './results.js';
import { tenantUsagePath, tenantUsagesPath } from './urls.js';

/**
 * The period and paging of {@link getTenantUsage}. Times are UTC without a zone suffix:
 * `2024-05-01T00:00:00` or `2024-05-01T00:00:00.000000` (`toISOString()`'s `Z` is refused).
 */
export interface GetTenantUsageQuery {
  /** The period's start. Default: now, which leaves an empty period. */
  start?: string;
  /** The period's end. Default (and at most): now. */
  end?: string;
  /** Servers per page; every page is still read. Microversion 2.40 and later. */
  limit?: number;
  /** Start after the server of this ID. Microversion 2.40 and later. */
  marker?: string;
}

/** The period and paging of {@link listTenantUsages}. */
export interface ListTenantUsagesQuery extends GetTenantUsageQuery {
  /** Include each project's `server_usages`. */
  detailed?: boolean;
}

function toQuery(client: ServiceClient, query: ListTenantUsagesQuery, options: CallOptions | undefined): Record<string, string | number | undefined> {
  if (query.limit !== undefined || query.marker !== undefined) client.requireMicroversion('2.40', 'Paging usage (limit, marker)', options);
  const { detailed, ...rest } = query;
  return { ...rest, detailed: detailed === undefined ? undefined : detailed ? 1 : 0 };
}

/**
 * Lists the usage of every project over a period. Admin only. From microversion 2.40 Nova pages
 * by server (`limit` per page, its `max_limit`, 1000 by default, without one), so a project whose
 * servers span pages appears once per page, each entry covering that page's servers; before 2.40
 * it silently stops at `max_limit` servers. Sends nothing until iteration starts.
 */
export function listTenantUsages(client: ServiceClient, query: ListTenantUsagesQuery = {}, options?: CallOptions): Paged<TenantUsage> {
  return paginate<TenantUsage>(
    client,
    { path: tenantUsagesPath(), query: toQuery(client, query, options), itemsKey: 'tenant_usages', strategy: linkedPages('tenant_usages_links') },
    options,
  );
}

function isUsage(value: unknown): value is TenantUsage {
  return value !== null && typeof value === 'object' && typeof (value as { tenant_id?: unknown }).tenant_id === 'string';
}

function merge(total: TenantUsage | undefined, page: TenantUsage): TenantUsage {
  if (total === undefined) return { ...page, server_usages: [...(page.server_usages ?? [])] };
  return {
    ...total,
    stop: page.stop,
    total_hours: total.total_hours + page.total_hours,
    total_local_gb_usage: total.total_local_gb_usage + page.total_local_gb_usage,
    total_memory_mb_usage: total.total_memory_mb_usage + page.total_memory_mb_usage,
    total_vcpus_usage: total.total_vcpus_usage + page.total_vcpus_usage,
    server_usages: [...(total.server_usages ?? []), ...(page.server_usages ?? [])],
  };
}

/**
 * Shows a project's usage over a period, with its servers' usage. Members may see their own
 * project's. From microversion 2.40 Nova pages the servers (`limit` per page, its `max_limit`,
 * 1000 by default, without one): this follows `tenant_usage_links` and adds the pages up, so the
 * totals cover every server (`stop` is the last page's); before 2.40 Nova silently stops at
 * `max_limit` servers. Resolves `undefined` when the project had no servers in the period (Nova
 * answers an empty object).
 */
export function getTenantUsage(
  client: ServiceClient,
  projectId: string,
  query: GetTenantUsageQuery = {},
  options?: CallOptions,
): Promise<TenantUsage | undefined> {
  // Not async itself: a bad input throws at the call, before anything is sent, like every other operation.
  return readStitched(client, tenantUsagePath(projectId), toQuery(client, query, options), options);
}

async function readStitched(
  client: ServiceClient,
  path: string,
  query: Record<string, string | number | undefined>,
  options: CallOptions | undefined,
): Promise<TenantUsage | undefined> {
  let url = client.url(path, query);
  let spec: { method: 'GET'; path: string; query?: Record<string, string | number | undefined> } = { method: 'GET', path, query };
  const seen = new Set<string>([url]);
  let total: TenantUsage | undefined;
  for (;;) {
    const response = await client.send({ ...spec, expectStatus: [200] }, options);
    const body = (await readJson(response, { method: 'GET', url }, false)) as { tenant_usage?: unknown; tenant_usage_links?: Link[] } | null;
    const usage = body?.tenant_usage;
    if (usage === null || typeof usage !== 'object') {
      const requestId = response.headers.get('x-openstack-request-id') ?? undefined;
      throw new ResponseError({ status: response.status, method: 'GET', url: redactUrl(url), requestId, reason: 'the body has no "tenant_usage" object' });
    }
    if (isUsage(usage)) total = merge(total, usage);
    const next = Array.isArray(body?.tenant_usage_links) ? body.tenant_usage_links.find((link) => link.rel === 'next')?.href : undefined;
    if (next === undefined || next === '') return total;
    url = resolveNextLink(next, client.endpoint, url);
    if (seen.has(url)) throw new PaginationError(`tenant_usage_links: the server sent ${redactUrl(url)} as the next page twice; stopping to avoid a loop`);
    seen.add(url);
    spec = { method: 'GET', path: url };
  }
}
