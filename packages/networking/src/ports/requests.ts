import { findIdOrName, InvalidInputError, linkedPages, paginate, type CallOptions, type FoundId, type Paged } from '@openstack-ts/core';
import { isRecord, joinListFilters } from '@openstack-ts/core/internal';
import type { NetworkingClient } from '../client.js';
import { TAG_FILTERS, type NeutronListQuery } from '../common.js';
import type { Port, PortNumaAffinityPolicy, PortStatus, PortVnicType } from './results.js';
import { portPath, portsPath } from './urls.js';

/**
 * One `fixed_ips` filter of {@link listPorts}. Neutron gathers the values of all entries by key:
 * a port matches when it has an address among the `ip_address` values, from a subnet among the
 * `subnet_id` values, containing one of the `ip_address_substr` values.
 */
export interface PortFixedIpFilter {
  ip_address?: string;
  subnet_id?: string;
  /** Part of an address, such as `10.0.0.1` for `10.0.0.1x` (extension `ip-substring-filtering`). */
  ip_address_substr?: string;
}

/** Filters of {@link listPorts}; each field is the query parameter of the same name. Arrays match any value. */
export interface ListPortsQuery extends NeutronListQuery {
  id?: string | string[];
  name?: string | string[];
  network_id?: string | string[];
  device_id?: string | string[];
  /** Such as `compute:nova`, `network:dhcp` or `network:router_interface`. */
  device_owner?: string | string[];
  mac_address?: string | string[];
  status?: PortStatus | PortStatus[];
  admin_state_up?: boolean;
  /** Admin: filter by owning project (the older name of `project_id`). */
  tenant_id?: string;
  /** Sent as one repeated `fixed_ips=<key>=<value>` parameter per key of each entry. */
  fixed_ips?: PortFixedIpFilter[];
  /** Ports in these security groups (extension `port-security-groups-filtering`). */
  security_groups?: string | string[];
  /** Ports bound on this host (extension `binding`; the host is visible to admins only). */
  'binding:host_id'?: string | string[];
  /** Extension `ip_allocation`. */
  ip_allocation?: 'immediate' | 'deferred' | 'none' | (string & {});
  /** Extension `mac_learning_enabled` (some backends only). */
  mac_learning_enabled?: boolean;
  /** Extension `pvlan` (some backends only). */
  pvlan_type?: Port['pvlan_type'];
  pvlan_community?: string;
}

/**
 * An address to give a port: a subnet to allocate from, an address (Neutron finds its subnet on
 * the network), or both.
 */
export interface PortFixedIpInput {
  subnet_id?: string;
  ip_address?: string;
}

/** An allowed address pair to set; the MAC defaults to the port's own. */
export interface PortAllowedAddressPairInput {
  /** An IP address or a CIDR. */
  ip_address: string;
  mac_address?: string;
}

/** An extra DHCP option to set. On update, a `null` value removes the option of that name. */
export interface PortExtraDhcpOptionInput {
  /** Such as `tftp-server`, `server-ip-address` or `bootfile-name`. */
  opt_name: string;
  opt_value: string | null;
  /** Default 4. */
  ip_version?: 4 | 6;
}

