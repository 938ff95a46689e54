import { paginate, singlePage, type CallOptions, type Paged } from '@openstack-ts/core';
import type { BlockStorageClient } from '../client.js';
import type { BackendPool, BackendPoolSummary } from './results.js';
import { poolsPath } from './urls.js';

/** Filters of the pool listings. */
export interface ListBackendPoolsQuery {
  /** Pools whose name is this. Microversion 3.28 and later (ignored before). */
  name?: string;
  /** Pools a volume of this type (name or ID) could go to. Microversion 3.35 and later. */
  volume_type?: string;
}

function toQuery(client: BlockStorageClient, query: ListBackendPoolsQuery, detail: boolean, options: CallOptions | undefined) {
  if (query.name !== undefined) client.requireMicroversion('3.28', 'The pool name filter', options);
  if (query.volume_type !== undefined) client.requireMicroversion('3.35', 'The pool volume_type filter', options);
  return { detail: detail || undefined, ...query };
}

/** Lists the scheduler's backend pools with their capabilities (`GET /scheduler-stats/get_pools?detail=true`), all in one page. Admin only. */
export function listBackendPools(client: BlockStorageClient, query: ListBackendPoolsQuery = {}, options?: CallOptions): Paged<BackendPool> {
  return paginate<BackendPool>(client, () => ({ path: poolsPath(), query: toQuery(client, query, true, options), expectStatus: [200], itemsKey: 'pools', strategy: singlePage() }), options);
}

/** Lists the scheduler's backend pools by name only. Admin only. */
export function listBackendPoolSummaries(client: BlockStorageClient, query: ListBackendPoolsQuery = {}, options?: CallOptions): Paged<BackendPoolSummary> {
  return paginate<BackendPoolSummary>(client, () => ({ path: poolsPath(), query: toQuery(client, query, false, options), expectStatus: [200], itemsKey: 'pools', strategy: singlePage() }), options);
}
