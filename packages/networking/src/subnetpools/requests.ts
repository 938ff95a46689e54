import { linkedPages, paginate, type CallOptions, type Paged } from '@openstack-ts/core';
import { joinListFilters } from '@openstack-ts/core/internal';
import type { NetworkingClient } from '../client.js';
import { TAG_FILTERS, type NeutronListQuery } from '../common.js';
import type { SubnetPool } from './results.js';
import { subnetPoolPath, subnetPoolPrefixesPath, subnetPoolsPath } from './urls.js';

/** Filters of {@link listSubnetPools}; each field is the query parameter of the same name. Arrays match any value. */
export interface ListSubnetPoolsQuery extends NeutronListQuery {
  id?: string | string[];
  name?: string | string[];
  ip_version?: SubnetPool['ip_version'];
  address_scope_id?: string;
  default_prefixlen?: number;
  min_prefixlen?: number;
  max_prefixlen?: number;
  default_quota?: number;
  shared?: boolean;
  is_default?: boolean;
}

/** The body of {@link createSubnetPool}. The IP version follows from the prefixes. */
export interface CreateSubnetPoolInput {
  name: string;
  /** CIDRs, all of one IP version; within an address scope they must not overlap other pools' prefixes. */
  prefixes: string[];
  description?: string;
  /** Defaults to `min_prefixlen`. */
  default_prefixlen?: number;
  /** Defaults to 8 (IPv4) or 64 (IPv6). */
  min_prefixlen?: number;
  /** Defaults to 32 (IPv4) or 128 (IPv6). */
  max_prefixlen?: number;
  /** Per-project quota in /32s (IPv4) or /64s (IPv6). */
  default_quota?: number;
  /** An address scope of the same IP version (extension `address-scope`). */
  address_scope_id?: string | null;
  /** Policy lets only admins create a shared pool. */
  shared?: boolean;
  /** Policy lets only admins make a pool the default of its IP version. */
  is_default?: boolean;
  /** Admin: create it in another project. */
  project_id?: string;
}

/**
 * The body of {@link updateSubnetPool}. `prefixes` replaces the list but must keep every existing
 * prefix (else 400 `IllegalSubnetPoolPrefixUpdate`; {@link removeSubnetPoolPrefixes} shrinks a pool);
 * `shared` cannot change.
 */
export type UpdateSubnetPoolInput = Partial<Omit<CreateSubnetPoolInput, 'shared' | 'project_id'>>;

/** Lists the subnet pools the project can see (its own and shared ones). Sends nothing until iteration starts. */
export function listSubnetPools(client: NetworkingClient, query: ListSubnetPoolsQuery = {}, options?: CallOptions): Paged<SubnetPool> {
  return paginate<SubnetPool>(client, () => ({ path: subnetPoolsPath(), query: joinListFilters(query, TAG_FILTERS), itemsKey: 'subnetpools', strategy: linkedPages('subnetpools_links') }), options);
}

/** Shows one subnet pool. */
export async function getSubnetPool(client: NetworkingClient, id: string, options?: CallOptions): Promise<SubnetPool> {
  return client.request<SubnetPool>({ method: 'GET', path: subnetPoolPath(id), unwrap: 'subnetpool' }, options);
}

/**
 * Creates a subnet pool. The answer gives the prefix lengths as strings, a Neutron quirk kept as
 * is (see {@link SubnetPool}).
 */
export async function createSubnetPool(client: NetworkingClient, input: CreateSubnetPoolInput, options?: CallOptions): Promise<SubnetPool> {
  return client.request<SubnetPool>({ method: 'POST', path: subnetPoolsPath(), json: { subnetpool: input }, expectStatus: [201], unwrap: 'subnetpool' }, options);
}

/** Updates a subnet pool; `address_scope_id: null` takes it out of its address scope. */
export async function updateSubnetPool(client: NetworkingClient, id: string, input: UpdateSubnetPoolInput, options?: CallOptions): Promise<SubnetPool> {
  return client.request<SubnetPool>({ method: 'PUT', path: subnetPoolPath(id), json: { subnetpool: input }, expectStatus: [200], unwrap: 'subnetpool' }, options);
}

/**
 * Deletes a subnet pool. While subnets are allocated from it Neutron answers 400
 * `SubnetPoolDeleteError` (the API reference says 412).
 */
export async function deleteSubnetPool(client: NetworkingClient, id: string, options?: CallOptions): Promise<void> {
  return client.execute({ method: 'DELETE', path: subnetPoolPath(id), expectStatus: [204] }, options);
}

/**
 * Adds prefixes to a subnet pool and returns the pool's prefixes afterwards, adjacent ones merged
 * (extension `subnetpool-prefix-ops`).
 */
export async function addSubnetPoolPrefixes(client: NetworkingClient, id: string, prefixes: readonly string[], options?: CallOptions): Promise<string[]> {
  return client.request<string[]>({ method: 'PUT', path: subnetPoolPrefixesPath(id, 'add_prefixes'), json: { prefixes }, expectStatus: [200], unwrap: 'prefixes' }, options);
}

/**
 * Removes prefixes from a subnet pool and returns the prefixes left (extension
 * `subnetpool-prefix-ops`). Removing address space allocated to a subnet is a 400
 * `IllegalSubnetPoolPrefixUpdate`.
 */
export async function removeSubnetPoolPrefixes(client: NetworkingClient, id: string, prefixes: readonly string[], options?: CallOptions): Promise<string[]> {
  return client.request<string[]>({ method: 'PUT', path: subnetPoolPrefixesPath(id, 'remove_prefixes'), json: { prefixes }, expectStatus: [200], unwrap: 'prefixes' }, options);
}
