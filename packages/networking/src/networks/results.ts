/** One segment of a multi-provider network (`segments`, extension `multi-provider`). */
export interface NetworkSegment {
  'provider:network_type': 'flat' | 'vlan' | 'vxlan' | 'geneve' | 'gre' | 'local' | (string & {});
  'provider:physical_network': string | null;
  'provider:segmentation_id': number | null;
}

/** A Neutron network. Field names are the API's own; extension fields are optional. */
export interface Network {
  id: string;
  name: string;
  status: 'ACTIVE' | 'DOWN' | 'BUILD' | 'ERROR' | (string & {});
  admin_state_up: boolean;
  /** IDs of the network's subnets. */
  subnets: string[];
  shared: boolean;
  project_id: string;
  tenant_id: string;
  description?: string;
  /** Extension `net-mtu`. */
  mtu?: number;
  /** Extension `external-net`. */
  'router:external'?: boolean;
  /** Extension `port-security`. */
  port_security_enabled?: boolean;
  /** Extension `qos`. */
  qos_policy_id?: string | null;
  /** Extension `dns-integration`. */
  dns_domain?: string;
  /** Extension `l2_adjacency`. */
  l2_adjacency?: boolean;
  /** Extension `vlan-transparent`. */
  vlan_transparent?: boolean | null;
  /** Extension `network_availability_zone`. */
  availability_zone_hints?: string[];
  availability_zones?: string[];
  /** Extension `address-scope`. */
  ipv4_address_scope?: string | null;
  ipv6_address_scope?: string | null;
  /** Extension `provider` (admin only). */
  'provider:network_type'?: NetworkSegment['provider:network_type'];
  'provider:physical_network'?: string | null;
  'provider:segmentation_id'?: number | null;
  /** Extension `multi-provider` (admin only). */
  segments?: NetworkSegment[];
  /** Extension `standard-attr-tag`. */
  tags?: string[];
  created_at?: string;
  updated_at?: string;
  revision_number?: number;
  /** The network is the project's default for auto-allocation (extension `auto-allocated-topology`). */
  is_default?: boolean;
}
