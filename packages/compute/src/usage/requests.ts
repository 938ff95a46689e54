import { linkedPages, paginate, type CallOptions, type Paged, type QueryValue } from '@openstack-ts/core';
import { isRecord } from '@openstack-ts/core/internal';
import type { ComputeClient } from '../client.js';
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

/** The query of a usage call; refuses paging before microversion 2.40. */
function toQuery(client: ComputeClient, query: ListTenantUsagesQuery, options: CallOptions | undefined): Record<string, QueryValue> {
  if (query.limit !== undefined || query.marker !== undefined) client.requireMicroversion('2.40', 'Paging usage (limit, marker)', options);
  const { detailed, ...rest } = query;
  return { ...rest, detailed: detailed === undefined ? undefined : detailed ? 1 : 0 };
}

/**
 * Lists the usage of every project over a period. Admin only. From microversion 2.40 Nova pages
 * by server (`limit` per page, its `max_limit`, 1000 by default, without one), so a project whose
 * servers span pages appears once per page, each entry covering that page's servers; before 2.40
 * it silently stops at `max_limit` servers. Sends nothing until iteration starts; paging before
 * microversion 2.40 rejects the iteration before any request.
 */
export function listTenantUsages(client: ComputeClient, query: ListTenantUsagesQuery = {}, options?: CallOptions): Paged<TenantUsage> {
  return paginate<TenantUsage>(
    client,
    () => ({ path: tenantUsagesPath(), query: toQuery(client, query, options), itemsKey: 'tenant_usages', strategy: linkedPages('tenant_usages_links') }),
    options,
  );
}

function isUsage(value: unknown): value is TenantUsage {
  return isRecord(value) && typeof value.tenant_id === 'string';
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

const USAGE_PAGES = linkedPages('tenant_usage_links');

/**
 * Shows a project's usage over a period, with its servers' usage. Members may see their own
 * project's. From microversion 2.40 Nova pages the servers (`limit` per page, its `max_limit`,
 * 1000 by default, without one): this follows `tenant_usage_links` and adds the pages up, so the
 * totals cover every server (`stop` is the last page's); before 2.40 Nova silently stops at
 * `max_limit` servers. Resolves `undefined` when the project had no servers in the period (Nova
 * answers an empty object).
 */
export async function getTenantUsage(
  client: ComputeClient,
  projectId: string,
  query: GetTenantUsageQuery = {},
  options?: CallOptions,
): Promise<TenantUsage | undefined> {
  const pages = paginate<TenantUsage>(
    client,
    () => ({ path: tenantUsagePath(projectId), query: toQuery(client, query, options), itemsKey: 'tenant_usage', itemPerPage: true, strategy: USAGE_PAGES }),
    options,
  );
  let total: TenantUsage | undefined;
  for await (const usage of pages) if (isUsage(usage)) total = merge(total, usage);
  return total;
}
