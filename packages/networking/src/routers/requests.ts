import { findIdOrName, InvalidInputError, linkedPages, paginate, type CallOptions, type FoundId, type Paged } from '@openstack-ts/core';
import { isRecord, joinListFilters } from '@openstack-ts/core/internal';
import type { NetworkingClient } from '../client.js';
import { TAG_FILTERS, type NeutronListQuery } from '../common.js';
import type { Router, RouterInterface, RouterRoute } from './results.js';
import { routerActionPath, routerPath, routersPath } from './urls.js';

/**
 * Filters of {@link listRouters}; each field is the query parameter of the same name. Arrays
 * match any value. Neutron filters routers on these only (it refuses `status`, `ha`, `distributed`…).
 */
export interface ListRoutersQuery extends NeutronListQuery {
  id?: string | string[];
  name?: string | string[];
  admin_state_up?: boolean;
  tenant_id?: string;
}

/** The gateway of {@link createRouter} and {@link updateRouter}. */
export interface RouterGatewayInput {
  /** The external network (`router:external`). */
  network_id: string;
  /** Admin only by default policy (extension `ext-gw-mode`). */
  enable_snat?: boolean;
  /** Admin only by default policy: the subnets or addresses of the gateway port. */
  external_fixed_ips?: { subnet_id?: string; ip_address?: string }[];
  /** Extension `qos-gateway-ip`. */
  qos_policy_id?: string | null;
}

/** The body of {@link createRouter}. */
export interface CreateRouterInput {
  name?: string;
  description?: string;
  admin_state_up?: boolean;
  /** Admin: create it in another project. */
  project_id?: string;
  external_gateway_info?: RouterGatewayInput;
  /** Admin only by default policy (extension `dvr`). */
  distributed?: boolean;
  /** Admin only by default policy (extension `l3-ha`). */
  ha?: boolean;
  /** Availability zones to schedule the router in (extension `router_availability_zone`). */
  availability_zone_hints?: string[];
  /** A service flavor of type `L3_ROUTER_NAT` (extension `l3-flavors`). */
  flavor_id?: string;
}

/** The body of {@link updateRouter}. */
export interface UpdateRouterInput {
  name?: string;
  description?: string;
  admin_state_up?: boolean;
  /** A new gateway; `{}` or `null` removes it (a 409 `RouterExternalGatewayInUseByFloatingIp` while floating IPs use it). */
  external_gateway_info?: RouterGatewayInput | Record<string, never> | null;
  /** Replaces every static route (extension `extraroute`); `[]` removes them all. */
  routes?: RouterRoute[];
  /** Admin only, while the router is administratively down (extension `dvr`). */
  distributed?: boolean;
  /** Admin only, while the router is administratively down (extension `l3-ha`). */
  ha?: boolean;
}

/** Which interface {@link addRouterInterface} plugs in: a subnet (on its gateway IP) or an existing port. */
export type AddRouterInterfaceInput = { subnet_id: string; port_id?: never } | { port_id: string; subnet_id?: never };

/** Which interface {@link removeRouterInterface} unplugs: by subnet, by port, or both (the port's first subnet). */
export type RemoveRouterInterfaceInput = { subnet_id: string; port_id?: string } | { port_id: string; subnet_id?: string };

/** The subnet and port IDs of an interface input; an input that is not an object names neither. */
function interfaceIds(input: AddRouterInterfaceInput | RemoveRouterInterfaceInput): { subnet_id?: unknown; port_id?: unknown } {
  const given: unknown = input;
  return isRecord(given) ? given : {};
}

/** Lists the routers the project can see. Sends nothing until iteration starts. */
export function listRouters(client: NetworkingClient, query: ListRoutersQuery = {}, options?: CallOptions): Paged<Router> {
  return paginate<Router>(client, () => ({ path: routersPath(), query: joinListFilters(query, TAG_FILTERS), itemsKey: 'routers', strategy: linkedPages('routers_links') }), options);
}

/** Shows one router. */
export async function getRouter(client: NetworkingClient, id: string, options?: CallOptions): Promise<Router> {
  return client.request<Router>({ method: 'GET', path: routerPath(id), unwrap: 'router' }, options);
}

/**
 * Creates a router, with a gateway on an external network when `external_gateway_info` is given.
 * By default policy only admins may set `enable_snat`, `external_fixed_ips`, `distributed` or `ha`
 * (a member gets a 403 `PolicyNotAuthorized`).
 */
export async function createRouter(client: NetworkingClient, input: CreateRouterInput, options?: CallOptions): Promise<Router> {
  return client.request<Router>({ method: 'POST', path: routersPath(), json: { router: input }, expectStatus: [201], unwrap: 'router' }, options);
}

