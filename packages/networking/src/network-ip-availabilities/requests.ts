import { linkedPages, paginate, type CallOptions, type Paged } from '@openstack-ts/core';
import { joinListFilters } from '@openstack-ts/core/internal';
import type { NetworkingClient } from '../client.js';
import { TAG_FILTERS, type NeutronListQuery } from '../common.js';
import type { NetworkIpAvailability } from './results.js';
import { networkIpAvailabilitiesPath, networkIpAvailabilityPath } from './urls.js';

/**
 * Filters of {@link listNetworkIpAvailabilities}; each field is the query parameter of the same
 * name. Arrays match any value. There are no tags, description or revision filters; Neutron (Zed)
 * sorts only by `network_id`.
 */
export interface ListNetworkIpAvailabilitiesQuery extends Omit<NeutronListQuery, 'tags' | 'tags-any' | 'not-tags' | 'not-tags-any' | 'description' | 'revision_number'> {
  network_id?: string | string[];
  network_name?: string | string[];
  /** Only subnets of this IP version are counted and listed. */
  ip_version?: 4 | 6;
  tenant_id?: string;
}

/**
 * Lists the IP usage of networks. Admin only by default policy: other callers get an empty list.
 * Sends nothing until iteration starts.
 */
export function listNetworkIpAvailabilities(client: NetworkingClient, query: ListNetworkIpAvailabilitiesQuery = {}, options?: CallOptions): Paged<NetworkIpAvailability> {
  return paginate<NetworkIpAvailability>(
    client,
    () => ({
      path: networkIpAvailabilitiesPath(),
      query: joinListFilters(query, TAG_FILTERS),
      itemsKey: 'network_ip_availabilities',
      strategy: linkedPages('network_ip_availabilities_links'),
    }),
    options,
  );
}

/**
 * Shows the IP usage of one network, per subnet. Admin only by default policy: other callers get a
 * 404 (`HTTPNotFound`, where a missing network is `NetworkNotFound`).
 */
export async function getNetworkIpAvailability(client: NetworkingClient, networkId: string, options?: CallOptions): Promise<NetworkIpAvailability> {
  return client.request<NetworkIpAvailability>(
    { method: 'GET', path: networkIpAvailabilityPath(networkId), expectStatus: [200], unwrap: 'network_ip_availability' },
    options,
  );
}
