import { linkedPages, paginate, type CallOptions, type Paged } from '@openstack-ts/core';
import { joinListFilters } from '@openstack-ts/core/internal';
import type { NetworkingClient } from '../client.js';
import { TAG_FILTERS, type NeutronListQuery } from '../common.js';
import type { PortForwarding, PortForwardingProtocol } from './results.js';
import { portForwardingPath, portForwardingsPath } from './urls.js';

/**
 * Filters of {@link listPortForwardings}; each field is the query parameter of the same name.
 * Port forwardings have no tags, project or revision, so those filters are left out; Neutron sorts
 * them by `id` or `protocol` only.
 */
export interface ListPortForwardingsQuery extends Omit<NeutronListQuery, 'tags' | 'tags-any' | 'not-tags' | 'not-tags-any' | 'project_id' | 'revision_number'> {
  id?: string | string[];
  internal_port_id?: string;
  external_port?: number;
  /** `first:last` (extension `floating-ip-port-forwarding-port-ranges`). */
  external_port_range?: string;
  protocol?: PortForwardingProtocol;
}

/**
 * The body of {@link createPortForwarding}: a single port (`internal_port` and `external_port`) or
 * a range (`internal_port_range` and `external_port_range`, `first:last`, of equal length or an
 * external range onto one internal port; extension `floating-ip-port-forwarding-port-ranges`).
 */
export interface CreatePortForwardingInput {
  /** The Neutron port that receives the traffic; it must not have a floating IP of its own. */
  internal_port_id: string;
  /** One of the port's fixed IPv4 addresses. */
  internal_ip_address: string;
  protocol: PortForwardingProtocol;
  internal_port?: number;
  external_port?: number;
  internal_port_range?: string;
  external_port_range?: string;
  /** Extension `floating-ip-port-forwarding-description`. */
  description?: string;
}

/** The body of {@link updatePortForwarding}. */
export type UpdatePortForwardingInput = Partial<CreatePortForwardingInput>;

/** Lists the port forwardings of a floating IP. Sends nothing until iteration starts. */
export function listPortForwardings(client: NetworkingClient, floatingIpId: string, query: ListPortForwardingsQuery = {}, options?: CallOptions): Paged<PortForwarding> {
  return paginate<PortForwarding>(
    client,
    () => ({ path: portForwardingsPath(floatingIpId), query: joinListFilters(query, TAG_FILTERS), itemsKey: 'port_forwardings', strategy: linkedPages('port_forwardings_links') }),
    options,
  );
}

/** Shows one port forwarding of a floating IP. */
export async function getPortForwarding(client: NetworkingClient, floatingIpId: string, id: string, options?: CallOptions): Promise<PortForwarding> {
  return client.request<PortForwarding>({ method: 'GET', path: portForwardingPath(floatingIpId, id), unwrap: 'port_forwarding' }, options);
}

/**
 * Creates a port forwarding on a floating IP that is not associated with a port (a 409
 * `PortHasBindingFloatingIP` when the internal port has a floating IP; a 400 when the external
 * ports collide with another rule's). The internal port's subnet must be on a router with a
 * gateway on the floating IP's network.
 */
export async function createPortForwarding(client: NetworkingClient, floatingIpId: string, input: CreatePortForwardingInput, options?: CallOptions): Promise<PortForwarding> {
  return client.request<PortForwarding>(
    { method: 'POST', path: portForwardingsPath(floatingIpId), json: { port_forwarding: input }, expectStatus: [201], unwrap: 'port_forwarding' },
    options,
  );
}

/** Updates a port forwarding of a floating IP. */
export async function updatePortForwarding(client: NetworkingClient, floatingIpId: string, id: string, input: UpdatePortForwardingInput, options?: CallOptions): Promise<PortForwarding> {
  return client.request<PortForwarding>(
    { method: 'PUT', path: portForwardingPath(floatingIpId, id), json: { port_forwarding: input }, expectStatus: [200], unwrap: 'port_forwarding' },
    options,
  );
}

/** Deletes a port forwarding of a floating IP. */
export async function deletePortForwarding(client: NetworkingClient, floatingIpId: string, id: string, options?: CallOptions): Promise<void> {
  return client.execute({ method: 'DELETE', path: portForwardingPath(floatingIpId, id), expectStatus: [204] }, options);
}