/** The body of {@link createPort}. Fields from an extension need that extension to be loaded (else 400). */
export interface CreatePortInput {
  network_id: string;
  name?: string;
  description?: string;
  admin_state_up?: boolean;
  /** Admin: create it in another project. */
  project_id?: string;
  /** Without it, Neutron allocates one address from each IPv4 subnet (and from IPv6 ones as configured). */
  fixed_ips?: PortFixedIpInput[];
  mac_address?: string;
  /** Extension `allowed-address-pairs`. */
  allowed_address_pairs?: PortAllowedAddressPairInput[];
  /** Extension `extra_dhcp_opt`. */
  extra_dhcp_opts?: PortExtraDhcpOptionInput[];
  /** Defaults to the network's. With `false`, `security_groups` must be `[]` (else 400). */
  port_security_enabled?: boolean;
  /** Security group IDs; default the project's `default` group. */
  security_groups?: string[];
  device_id?: string;
  device_owner?: string;
  /** Admin: the host to bind the port on (extension `binding`). */
  'binding:host_id'?: string;
  /** Extension `binding`; default `normal`. */
  'binding:vnic_type'?: PortVnicType;
  /**
   * Admin (or the `service` role under the new policy defaults): free-form data for the
   * backend (extension `binding`). `{ trusted: true }` marks an SR-IOV VF as trusted on clouds
   * without extension `port-trusted-vif`.
   */
  'binding:profile'?: Record<string, unknown>;
  /** Extension `dns-integration`. */
  dns_name?: string;
  /** Per-port DNS domain (extension `dns-domain-ports`). */
  dns_domain?: string;
  /** Extension `qos`. */
  qos_policy_id?: string | null;
  /** Extension `uplink-status-propagation`. */
  propagate_uplink_status?: boolean;
  /**
   * Extension `port-numa-affinity-policy` (`socket` needs `port-numa-affinity-policy-socket`).
   * Neutron may accept and drop it when the ML2 extension driver is not configured.
   */
  numa_affinity_policy?: PortNumaAffinityPolicy | null;
  /** A trusted VIF (SR-IOV), mirrored into `binding:profile` (extension `port-trusted-vif`). */
  trusted?: boolean;
  /** Admin: backend-specific tuning keyed by mechanism driver (extension `port-hints`). */
  hints?: Record<string, unknown> | null;
  /** Such as `switchdev` (extension `port-hardware-offload-type`). */
  hardware_offload_type?: string;
  /** A Cyborg device profile name (extension `port-device-profile`). */
  device_profile?: string | null;
  /** Extension `mac_learning_enabled` (some backends only). */
  mac_learning_enabled?: boolean;
  /** Extension `pvlan` (some backends only). */
  pvlan_type?: Port['pvlan_type'];
  pvlan_community?: string;
  /**
   * Tags set at creation (extension `tag-ports-during-bulk-creation`, for {@link createPort} and
   * {@link createPorts} alike). A Neutron without that extension drops them without a word: the
   * port comes back with `tags: []`. To tag a port on any Neutron, create it, then set the tags
   * with `replaceResourceTags(client, 'ports', port.id, tags)`.
   */
  tags?: string[];
}

/**
 * The body of {@link updatePort}. `fixed_ips`, `security_groups`, `allowed_address_pairs` replace
 * the current lists.
 */
export interface UpdatePortInput extends Omit<CreatePortInput, 'network_id' | 'project_id' | 'mac_address' | 'device_profile' | 'hardware_offload_type' | 'tags' | 'binding:profile'> {
  /** Admin (or advsvc): a new MAC; `null` has Neutron generate one (extension `port-mac-address-regenerate`). */
  mac_address?: string | null;
  /** Admin: `null` clears it to `{}`. */
  'binding:profile'?: Record<string, unknown> | null;
  /** Admin or the `data_plane_integrator` role (extension `data-plane-status`). */
  data_plane_status?: 'ACTIVE' | 'DOWN' | null;
}

const FIXED_IP_FILTER_KEYS = ['ip_address', 'subnet_id', 'ip_address_substr'] as const;

/** `[{ ip_address, subnet_id }]` becomes `['ip_address=…', 'subnet_id=…']`, sent as repeated `fixed_ips`. */
function toFixedIpsQuery(filters: readonly PortFixedIpFilter[]): string[] {
  const values: string[] = [];
  for (const filter of filters) {
    const before = values.length;
    for (const key of FIXED_IP_FILTER_KEYS) {
      const value = filter[key];
      if (value === undefined) continue;
      if (typeof value !== 'string' || value === '') throw new InvalidInputError(`fixed_ips filter ${key} must be a non-empty string`, `fixed_ips.${key}`);
      values.push(`${key}=${value}`);
    }
    if (values.length === before) throw new InvalidInputError('each fixed_ips filter needs ip_address, subnet_id or ip_address_substr', 'fixed_ips');
  }
  return values;
}

/** Refuses an input that is not an object or has no `network_id`, naming the field (`ports[1].network_id` in a bulk create). */
function checkPortInput(input: CreatePortInput, prefix: string): void {
  const given: unknown = input;
  if (!isRecord(given)) throw new InvalidInputError(`${prefix === '' ? 'the port' : prefix.slice(0, -1)} must be an object`, prefix === '' ? 'port' : prefix.slice(0, -1));
  if (typeof given.network_id !== 'string' || given.network_id === '') throw new InvalidInputError(`${prefix}network_id must be a non-empty string`, `${prefix}network_id`);
}

