import { findIdOrName, InvalidInputError, linkedPages, paginate, type CallOptions, type FoundId, type Paged } from '@openstack-ts/core';
import { isRecord, joinListFilters } from '@openstack-ts/core/internal';
import type { NetworkingClient } from '../client.js';
import { TAG_FILTERS, type NeutronListQuery } from '../common.js';
import type { AllocationPool, HostRoute, Ipv6Mode, Subnet } from './results.js';
import { subnetPath, subnetsPath } from './urls.js';

/** Filters of {@link listSubnets}; each field is the query parameter of the same name. Arrays match any value. */
export interface ListSubnetsQuery extends NeutronListQuery {
  id?: string | string[];
  name?: string | string[];
  network_id?: string | string[];
  ip_version?: Subnet['ip_version'];
  cidr?: string | string[];
  gateway_ip?: string;
  enable_dhcp?: boolean;
  ipv6_ra_mode?: Ipv6Mode;
  ipv6_address_mode?: Ipv6Mode;
  subnetpool_id?: string | string[];
  /** Extension `segment`. */
  segment_id?: string | string[];
  /** Admin only: subnets of shared networks. */
  shared?: boolean;
  /** Extension `subnet-dns-publish-fixed-ip`; without it Neutron refuses the filter (400). */
  dns_publish_fixed_ip?: boolean;
}

/**
 * The body of {@link createSubnet}. Give `cidr`, or let a subnet pool allocate one: `subnetpool_id`
 * or `use_default_subnetpool`, with `prefixlen` for a size other than the pool's default.
 */
export interface CreateSubnetInput {
  network_id: string;
  ip_version: Subnet['ip_version'];
  cidr?: string;
  /** Allocate the CIDR from this pool (extension `subnet_allocation`). */
  subnetpool_id?: string | null;
  /** Allocate the CIDR from the default pool of `ip_version` (extension `default-subnetpools`). */
  use_default_subnetpool?: boolean;
  /** The size of the allocated CIDR; only with a subnet pool. */
  prefixlen?: number;
  name?: string;
  description?: string;
  /**
   * `null` for a subnet without gateway. Omitted, Neutron picks one from the CIDR: `10.50.0.1` for
   * `10.50.0.0/24`, but the subnet-router anycast address `fd00:50::` for a SLAAC `fd00:50::/64`.
   */
  gateway_ip?: string | null;
  /** Omitted, the whole CIDR but the gateway; must not contain the gateway (409 `GatewayConflictWithAllocationPools`). */
  allocation_pools?: AllocationPool[];
  host_routes?: HostRoute[];
  dns_nameservers?: string[];
  /** Default true. */
  enable_dhcp?: boolean;
  ipv6_ra_mode?: Ipv6Mode;
  ipv6_address_mode?: Ipv6Mode;
  /** Put the subnet on one segment of a routed network (extension `segment`); all of a network's subnets have one or none. */
  segment_id?: string | null;
  /** Extension `subnet-service-types`. */
  service_types?: string[];
  /** Extension `subnet-dns-publish-fixed-ip`. */
  dns_publish_fixed_ip?: boolean;
  /** Admin: create it in another project. */
  project_id?: string;
}

/** The body of {@link updateSubnet}; the network, IP version, CIDR and IPv6 modes cannot change. */
export interface UpdateSubnetInput {
  name?: string;
  description?: string;
  /** `null` removes the gateway. */
  gateway_ip?: string | null;
  allocation_pools?: AllocationPool[];
  host_routes?: HostRoute[];
  dns_nameservers?: string[];
  enable_dhcp?: boolean;
  /** Extension `subnet-service-types`. */
  service_types?: string[];
  /** Only from `null` to a segment of the subnet's network (extension `subnet-segmentid-writable`). */
  segment_id?: string | null;
  /** Extension `subnet-dns-publish-fixed-ip`. */
  dns_publish_fixed_ip?: boolean;
}

