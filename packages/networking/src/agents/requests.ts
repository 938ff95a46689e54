import { linkedPages, paginate, type CallOptions, type Paged } from '@openstack-ts/core';
import { joinListFilters } from '@openstack-ts/core/internal';
import type { NetworkingClient } from '../client.js';
import { TAG_FILTERS, type NeutronListQuery } from '../common.js';
import type { Network } from '../networks/results.js';
import type { Router } from '../routers/results.js';
import type { Agent, NetworkAvailabilityZone } from './results.js';
import {
  agentPath,
  agentsPath,
  availabilityZonesPath,
  dhcpAgentNetworkPath,
  dhcpAgentNetworksPath,
  l3AgentRouterPath,
  l3AgentRoutersPath,
  networkDhcpAgentsPath,
  routerL3AgentsPath,
} from './urls.js';

/**
 * Filters of {@link listAgents}; each field is the query parameter of the same name. Arrays match
 * any value. Agents have no tags, project or revision number.
 */
export interface ListAgentsQuery extends Omit<NeutronListQuery, 'tags' | 'tags-any' | 'not-tags' | 'not-tags-any' | 'project_id' | 'revision_number'> {
  id?: string | string[];
  agent_type?: Agent['agent_type'];
  binary?: string;
  host?: string | string[];
  topic?: string;
  admin_state_up?: boolean;
  alive?: boolean;
  availability_zone?: string;
}

/** The body of {@link updateAgent}. */
export interface UpdateAgentInput {
  /** `false` keeps the schedulers from giving the agent new networks or routers. */
  admin_state_up?: boolean;
  description?: string | null;
}

/** The body of {@link addDhcpAgentNetwork}. */
export interface AddDhcpAgentNetworkInput {
  network_id: string;
}

/** The body of {@link addL3AgentRouter}. */
export interface AddL3AgentRouterInput {
  router_id: string;
}

/**
 * Filters of {@link listNetworkAvailabilityZones}; each field is the query parameter of the same
 * name. Zones have no tags, project, description or revision number.
 */
export interface ListNetworkAvailabilityZonesQuery extends Omit<NeutronListQuery, 'tags' | 'tags-any' | 'not-tags' | 'not-tags-any' | 'project_id' | 'revision_number' | 'description'> {
  name?: string | string[];
  resource?: NetworkAvailabilityZone['resource'];
  state?: NetworkAvailabilityZone['state'];
}

/**
 * Lists the agents that have reported to the server. Admin only by default policy: other callers
 * get an empty list. Sends nothing until iteration starts.
 */
export function listAgents(client: NetworkingClient, query: ListAgentsQuery = {}, options?: CallOptions): Paged<Agent> {
  return paginate<Agent>(client, () => ({ path: agentsPath(), query: joinListFilters(query, TAG_FILTERS), itemsKey: 'agents', strategy: linkedPages('agents_links') }), options);
}

/** Shows one agent. Admin only; an unknown ID is a 404 `AgentNotFound`. */
export async function getAgent(client: NetworkingClient, id: string, options?: CallOptions): Promise<Agent> {
  return client.request<Agent>({ method: 'GET', path: agentPath(id), expectStatus: [200], unwrap: 'agent' }, options);
}

/** Enables or disables an agent for scheduling, or changes its description. Admin only. */
export async function updateAgent(client: NetworkingClient, id: string, input: UpdateAgentInput, options?: CallOptions): Promise<Agent> {
  return client.request<Agent>({ method: 'PUT', path: agentPath(id), json: { agent: input }, expectStatus: [200], unwrap: 'agent' }, options);
}

/**
 * Deletes an agent's record, for an agent that is gone for good (stop it first, or it registers
 * again at its next heartbeat). Admin only.
 */
export async function deleteAgent(client: NetworkingClient, id: string, options?: CallOptions): Promise<void> {
  return client.execute({ method: 'DELETE', path: agentPath(id), expectStatus: [204] }, options);
}

