/**
 * A Neutron agent (extension `agent`): a process on a host that does part of the networking (DHCP,
 * routing, a layer-2 mechanism, metadata) and reports to the server by heartbeat.
 */
export interface Agent {
  id: string;
  agent_type:
    | 'DHCP agent' | 'L3 agent' | 'Open vSwitch agent' | 'Linux bridge agent' | 'Metadata agent' | 'Metering agent'
    | 'NIC Switch agent' | 'OVN Controller agent' | 'OVN Controller Gateway agent' | 'OVN Metadata agent' | (string & {});
  /** The executable (`neutron-dhcp-agent`). */
  binary: string;
  host: string;
  /** The message queue topic it listens on (`dhcp_agent`), or `N/A`. */
  topic: string;
  /** Whether the scheduler may give it work. */
  admin_state_up: boolean;
  /** Whether its last heartbeat is recent enough. */
  alive: boolean;
  /** What the agent reported about itself; the keys depend on its type. */
  configurations: Record<string, unknown>;
  description: string | null;
  heartbeat_timestamp: string;
  started_at: string;
  created_at: string;
  /** The availability zone the agent is in (extension `availability_zone`). */
  availability_zone?: string | null;
  /**
   * Whether its resources were last synced to Placement successfully; `null` when never attempted
   * (extension `agent-resources-synced`).
   */
  resources_synced?: boolean | null;
  /** The router's state on this agent, in {@link listRouterL3Agents} of an HA router (extension `l3-ha`). */
  ha_state?: 'active' | 'standby' | 'unknown' | (string & {});
}

/** An availability zone as Neutron sees it: where agents for networks or routers run. */
export interface NetworkAvailabilityZone {
  name: string;
  /** What the zone hosts. */
  resource: 'network' | 'router' | (string & {});
  /** `available` while an agent in the zone is alive. */
  state: 'available' | 'unavailable' | (string & {});
}
