import { linkedPages, paginate, type CallOptions, type Paged } from '@openstack-ts/core';
import { joinListFilters } from '@openstack-ts/core/internal';
import type { NetworkingClient } from '../client.js';
import { TAG_FILTERS, type NeutronListQuery } from '../common.js';
import type { FloatingIp } from './results.js';
import { floatingIpPath, floatingIpsPath } from './urls.js';

/** Filters of {@link listFloatingIps}; each field is the query parameter of the same name. Arrays match any value. */
export interface ListFloatingIpsQuery extends NeutronListQuery {
  id?: string | string[];
  floating_network_id?: string | string[];
  floating_ip_address?: string | string[];
  port_id?: string | string[];
  fixed_ip_address?: string | string[];
  router_id?: string | string[];
  status?: FloatingIp['status'];
  tenant_id?: string;
}

/** The body of {@link createFloatingIp}. */
export interface CreateFloatingIpInput {
  /** The external network to take the address from. */
  floating_network_id: string;
  /** Associate it at once with this port (its subnet must be on a router with a gateway on the network). */
  port_id?: string;
  /** The port's fixed IP to map to; needed when the port has several. */
  fixed_ip_address?: string;
  /** A specific address; admin only by default policy. */
  floating_ip_address?: string;
  /** Take the address from this subnet of the external network. */
  subnet_id?: string;
  description?: string;
  /** Extension `dns-integration`. Without an external DNS driver Neutron drops both (it answers `''`). */
  dns_name?: string;
  dns_domain?: string;
  /** Extension `qos-fip`. */
  qos_policy_id?: string | null;
  /** Admin: create it in another project. */
  project_id?: string;
}

/** The body of {@link updateFloatingIp}. `port_id: null` disassociates the address. */
export interface UpdateFloatingIpInput {
  port_id?: string | null;
  fixed_ip_address?: string | null;
  description?: string;
  /** Extension `qos-fip`. */
  qos_policy_id?: string | null;
}

/** Lists the floating IPs the project can see. Sends nothing until iteration starts. */
export function listFloatingIps(client: NetworkingClient, query: ListFloatingIpsQuery = {}, options?: CallOptions): Paged<FloatingIp> {
  return paginate<FloatingIp>(
    client,
    () => ({ path: floatingIpsPath(), query: joinListFilters(query, TAG_FILTERS), itemsKey: 'floatingips', strategy: linkedPages('floatingips_links') }),
    options,
  );
}

/** Shows one floating IP. */
export async function getFloatingIp(client: NetworkingClient, id: string, options?: CallOptions): Promise<FloatingIp> {
  return client.request<FloatingIp>({ method: 'GET', path: floatingIpPath(id), unwrap: 'floatingip' }, options);
}

/**
 * Allocates a floating IP on an external network and, given `port_id`, associates it with that
 * port. A 400 when the network is not external; a 404 when the port's subnet has no router with
 * a gateway on that network (`ExternalGatewayForFloatingIPNotFound`).
 */
export async function createFloatingIp(client: NetworkingClient, input: CreateFloatingIpInput, options?: CallOptions): Promise<FloatingIp> {
  return client.request<FloatingIp>({ method: 'POST', path: floatingIpsPath(), json: { floatingip: input }, expectStatus: [201], unwrap: 'floatingip' }, options);
}

/**
 * Updates a floating IP: associates it with a port (`port_id`), disassociates it (`port_id:
 * null`), or changes its description or QoS policy. A 409 `FipInUseByPortForwarding` when it
 * has port forwardings and a port is given.
 */
export async function updateFloatingIp(client: NetworkingClient, id: string, input: UpdateFloatingIpInput, options?: CallOptions): Promise<FloatingIp> {
  return client.request<FloatingIp>({ method: 'PUT', path: floatingIpPath(id), json: { floatingip: input }, expectStatus: [200], unwrap: 'floatingip' }, options);
}

/** Releases a floating IP; a 409 `FipInUseByPortForwarding` while it has port forwardings. */
export async function deleteFloatingIp(client: NetworkingClient, id: string, options?: CallOptions): Promise<void> {
  return client.execute({ method: 'DELETE', path: floatingIpPath(id), expectStatus: [204] }, options);
}