/**
 * Lists the networks a DHCP agent serves (extension `dhcp_agent_scheduler`). Admin only. Sends
 * nothing until iteration starts.
 */
export function listDhcpAgentNetworks(client: NetworkingClient, agentId: string, options?: CallOptions): Paged<Network> {
  return paginate<Network>(client, () => ({ path: dhcpAgentNetworksPath(agentId), itemsKey: 'networks', strategy: linkedPages('networks_links') }), options);
}

/** Schedules a network to a DHCP agent (extension `dhcp_agent_scheduler`). Admin only. */
export async function addDhcpAgentNetwork(client: NetworkingClient, agentId: string, input: AddDhcpAgentNetworkInput, options?: CallOptions): Promise<void> {
  return client.execute({ method: 'POST', path: dhcpAgentNetworksPath(agentId), json: input, expectStatus: [201] }, options);
}

/** Takes a network away from a DHCP agent (extension `dhcp_agent_scheduler`). Admin only. */
export async function removeDhcpAgentNetwork(client: NetworkingClient, agentId: string, networkId: string, options?: CallOptions): Promise<void> {
  return client.execute({ method: 'DELETE', path: dhcpAgentNetworkPath(agentId, networkId), expectStatus: [204] }, options);
}

/**
 * Lists the DHCP agents serving a network (extension `dhcp_agent_scheduler`). Admin only. Sends
 * nothing until iteration starts.
 */
export function listNetworkDhcpAgents(client: NetworkingClient, networkId: string, options?: CallOptions): Paged<Agent> {
  return paginate<Agent>(client, () => ({ path: networkDhcpAgentsPath(networkId), itemsKey: 'agents', strategy: linkedPages('agents_links') }), options);
}

/**
 * Lists the routers an L3 agent hosts (extension `l3_agent_scheduler`). Admin only. Sends nothing
 * until iteration starts.
 */
export function listL3AgentRouters(client: NetworkingClient, agentId: string, options?: CallOptions): Paged<Router> {
  return paginate<Router>(client, () => ({ path: l3AgentRoutersPath(agentId), itemsKey: 'routers', strategy: linkedPages('routers_links') }), options);
}

/** Schedules a router to an L3 agent (extension `l3_agent_scheduler`). Admin only. */
export async function addL3AgentRouter(client: NetworkingClient, agentId: string, input: AddL3AgentRouterInput, options?: CallOptions): Promise<void> {
  return client.execute({ method: 'POST', path: l3AgentRoutersPath(agentId), json: input, expectStatus: [201] }, options);
}

/** Takes a router away from an L3 agent (extension `l3_agent_scheduler`). Admin only. */
export async function removeL3AgentRouter(client: NetworkingClient, agentId: string, routerId: string, options?: CallOptions): Promise<void> {
  return client.execute({ method: 'DELETE', path: l3AgentRouterPath(agentId, routerId), expectStatus: [204] }, options);
}

/**
 * Lists the L3 agents hosting a router (extension `l3_agent_scheduler`), each with its `ha_state`
 * for an HA router. Admin only; a missing router is a 404 `RouterNotFound`. Sends nothing until
 * iteration starts.
 */
export function listRouterL3Agents(client: NetworkingClient, routerId: string, options?: CallOptions): Paged<Agent> {
  return paginate<Agent>(client, () => ({ path: routerL3AgentsPath(routerId), itemsKey: 'agents', strategy: linkedPages('agents_links') }), options);
}

/**
 * Lists the availability zones of networks and routers, as the agents report them (extension
 * `availability_zone`). Without agents there are none. Sends nothing until iteration starts.
 */
export function listNetworkAvailabilityZones(client: NetworkingClient, query: ListNetworkAvailabilityZonesQuery = {}, options?: CallOptions): Paged<NetworkAvailabilityZone> {
  return paginate<NetworkAvailabilityZone>(
    client,
    () => ({ path: availabilityZonesPath(), query: joinListFilters(query, TAG_FILTERS), itemsKey: 'availability_zones', strategy: linkedPages('availability_zones_links') }),
    options,
  );
}
