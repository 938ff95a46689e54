import { linkedPages, paginate, type CallOptions, type Paged } from '@openstack-ts/core';
import { joinListFilters } from '@openstack-ts/core/internal';
import type { NetworkingClient } from '../client.js';
import { TAG_FILTERS, type NeutronListQuery } from '../common.js';
import type { AddressScope } from './results.js';
import { addressScopePath, addressScopesPath } from './urls.js';

/**
 * Filters of {@link listAddressScopes}; each field is the query parameter of the same name. Arrays
 * match any value. Address scopes are not standard-attribute resources: Neutron refuses tag,
 * description and revision-number filters on them (400 "is invalid attribute for filtering"), so
 * the query leaves those out.
 */
export interface ListAddressScopesQuery extends Omit<NeutronListQuery, 'tags' | 'tags-any' | 'not-tags' | 'not-tags-any' | 'description' | 'revision_number'> {
  id?: string | string[];
  name?: string | string[];
  ip_version?: AddressScope['ip_version'];
  /** Admin only. */
  shared?: boolean;
}

/** The body of {@link createAddressScope}. */
export interface CreateAddressScopeInput {
  ip_version: AddressScope['ip_version'];
  name?: string;
  /** Policy lets only admins create a shared scope. */
  shared?: boolean;
  /** Admin: create it in another project. */
  project_id?: string;
}

/** The body of {@link updateAddressScope}; the IP version cannot change. */
export interface UpdateAddressScopeInput {
  name?: string;
  /** Policy lets only admins change it. */
  shared?: boolean;
}

/** Lists the address scopes the project can see (its own and shared ones). Sends nothing until iteration starts. */
export function listAddressScopes(client: NetworkingClient, query: ListAddressScopesQuery = {}, options?: CallOptions): Paged<AddressScope> {
  return paginate<AddressScope>(client, () => ({ path: addressScopesPath(), query: joinListFilters(query, TAG_FILTERS), itemsKey: 'address_scopes', strategy: linkedPages('address_scopes_links') }), options);
}

/** Shows one address scope. */
export async function getAddressScope(client: NetworkingClient, id: string, options?: CallOptions): Promise<AddressScope> {
  return client.request<AddressScope>({ method: 'GET', path: addressScopePath(id), unwrap: 'address_scope' }, options);
}

/** Creates an address scope for IPv4 or IPv6; subnet pools join it through their `address_scope_id`. */
export async function createAddressScope(client: NetworkingClient, input: CreateAddressScopeInput, options?: CallOptions): Promise<AddressScope> {
  return client.request<AddressScope>({ method: 'POST', path: addressScopesPath(), json: { address_scope: input }, expectStatus: [201], unwrap: 'address_scope' }, options);
}

/** Updates an address scope's name or sharing. */
export async function updateAddressScope(client: NetworkingClient, id: string, input: UpdateAddressScopeInput, options?: CallOptions): Promise<AddressScope> {
  return client.request<AddressScope>({ method: 'PUT', path: addressScopePath(id), json: { address_scope: input }, expectStatus: [200], unwrap: 'address_scope' }, options);
}

/**
 * Deletes an address scope. While subnet pools still belong to it Neutron answers 409
 * `AddressScopeInUse` (the API reference says 412).
 */
export async function deleteAddressScope(client: NetworkingClient, id: string, options?: CallOptions): Promise<void> {
  return client.execute({ method: 'DELETE', path: addressScopePath(id), expectStatus: [204] }, options);
}
