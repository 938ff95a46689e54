export {
  addDhcpAgentNetwork,
  addL3AgentRouter,
  deleteAgent,
  getAgent,
  listAgents,
  listDhcpAgentNetworks,
  listL3AgentRouters,
  listNetworkAvailabilityZones,
  listNetworkDhcpAgents,
  listRouterL3Agents,
  removeDhcpAgentNetwork,
  removeL3AgentRouter,
  updateAgent,
} from './requests.js';
export type { AddDhcpAgentNetworkInput, AddL3AgentRouterInput, ListAgentsQuery, ListNetworkAvailabilityZonesQuery, UpdateAgentInput } from './requests.js';
export type { Agent, NetworkAvailabilityZone } from './results.js';