/**
 * Lists the ports the project can see (an admin sees all). Sends nothing until iteration starts;
 * bad `fixed_ips` filters reject the first page, before any request.
 */
export function listPorts(client: NetworkingClient, query: ListPortsQuery = {}, options?: CallOptions): Paged<Port> {
  return paginate<Port>(
    client,
    () => {
      const { fixed_ips, ...rest } = query;
      const params = joinListFilters({ ...rest, fixed_ips: fixed_ips === undefined ? undefined : toFixedIpsQuery(fixed_ips) }, TAG_FILTERS);
      return { path: portsPath(), query: params, itemsKey: 'ports', strategy: linkedPages('ports_links') };
    },
    options,
  );
}

/** Shows one port. */
export async function getPort(client: NetworkingClient, id: string, options?: CallOptions): Promise<Port> {
  return client.request<Port>({ method: 'GET', path: portPath(id), unwrap: 'port' }, options);
}

/**
 * Creates a port on a network; a 409 `IpAddressAlreadyAllocated` when a requested address is taken.
 * `network_id` is checked before sending.
 *
 * Tags in the input are kept only by a Neutron with extension `tag-ports-during-bulk-creation`;
 * others drop them silently (the port comes back with `tags: []`). To tag a port on any Neutron,
 * create it, then set the tags:
 *
 * ```ts
 * const port = await createPort(client, { network_id: networkId, name: 'web' });
 * const tags = await replaceResourceTags(client, 'ports', port.id, ['prod']);
 * ```
 */
export async function createPort(client: NetworkingClient, input: CreatePortInput, options?: CallOptions): Promise<Port> {
  checkPortInput(input, '');
  return client.request<Port>({ method: 'POST', path: portsPath(), json: { port: input }, expectStatus: [201], unwrap: 'port' }, options);
}

/**
 * Creates several ports in one request (all or none), returned in the order given. Refuses an
 * empty list, or an entry without `network_id`, before sending. Tags are dropped as
 * {@link createPort} says unless the server has extension `tag-ports-during-bulk-creation`: set
 * them afterwards with `replaceResourceTags`.
 */
export async function createPorts(client: NetworkingClient, inputs: readonly CreatePortInput[], options?: CallOptions): Promise<Port[]> {
  const given: unknown = inputs;
  if (!Array.isArray(given) || given.length === 0) throw new InvalidInputError('createPorts needs a non-empty list of ports', 'ports');
  inputs.forEach((input, index) => {
    checkPortInput(input, `ports[${String(index)}].`);
  });
  return client.request<Port[]>({ method: 'POST', path: portsPath(), json: { ports: inputs }, expectStatus: [201], unwrap: 'ports' }, options);
}

/** Updates a port; lists given replace the port's (addresses left out return to their pools). */
export async function updatePort(client: NetworkingClient, id: string, input: UpdatePortInput, options?: CallOptions): Promise<Port> {
  return client.request<Port>({ method: 'PUT', path: portPath(id), json: { port: input }, expectStatus: [200], unwrap: 'port' }, options);
}

/** Deletes a port, returning its addresses to their subnets' pools. */
export async function deletePort(client: NetworkingClient, id: string, options?: CallOptions): Promise<void> {
  return client.execute({ method: 'DELETE', path: portPath(id), expectStatus: [204] }, options);
}

/**
 * Resolves a port ID or name to its ID, as openstacksdk's `find_port` does: the input is
 * tried as an ID first (`getPort`), then as the name of exactly one port (a `name` filtered
 * listing). Resolves to `{ id, matchedBy }`; raises `NameLookupError` when nothing or several
 * ports match, `InvalidInputError` for an empty input.
 */
export async function findPortId(client: NetworkingClient, nameOrId: string, options?: CallOptions): Promise<FoundId> {
  return findIdOrName<Port>({
    nameOrId,
    what: 'port',
    get: async (id) => getPort(client, id, options),
    list: () => listPorts(client, { name: nameOrId, fields: ['id', 'name'] }, options),
  });
}
