import { findIdOrName, InvalidInputError, linkedPages, paginate, type CallOptions, type FoundId, type Paged } from '@openstack-ts/core';
import { joinListFilters } from '@openstack-ts/core/internal';
import type { NetworkingClient } from '../client.js';
import { TAG_FILTERS, type NeutronListQuery } from '../common.js';
import type { Network, NetworkSegment } from './results.js';
import { networkPath, networksPath } from './urls.js';

/** Filters of {@link listNetworks}; each field is the query parameter of the same name. Arrays match any value. */
export interface ListNetworksQuery extends NeutronListQuery {
  id?: string | string[];
  name?: string | string[];
  status?: Network['status'];
  admin_state_up?: boolean;
  shared?: boolean;
  mtu?: number;
  'router:external'?: boolean;
  'provider:network_type'?: string;
  'provider:physical_network'?: string;
  'provider:segmentation_id'?: number;
  is_default?: boolean;
  port_security_enabled?: boolean;
  qos_policy_id?: string;
  dns_domain?: string;
  availability_zone_hints?: string;
}

/** The body of {@link createNetwork}. Provider and `router:external` fields are admin only. */
export interface CreateNetworkInput {
  name?: string;
  description?: string;
  admin_state_up?: boolean;
  shared?: boolean;
  /** Admin: create it in another project. */
  project_id?: string;
  mtu?: number;
  port_security_enabled?: boolean;
  qos_policy_id?: string | null;
  dns_domain?: string;
  'router:external'?: boolean;
  is_default?: boolean;
  availability_zone_hints?: string[];
  vlan_transparent?: boolean;
  'provider:network_type'?: NetworkSegment['provider:network_type'];
  'provider:physical_network'?: string;
  'provider:segmentation_id'?: number;
  /** Several provider segments (extension `multi-provider`); exclusive with the `provider:*` fields. */
  segments?: NetworkSegment[];
}

/** The body of {@link updateNetwork}. */
export type UpdateNetworkInput = Omit<CreateNetworkInput, 'project_id' | 'availability_zone_hints' | 'vlan_transparent'>;

/** Lists the networks the project can see. Sends nothing until iteration starts. */
export function listNetworks(client: NetworkingClient, query: ListNetworksQuery = {}, options?: CallOptions): Paged<Network> {
  return paginate<Network>(client, () => ({ path: networksPath(), query: joinListFilters(query, TAG_FILTERS), itemsKey: 'networks', strategy: linkedPages('networks_links') }), options);
}

/** Shows one network. */
export async function getNetwork(client: NetworkingClient, id: string, options?: CallOptions): Promise<Network> {
  return client.request<Network>({ method: 'GET', path: networkPath(id), unwrap: 'network' }, options);
}

/** Creates a network. */
export async function createNetwork(client: NetworkingClient, input: CreateNetworkInput, options?: CallOptions): Promise<Network> {
  return client.request<Network>({ method: 'POST', path: networksPath(), json: { network: input }, expectStatus: [201], unwrap: 'network' }, options);
}

/**
 * Creates several networks in one request (all or none). An empty list is refused before sending
 * (Neutron would answer 400 `Resources required`).
 */
export async function createNetworks(client: NetworkingClient, inputs: readonly CreateNetworkInput[], options?: CallOptions): Promise<Network[]> {
  const given: unknown = inputs;
  if (!Array.isArray(given) || given.length === 0) throw new InvalidInputError('createNetworks needs a non-empty list of networks', 'networks');
  return client.request<Network[]>({ method: 'POST', path: networksPath(), json: { networks: inputs }, expectStatus: [201], unwrap: 'networks' }, options);
}

/** Updates a network. */
export async function updateNetwork(client: NetworkingClient, id: string, input: UpdateNetworkInput, options?: CallOptions): Promise<Network> {
  return client.request<Network>({ method: 'PUT', path: networkPath(id), json: { network: input }, expectStatus: [200], unwrap: 'network' }, options);
}

/** Deletes a network, with its subnets; a 409 `NetworkInUse` while ports other than DHCP's remain. */
export async function deleteNetwork(client: NetworkingClient, id: string, options?: CallOptions): Promise<void> {
  return client.execute({ method: 'DELETE', path: networkPath(id), expectStatus: [204] }, options);
}

/**
 * Resolves a network ID or name to its ID, as openstacksdk's `find_network` does: the input is
 * tried as an ID first (`getNetwork`), then as the name of exactly one network (a `name` filtered
 * listing). Resolves to `{ id, matchedBy }`; raises `NameLookupError` when nothing or several
 * networks match, `InvalidInputError` for an empty input.
 */
export async function findNetworkId(client: NetworkingClient, nameOrId: string, options?: CallOptions): Promise<FoundId> {
  return findIdOrName<Network>({
    nameOrId,
    what: 'network',
    get: async (id) => getNetwork(client, id, options),
    list: () => listNetworks(client, { name: nameOrId, fields: ['id', 'name'] }, options),
  });
}
