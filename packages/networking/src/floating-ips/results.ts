/** The port a floating IP is associated with, as the floating IP shows it (extension `fip-port-details`). */
export interface FloatingIpPortDetails {
  name: string;
  network_id: string;
  mac_address: string;
  admin_state_up: boolean;
  status: string;
  device_id: string;
  device_owner: string;
}

/**
 * A port forwarding as a floating IP lists it (extension `expose-port-forwarding-in-fip`): a
 * summary of the full `PortForwarding`; the ports are absent when it forwards a port range.
 */
export interface FloatingIpPortForwarding {
  id: string;
  protocol: 'tcp' | 'udp' | (string & {});
  internal_ip_address: string;
  internal_port_id: string;
  internal_port?: number;
  external_port?: number;
}

/** A Neutron floating IP. Field names are the API's own; extension fields are optional. */
export interface FloatingIp {
  id: string;
  floating_ip_address: string;
  floating_network_id: string;
  /** The router that does the NAT, or `null` while nothing uses the address. */
  router_id: string | null;
  /** The associated port, or `null`. */
  port_id: string | null;
  /** The port's fixed IP the address maps to, or `null`. */
  fixed_ip_address: string | null;
  status: 'ACTIVE' | 'DOWN' | 'ERROR' | (string & {});
  project_id: string;
  tenant_id: string;
  description?: string;
  /** Extension `qos-fip`. */
  qos_policy_id?: string | null;
  /** Extension `fip-port-details`; `null` when no port is associated. */
  port_details?: FloatingIpPortDetails | null;
  /** Extension `dns-integration`. */
  dns_name?: string;
  dns_domain?: string;
  /** Extension `expose-port-forwarding-in-fip`. */
  port_forwardings?: FloatingIpPortForwarding[];
  /** Extension `standard-attr-tag`. */
  tags?: string[];
  created_at?: string;
  updated_at?: string;
  revision_number?: number;
}
