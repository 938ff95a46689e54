import { findIdByName, linkedPages, paginate, type CallOptions, type Paged, type ServiceClient } from '@openstack-ts/core';
import { toNeutronQuery, type NeutronListQuery } from '../common.js';
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
export function listNetworks(client: ServiceClient, query: ListNetworksQuery = {}, options?: CallOptions): Paged<Network> {
  return paginate<Network>(client, { path: networksPath(), query: toNeutronQuery(query), itemsKey: 'networks', strategy: linkedPages('networks_links') }, options);
}

/** Shows one network. */
export function getNetwork(client: ServiceClient, id: string, options?: CallOptions): Promise<Network> {
  return client.request<Network>({ method: 'GET', path: networkPath(id), unwrap: 'network' }, options);
}

/** Creates a network. */
export function createNetwork(client: ServiceClient, input: CreateNetworkInput, options?: CallOptions): Promise<Network> {
  return client.request<Network>({ method: 'POST', path: networksPath(), json: { network: input }, expectStatus: [201], unwrap: 'network' }, options);
}

/** Creates several networks in one request (all or none). */
export function createNetworks(client: ServiceClient, inputs: readonly CreateNetworkInput[], options?: CallOptions): Promise<Network[]> {
  return client.request<Network[]>({ method: 'POST', path: networksPath(), json: { networks: inputs }, expectStatus: [201], unwrap: 'networks' }, options);
}

/** Updates a network. */
export function updateNetwork(client: ServiceClient, id: string, input: UpdateNetworkInput, options?: CallOptions): Promise<Network> {
  return client.request<Network>({ method: 'PUT', path: networkPath(id), json: { network: input }, expectStatus: [200], unwrap: 'network' }, options);
}

/** Deletes a network, with its subnets; a 409 `NetworkInUse` while ports other than DHCP's remain. */
export function deleteNetwork(client: ServiceClient, id: string, options?: CallOptions): Promise<void> {
  return client.execute({ method: 'DELETE', path: networkPath(id), expectStatus: [204] }, options);
}

/** Turns a network name into its ID; throws `NameLookupError` when none or several have it. */
export function findNetworkId(client: ServiceClient, name: string, options?: CallOptions): Promise<string> {
  return findIdByName(listNetworks(client, { name, fields: ['id', 'name'] }, options), name, 'network');
}
