import { linkedPages, paginate, singlePage, type CallOptions, type Paged } from '@openstack-ts/core';
import { joinListFilters } from '@openstack-ts/core/internal';
import type { NetworkingClient } from '../client.js';
import { TAG_FILTERS, type NeutronListQuery } from '../common.js';
import type { Trunk, TrunkSubport } from './results.js';
import { trunkActionPath, trunkPath, trunksPath } from './urls.js';

/** Filters of {@link listTrunks}; each field is the query parameter of the same name. Arrays match any value. */
export interface ListTrunksQuery extends NeutronListQuery {
  id?: string | string[];
  name?: string | string[];
  /** The parent port. */
  port_id?: string;
  admin_state_up?: boolean;
  status?: Trunk['status'];
}

/** A subport to add: the port, and how its traffic is tagged on the parent port. */
export interface TrunkSubportInput {
  port_id: string;
  /** `vlan`, or `inherit` (the subport's network's segmentation). */
  segmentation_type?: TrunkSubport['segmentation_type'];
  segmentation_id?: number;
}

/** The body of {@link createTrunk}. */
export interface CreateTrunkInput {
  /** The parent port; it must not already be a trunk's parent or subport. */
  port_id: string;
  name?: string;
  description?: string;
  admin_state_up?: boolean;
  /** Subports to start with. */
  sub_ports?: TrunkSubportInput[];
  /** Admin: create it for another project. */
  project_id?: string;
}

/** The body of {@link updateTrunk}: only these fields change; subports have their own operations. */
export interface UpdateTrunkInput {
  name?: string;
  description?: string;
  admin_state_up?: boolean;
}

/** Lists the trunks the project can see (extension `trunk`). Sends nothing until iteration starts. */
export function listTrunks(client: NetworkingClient, query: ListTrunksQuery = {}, options?: CallOptions): Paged<Trunk> {
  return paginate<Trunk>(client, () => ({ path: trunksPath(), query: joinListFilters(query, TAG_FILTERS), itemsKey: 'trunks', strategy: linkedPages('trunks_links') }), options);
}

/** Shows one trunk (extension `trunk`). */
export async function getTrunk(client: NetworkingClient, id: string, options?: CallOptions): Promise<Trunk> {
  return client.request<Trunk>({ method: 'GET', path: trunkPath(id), unwrap: 'trunk' }, options);
}

/**
 * Creates a trunk on a parent port, optionally with subports (extension `trunk`, which needs a
 * trunk-capable mechanism driver: without it Neutron answers 404). A 409 when a port is already
 * in a trunk or a segmentation is taken.
 */
export async function createTrunk(client: NetworkingClient, input: CreateTrunkInput, options?: CallOptions): Promise<Trunk> {
  return client.request<Trunk>({ method: 'POST', path: trunksPath(), json: { trunk: input }, expectStatus: [201], unwrap: 'trunk' }, options);
}

/** Updates a trunk's name, description or admin state (extension `trunk`). */
export async function updateTrunk(client: NetworkingClient, id: string, input: UpdateTrunkInput, options?: CallOptions): Promise<Trunk> {
  return client.request<Trunk>({ method: 'PUT', path: trunkPath(id), json: { trunk: input }, expectStatus: [200], unwrap: 'trunk' }, options);
}

/** Deletes a trunk (extension `trunk`); a 409 while its parent port is bound to an instance. */
export async function deleteTrunk(client: NetworkingClient, id: string, options?: CallOptions): Promise<void> {
  return client.execute({ method: 'DELETE', path: trunkPath(id), expectStatus: [204] }, options);
}

/**
 * Adds subports to a trunk and returns the trunk (extension `trunk`). Unlike the other trunk
 * calls, Neutron answers with the trunk itself, not wrapped in `trunk`. A 409 when the trunk is
 * disabled, a port is already in a trunk or a segmentation is taken.
 */
export async function addTrunkSubports(client: NetworkingClient, id: string, subports: readonly TrunkSubportInput[], options?: CallOptions): Promise<Trunk> {
  return client.request<Trunk>({ method: 'PUT', path: trunkActionPath(id, 'add_subports'), json: { sub_ports: subports }, expectStatus: [200] }, options);
}

/**
 * Removes subports from a trunk by port ID and returns the trunk, unwrapped as with
 * {@link addTrunkSubports} (extension `trunk`). A 409 when the trunk is disabled.
 */
export async function removeTrunkSubports(client: NetworkingClient, id: string, subports: readonly Pick<TrunkSubportInput, 'port_id'>[], options?: CallOptions): Promise<Trunk> {
  return client.request<Trunk>({ method: 'PUT', path: trunkActionPath(id, 'remove_subports'), json: { sub_ports: subports }, expectStatus: [200] }, options);
}

/** Lists a trunk's subports (extension `trunk`), all in one page. Sends nothing until iteration starts. */
export function listTrunkSubports(client: NetworkingClient, id: string, options?: CallOptions): Paged<TrunkSubport> {
  return paginate<TrunkSubport>(client, () => ({ path: trunkActionPath(id, 'get_subports'), itemsKey: 'sub_ports', strategy: singlePage() }), options);
}
