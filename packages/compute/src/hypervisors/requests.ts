import type { ComputeClient } from '../client.js';
import { InvalidInputError, linkedPages, paginate, singlePage, type CallOptions, type Paged, type QueryValue } from '@openstack-ts/core';
import type { Hypervisor, HypervisorStatistics, HypervisorSummary, HypervisorUptime } from './results.js';
import {
  hypervisorPath,
  hypervisorSearchPath,
  hypervisorServersPath,
  hypervisorStatisticsPath,
  hypervisorUptimePath,
  hypervisorsDetailPath,
  hypervisorsPath,
} from './urls.js';

/** Filters and paging of {@link listHypervisors} and {@link listHypervisorSummaries}; each field is the query parameter of the same name. */
export interface ListHypervisorsQuery {
  /**
   * Only hypervisors whose host name contains this. Nova answers 404 when none does, and does
   * not page such a listing (so `limit` and `marker` cannot go with it). Microversion 2.53 and later.
   */
  hypervisor_hostname_pattern?: string;
  /** Include the servers on each hypervisor. Microversion 2.53 and later. */
  with_servers?: boolean;
  /** Page size; the listing still yields every hypervisor. Microversion 2.33 and later. */
  limit?: number;
  /** Start after this hypervisor ID (an integer before microversion 2.53, a UUID from 2.53). Microversion 2.33 and later. */
  marker?: string | number;
}

/** Options of {@link getHypervisor}; each field is the query parameter of the same name. */
export interface GetHypervisorQuery {
  /** Include the servers on the hypervisor. Microversion 2.53 and later. */
  with_servers?: boolean;
}

/** The query of a hypervisor listing; refuses (when the listing starts) what the microversion lacks. */
function toListQuery(client: ComputeClient, query: ListHypervisorsQuery, options: CallOptions | undefined): Record<string, QueryValue> {
  if (query.hypervisor_hostname_pattern !== undefined) client.requireMicroversion('2.53', 'The hypervisor_hostname_pattern filter', options);
  if (query.with_servers !== undefined) client.requireMicroversion('2.53', 'The with_servers parameter', options);
  if (query.limit !== undefined || query.marker !== undefined) client.requireMicroversion('2.33', 'Paging hypervisors', options);
  if (query.hypervisor_hostname_pattern !== undefined && (query.limit !== undefined || query.marker !== undefined)) {
    throw new InvalidInputError('Nova does not page a hypervisor listing filtered by hypervisor_hostname_pattern: leave out limit and marker', 'hypervisor_hostname_pattern');
  }
  return { ...query };
}

/**
 * Lists the hypervisors (compute nodes) with their details: type, version, host IP, service, and
 * before microversion 2.88 their resource counters (from 2.88, `uptime` instead). Admin only.
 * From microversion 2.53 IDs are UUIDs; paging (`limit`, `marker`) needs 2.33. Sends nothing
 * until iteration starts; what the microversion lacks rejects the iteration before any request.
 */
export function listHypervisors(client: ComputeClient, query: ListHypervisorsQuery = {}, options?: CallOptions): Paged<Hypervisor> {
  return paginate<Hypervisor>(
    client,
    () => ({ path: hypervisorsDetailPath(), query: toListQuery(client, query, options), itemsKey: 'hypervisors', strategy: linkedPages('hypervisors_links') }),
    options,
  );
}

/**
 * Lists the hypervisors with their state and status only (cheaper than {@link listHypervisors});
 * the same filters. Admin only.
 */
export function listHypervisorSummaries(client: ComputeClient, query: ListHypervisorsQuery = {}, options?: CallOptions): Paged<HypervisorSummary> {
  return paginate<HypervisorSummary>(
    client,
    () => ({ path: hypervisorsPath(), query: toListQuery(client, query, options), itemsKey: 'hypervisors', strategy: linkedPages('hypervisors_links') }),
    options,
  );
}

/**
 * Shows a hypervisor. Admin only. The ID is an integer before microversion 2.53 and a UUID from
 * 2.53 (Nova answers 400 to an integer then); `with_servers` needs 2.53.
 */
export async function getHypervisor(client: ComputeClient, id: number | string, query: GetHypervisorQuery = {}, options?: CallOptions): Promise<Hypervisor> {
  if (query.with_servers !== undefined) client.requireMicroversion('2.53', 'The with_servers parameter', options);
  return client.request<Hypervisor>(
    { method: 'GET', path: hypervisorPath(id), query: { ...query }, expectStatus: [200], unwrap: 'hypervisor' },
    options,
  );
}

/**
 * Shows totals over all enabled hypervisors. Admin only. Removed in microversion 2.88 (refused
 * before sending from 2.88): ask Placement for resource usage instead.
 */
export async function getHypervisorStatistics(client: ComputeClient, options?: CallOptions): Promise<HypervisorStatistics> {
  client.requireMicroversionBelow('2.88', 'Hypervisor statistics', options);
  return client.request<HypervisorStatistics>(
    { method: 'GET', path: hypervisorStatisticsPath(), expectStatus: [200], unwrap: 'hypervisor_statistics' },
    options,
  );
}

/**
 * Shows a hypervisor's uptime as its driver reports it. Admin only. Drivers other than libvirt
 * and z/VM answer 501. Removed in microversion 2.88 (refused before sending from 2.88): from
 * 2.88 {@link getHypervisor} returns `uptime`.
 */
export async function getHypervisorUptime(client: ComputeClient, id: number | string, options?: CallOptions): Promise<HypervisorUptime> {
  client.requireMicroversionBelow('2.88', 'The hypervisor uptime call', options);
  return client.request<HypervisorUptime>({ method: 'GET', path: hypervisorUptimePath(id), expectStatus: [200], unwrap: 'hypervisor' }, options);
}

/**
 * Finds the hypervisors whose host name contains `pattern`. Admin only. Nova answers 404 when
 * none does. Removed in microversion 2.53 (refused before sending from 2.53): use
 * {@link listHypervisorSummaries} with `hypervisor_hostname_pattern` instead.
 */
export async function searchHypervisors(client: ComputeClient, pattern: string, options?: CallOptions): Promise<HypervisorSummary[]> {
  client.requireMicroversionBelow('2.53', 'Searching hypervisors by path', options);
  return client.request<HypervisorSummary[]>({ method: 'GET', path: hypervisorSearchPath(pattern), expectStatus: [200], unwrap: 'hypervisors' }, options);
}

/**
 * Lists the hypervisors whose host name contains `pattern`, each with its servers (`servers` is
 * left out for a hypervisor without any). Admin only. Nova answers 404 when none matches. Removed
 * in microversion 2.53 (refused before sending from 2.53): use {@link listHypervisors} with
 * `hypervisor_hostname_pattern` and `with_servers` instead. All in one page.
 */
export function listHypervisorServers(client: ComputeClient, pattern: string, options?: CallOptions): Paged<HypervisorSummary> {
  return paginate<HypervisorSummary>(
    client,
    () => {
      client.requireMicroversionBelow('2.53', 'Listing hypervisor servers by path', options);
      return { path: hypervisorServersPath(pattern), itemsKey: 'hypervisors', strategy: singlePage() };
    },
    options,
  );
}
