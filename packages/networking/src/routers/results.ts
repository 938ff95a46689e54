/** An address of a router on its external network. */
export interface RouterExternalFixedIp {
  subnet_id: string;
  ip_address: string;
}

/** Where a router's gateway sits: the external network, its addresses and whether it does SNAT. */
export interface RouterGatewayInfo {
  network_id: string;
  /** Source NAT for traffic leaving through the gateway (extension `ext-gw-mode`). */
  enable_snat?: boolean;
  external_fixed_ips?: RouterExternalFixedIp[];
  /** QoS policy of the gateway IP (extension `qos-gateway-ip`); Neutron shows it only once one is set. */
  qos_policy_id?: string | null;
}

/** A static route of a router (extension `extraroute`): packets for `destination` go to `nexthop`. */
export interface RouterRoute {
  /** A CIDR. */
  destination: string;
  /** An IP address on one of the router's connected subnets. */
  nexthop: string;
}

/** A Neutron router. Field names are the API's own; extension fields are optional. */
export interface Router {
  id: string;
  name: string;
  status: 'ACTIVE' | 'ALLOCATING' | 'DOWN' | 'ERROR' | (string & {});
  admin_state_up: boolean;
  project_id: string;
  tenant_id: string;
  /** The gateway, or `null` when the router has none. */
  external_gateway_info: RouterGatewayInfo | null;
  description?: string;
  /** Extension `extraroute`. */
  routes?: RouterRoute[];
  /** A distributed (DVR) router (extension `dvr`). Default policy shows it to admins only. */
  distributed?: boolean;
  /** A highly available (VRRP) router (extension `l3-ha`). Default policy shows it to admins only. */
  ha?: boolean;
  /** Extension `router_availability_zone`. */
  availability_zone_hints?: string[];
  availability_zones?: string[];
  /** The router's service flavor (extension `l3-flavors`). */
  flavor_id?: string | null;
  /** Extension `standard-attr-tag`. */
  tags?: string[];
  created_at?: string;
  updated_at?: string;
  revision_number?: number;
}

/** The answer to {@link addRouterInterface} and {@link removeRouterInterface}: the router's port on a subnet. */
export interface RouterInterface {
  /** The router's ID. */
  id: string;
  /** The router port that carries the interface. */
  port_id: string;
  /** The port's first subnet. */
  subnet_id: string;
  /** Every subnet on the port (several for IPv6). */
  subnet_ids: string[];
  network_id: string;
  tenant_id: string;
  /** Documented, but Zed's Neutron sends only `tenant_id`. */
  project_id?: string;
}