/** Refuses the combinations Neutron answers with 400 `BadRequest`, before anything is sent. */
function checkCreateSubnet(input: CreateSubnetInput, where = ''): void {
  const given: unknown = input;
  if (!isRecord(given)) throw new InvalidInputError(`${where}a subnet must be an object`, 'subnet');
  const fromPool = input.subnetpool_id !== undefined && input.subnetpool_id !== null;
  if (fromPool && input.use_default_subnetpool === true) {
    throw new InvalidInputError(`${where}subnetpool_id and use_default_subnetpool cannot both be given`, 'use_default_subnetpool');
  }
  const hasCidr = input.cidr !== undefined;
  if (hasCidr && input.prefixlen !== undefined) {
    throw new InvalidInputError(`${where}cidr and prefixlen cannot both be given: prefixlen sizes a CIDR allocated from a subnet pool`, 'prefixlen');
  }
  if (!hasCidr && !fromPool && input.use_default_subnetpool !== true) {
    throw new InvalidInputError(`${where}a subnet needs a cidr, or subnetpool_id or use_default_subnetpool to allocate one`, 'cidr');
  }
}

/** Lists the subnets the project can see. Sends nothing until iteration starts. */
export function listSubnets(client: NetworkingClient, query: ListSubnetsQuery = {}, options?: CallOptions): Paged<Subnet> {
  return paginate<Subnet>(client, () => ({ path: subnetsPath(), query: joinListFilters(query, TAG_FILTERS), itemsKey: 'subnets', strategy: linkedPages('subnets_links') }), options);
}

/** Shows one subnet. */
export async function getSubnet(client: NetworkingClient, id: string, options?: CallOptions): Promise<Subnet> {
  return client.request<Subnet>({ method: 'GET', path: subnetPath(id), unwrap: 'subnet' }, options);
}

/**
 * Creates a subnet on a network, with a given CIDR or one allocated from a subnet pool. Throws
 * `InvalidInputError` before sending when neither a CIDR nor a pool is given, or when both
 * `subnetpool_id` and `use_default_subnetpool`, or `cidr` and `prefixlen`, are.
 */
export async function createSubnet(client: NetworkingClient, input: CreateSubnetInput, options?: CallOptions): Promise<Subnet> {
  checkCreateSubnet(input);
  return client.request<Subnet>({ method: 'POST', path: subnetsPath(), json: { subnet: input }, expectStatus: [201], unwrap: 'subnet' }, options);
}

/**
 * Creates several subnets in one request (all or none); each input is checked as
 * {@link createSubnet} checks it, and an empty list is refused, before sending.
 */
export async function createSubnets(client: NetworkingClient, inputs: readonly CreateSubnetInput[], options?: CallOptions): Promise<Subnet[]> {
  const given: unknown = inputs;
  if (!Array.isArray(given) || given.length === 0) throw new InvalidInputError('createSubnets needs a non-empty list of subnets', 'subnets');
  inputs.forEach((input, index) => {
    checkCreateSubnet(input, `subnet ${String(index)}: `);
  });
  return client.request<Subnet[]>({ method: 'POST', path: subnetsPath(), json: { subnets: inputs }, expectStatus: [201], unwrap: 'subnets' }, options);
}

/** Updates a subnet. */
export async function updateSubnet(client: NetworkingClient, id: string, input: UpdateSubnetInput, options?: CallOptions): Promise<Subnet> {
  return client.request<Subnet>({ method: 'PUT', path: subnetPath(id), json: { subnet: input }, expectStatus: [200], unwrap: 'subnet' }, options);
}

/**
 * Deletes a subnet. While ports hold addresses from it Neutron answers 409 `SubnetInUse` (the API
 * reference says 412).
 */
export async function deleteSubnet(client: NetworkingClient, id: string, options?: CallOptions): Promise<void> {
  return client.execute({ method: 'DELETE', path: subnetPath(id), expectStatus: [204] }, options);
}

/**
 * Resolves a subnet ID or name to its ID, as openstacksdk's `find_subnet` does: the input is
 * tried as an ID first (`getSubnet`), then as the name of exactly one subnet (a `name` filtered
 * listing). Resolves to `{ id, matchedBy }`; raises `NameLookupError` when nothing or several
 * subnets match, `InvalidInputError` for an empty input.
 */
export async function findSubnetId(client: NetworkingClient, nameOrId: string, options?: CallOptions): Promise<FoundId> {
  return findIdOrName<Subnet>({
    nameOrId,
    what: 'subnet',
    get: async (id) => getSubnet(client, id, options),
    list: () => listSubnets(client, { name: nameOrId, fields: ['id', 'name'] }, options),
  });
}
