/** A range of addresses Neutron hands out to ports, both ends included. */
export interface AllocationPool {
  start: string;
  end: string;
}

/** A static route DHCP announces to the subnet's hosts. */
export interface HostRoute {
  /** A CIDR. */
  destination: string;
  nexthop: string;
}

/** How IPv6 router advertisements (`ipv6_ra_mode`) or addresses (`ipv6_address_mode`) work. */
export type Ipv6Mode = 'slaac' | 'dhcpv6-stateful' | 'dhcpv6-stateless' | (string & {});

/** A Neutron subnet: an IP range of a network. Field names are the API's own; extension fields are optional. */
export interface Subnet {
  id: string;
  name: string;
  network_id: string;
  ip_version: 4 | 6;
  cidr: string;
  /** `null` when the subnet has no gateway. */
  gateway_ip: string | null;
  enable_dhcp: boolean;
  /** In no particular order: Neutron does not keep the order they were given in. */
  allocation_pools: AllocationPool[];
  host_routes: HostRoute[];
  dns_nameservers: string[];
  ipv6_ra_mode: Ipv6Mode | null;
  ipv6_address_mode: Ipv6Mode | null;
  /** The subnet pool the CIDR was allocated from; `null` for a CIDR given at creation. */
  subnetpool_id: string | null;
  project_id: string;
  tenant_id: string;
  /** Extension `standard-attr-description`. */
  description?: string;
  /** Device owners (`compute:nova`, `network:router_gateway`…) whose ports take addresses here. Extension `subnet-service-types`. */
  service_types?: string[];
  /** The network segment of a routed network. Extension `segment`; policy shows it to admins only. */
  segment_id?: string | null;
  /** Extension `subnet-dns-publish-fixed-ip`. */
  dns_publish_fixed_ip?: boolean;
  /** The subnet's network is external. Extension `subnet-external-network`. */
  'router:external'?: boolean;
  /** Extension `standard-attr-tag`. */
  tags?: string[];
  /** Extension `standard-attr-timestamp`. */
  created_at?: string;
  updated_at?: string;
  /** Extension `standard-attr-revisions`. */
  revision_number?: number;
}
