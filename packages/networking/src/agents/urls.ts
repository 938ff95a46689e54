import { segment } from '@openstack-ts/core/internal';

export const agentsPath = (): string => 'agents';
export const agentPath = (id: string): string => `agents/${segment(id, 'agentId')}`;
export const dhcpAgentNetworksPath = (agentId: string): string => `${agentPath(agentId)}/dhcp-networks`;
export const dhcpAgentNetworkPath = (agentId: string, networkId: string): string => `${dhcpAgentNetworksPath(agentId)}/${segment(networkId, 'networkId')}`;
export const networkDhcpAgentsPath = (networkId: string): string => `networks/${segment(networkId, 'networkId')}/dhcp-agents`;
export const l3AgentRoutersPath = (agentId: string): string => `${agentPath(agentId)}/l3-routers`;
export const l3AgentRouterPath = (agentId: string, routerId: string): string => `${l3AgentRoutersPath(agentId)}/${segment(routerId, 'routerId')}`;
export const routerL3AgentsPath = (routerId: string): string => `routers/${segment(routerId, 'routerId')}/l3-agents`;
export const availabilityZonesPath = (): string => 'availability_zones';
