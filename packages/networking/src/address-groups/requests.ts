import { linkedPages, paginate, type CallOptions, type Paged } from '@openstack-ts/core';
import { joinListFilters } from '@openstack-ts/core/internal';
import type { NetworkingClient } from '../client.js';
import { TAG_FILTERS, type NeutronListQuery } from '../common.js';
import type { AddressGroup } from './results.js';
import { addressGroupActionPath, addressGroupPath, addressGroupsPath } from './urls.js';

/** Filters of {@link listAddressGroups}; each field is the query parameter of the same name. Arrays match any value. */
export interface ListAddressGroupsQuery extends NeutronListQuery {
  id?: string | string[];
  name?: string | string[];
}

/** The body of {@link createAddressGroup}. */
export interface CreateAddressGroupInput {
  name?: string;
  description?: string;
  /**
   * CIDRs with their prefix length: a bare address is a 400 (`'2001:db8::1' isn't a recognized IP
   * subnet cidr, '2001:db8::1/128' is recommended`).
   */
  addresses?: string[];
  /** Admin: create it in another project. */
  project_id?: string;
}

/** The body of {@link updateAddressGroup}: the addresses change only through the add and remove actions. */
export interface UpdateAddressGroupInput {
  name?: string;
  description?: string;
}

/** The body of {@link addAddressGroupAddresses} and {@link removeAddressGroupAddresses}. */
export interface AddressGroupAddressesInput {
  /** CIDRs with their prefix length. */
  addresses: string[];
}

/** Lists the address groups the project can see (extension `address-group`). Sends nothing until iteration starts. */
export function listAddressGroups(client: NetworkingClient, query: ListAddressGroupsQuery = {}, options?: CallOptions): Paged<AddressGroup> {
  return paginate<AddressGroup>(
    client,
    () => ({ path: addressGroupsPath(), query: joinListFilters(query, TAG_FILTERS), itemsKey: 'address_groups', strategy: linkedPages('address_groups_links') }),
    options,
  );
}

/** Shows one address group. */
export async function getAddressGroup(client: NetworkingClient, id: string, options?: CallOptions): Promise<AddressGroup> {
  return client.request<AddressGroup>({ method: 'GET', path: addressGroupPath(id), unwrap: 'address_group' }, options);
}

/** Creates an address group (extension `address-group`). */
export async function createAddressGroup(client: NetworkingClient, input: CreateAddressGroupInput, options?: CallOptions): Promise<AddressGroup> {
  return client.request<AddressGroup>({ method: 'POST', path: addressGroupsPath(), json: { address_group: input }, expectStatus: [201], unwrap: 'address_group' }, options);
}

/** Updates an address group's name or description. */
export async function updateAddressGroup(client: NetworkingClient, id: string, input: UpdateAddressGroupInput, options?: CallOptions): Promise<AddressGroup> {
  return client.request<AddressGroup>({ method: 'PUT', path: addressGroupPath(id), json: { address_group: input }, expectStatus: [200], unwrap: 'address_group' }, options);
}

/** Deletes an address group; a 409 `AddressGroupInUse` while a security group rule uses it as its remote. */
export async function deleteAddressGroup(client: NetworkingClient, id: string, options?: CallOptions): Promise<void> {
  return client.execute({ method: 'DELETE', path: addressGroupPath(id), expectStatus: [204] }, options);
}

/**
 * Adds CIDRs to an address group in one step (`PUT address-groups/{id}/add_addresses`) and returns
 * the updated group. Adding one it already has is a 400 `AddressesAlreadyExist` and adds none.
 */
export async function addAddressGroupAddresses(client: NetworkingClient, id: string, input: AddressGroupAddressesInput, options?: CallOptions): Promise<AddressGroup> {
  return client.request<AddressGroup>({ method: 'PUT', path: addressGroupActionPath(id, 'add_addresses'), json: input, expectStatus: [200], unwrap: 'address_group' }, options);
}

/**
 * Removes CIDRs from an address group in one step (`PUT address-groups/{id}/remove_addresses`) and
 * returns the updated group. Removing one it does not have is a 404 `AddressesNotFound` and removes none.
 */
export async function removeAddressGroupAddresses(client: NetworkingClient, id: string, input: AddressGroupAddressesInput, options?: CallOptions): Promise<AddressGroup> {
  return client.request<AddressGroup>({ method: 'PUT', path: addressGroupActionPath(id, 'remove_addresses'), json: input, expectStatus: [200], unwrap: 'address_group' }, options);
}