/**
 * Updates a router: its name, gateway or static routes (`routes` replaces them all; to add or
 * remove some without racing other writers use {@link addRouterExtraRoutes} and
 * {@link removeRouterExtraRoutes}). Interfaces change through {@link addRouterInterface}.
 */
export async function updateRouter(client: NetworkingClient, id: string, input: UpdateRouterInput, options?: CallOptions): Promise<Router> {
  return client.request<Router>({ method: 'PUT', path: routerPath(id), json: { router: input }, expectStatus: [200], unwrap: 'router' }, options);
}

/** Deletes a router and its gateway port; a 409 `RouterInUse` while it still has interfaces. */
export async function deleteRouter(client: NetworkingClient, id: string, options?: CallOptions): Promise<void> {
  return client.execute({ method: 'DELETE', path: routerPath(id), expectStatus: [204] }, options);
}

/**
 * Adds an internal interface to a router: on a subnet (Neutron creates a port with the subnet's
 * gateway IP) or on an existing port (which must have a fixed IP). Passing both, or neither, fails
 * before any request, as Neutron would refuse it. A 409 when the port is in use.
 */
export async function addRouterInterface(client: NetworkingClient, id: string, input: AddRouterInterfaceInput, options?: CallOptions): Promise<RouterInterface> {
  const { subnet_id: subnetId, port_id: portId } = interfaceIds(input);
  if (subnetId !== undefined && portId !== undefined) {
    throw new InvalidInputError('subnet_id and port_id cannot be given together: add an interface on a subnet, or on a port', 'port_id');
  }
  if (subnetId === undefined && portId === undefined) throw new InvalidInputError('A router interface needs subnet_id or port_id', 'subnet_id');
  return client.request<RouterInterface>({ method: 'PUT', path: routerActionPath(id, 'add_router_interface'), json: input, expectStatus: [200] }, options);
}

/**
 * Removes an internal interface from a router, named by subnet or port (neither fails before any
 * request). Neutron deletes the router's port once its last subnet is gone. A 409
 * `RouterInterfaceInUseByRoute` while a static route, or `RouterInterfaceInUseByFloatingIP` while
 * a floating IP, needs the subnet.
 */
export async function removeRouterInterface(client: NetworkingClient, id: string, input: RemoveRouterInterfaceInput, options?: CallOptions): Promise<RouterInterface> {
  const { subnet_id: subnetId, port_id: portId } = interfaceIds(input);
  if (subnetId === undefined && portId === undefined) throw new InvalidInputError('A router interface is named by subnet_id or port_id', 'subnet_id');
  return client.request<RouterInterface>({ method: 'PUT', path: routerActionPath(id, 'remove_router_interface'), json: input, expectStatus: [200] }, options);
}

/**
 * Adds static routes to a router, keeping the others, in one atomic step (extension
 * `extraroute-atomic`); returns the router. Each nexthop must be on a connected subnet (400
 * `InvalidRoutes`); a route it already has is not added twice.
 */
export async function addRouterExtraRoutes(client: NetworkingClient, id: string, routes: readonly RouterRoute[], options?: CallOptions): Promise<Router> {
  return client.request<Router>(
    { method: 'PUT', path: routerActionPath(id, 'add_extraroutes'), json: { router: { routes } }, expectStatus: [200], unwrap: 'router' },
    options,
  );
}

/**
 * Removes static routes from a router, keeping the others, in one atomic step (extension
 * `extraroute-atomic`); returns the router. Routes it does not have are ignored.
 */
export async function removeRouterExtraRoutes(client: NetworkingClient, id: string, routes: readonly RouterRoute[], options?: CallOptions): Promise<Router> {
  return client.request<Router>(
    { method: 'PUT', path: routerActionPath(id, 'remove_extraroutes'), json: { router: { routes } }, expectStatus: [200], unwrap: 'router' },
    options,
  );
}

/**
 * Resolves a router ID or name to its ID, as openstacksdk's `find_router` does: the input is
 * tried as an ID first (`getRouter`), then as the name of exactly one router (a `name` filtered
 * listing). Resolves to `{ id, matchedBy }`; raises `NameLookupError` when nothing or several
 * routers match, `InvalidInputError` for an empty input.
 */
export async function findRouterId(client: NetworkingClient, nameOrId: string, options?: CallOptions): Promise<FoundId> {
  return findIdOrName<Router>({
    nameOrId,
    what: 'router',
    get: async (id) => getRouter(client, id, options),
    list: () => listRouters(client, { name: nameOrId, fields: ['id', 'name'] }, options),
  });
}
