/** One IP address of a port: the subnet it comes from and the address. */
export interface PortFixedIp {
  subnet_id: string;
  ip_address: string;
}

/**
 * An extra IP (or CIDR) and MAC address the port may send from when port security is on
 * (`allowed_address_pairs`, extension `allowed-address-pairs`).
 */
export interface PortAllowedAddressPair {
  ip_address: string;
  /** The port's own MAC address when none was given. */
  mac_address: string;
}

/** A DHCP option the port's DHCP server hands out (`extra_dhcp_opts`, extension `extra_dhcp_opt`). */
export interface PortExtraDhcpOption {
  opt_name: string;
  opt_value: string;
  ip_version: 4 | 6 | (number & {});
}

/** The name the internal DNS gives one of the port's addresses (extension `dns-integration`). */
export interface PortDnsAssignment {
  hostname: string;
  ip_address: string;
  fqdn: string;
}

/** A subport of the trunk whose parent is this port. */
export interface PortTrunkSubport {
  port_id: string;
  segmentation_type: 'vlan' | 'inherit' | (string & {});
  segmentation_id: number;
  mac_address: string;
}

/** The trunk a parent port belongs to (`trunk_details`, extension `trunk-details`). */
export interface PortTrunkDetails {
  trunk_id: string;
  sub_ports: PortTrunkSubport[];
}

/** One group of Placement resources and traits a port needs (extension `port-resource-request-groups`). */
export interface PortResourceRequestGroup {
  id: string;
  /** Traits, such as `CUSTOM_PHYSNET_PUBLIC` or `CUSTOM_VNIC_TYPE_NORMAL`. */
  required: string[];
  /** Resource class to amount, such as `NET_BW_EGR_KILOBIT_PER_SEC`. */
  resources: Record<string, number>;
}

/**
 * The Placement resources and traits a port needs (`resource_request`). With extension
 * `port-resource-request-groups` it has `request_groups` and `same_subtree`; with only
 * `port-resource-request` it is a single group without an ID.
 */
export type PortResourceRequest =
  | { request_groups: PortResourceRequestGroup[]; same_subtree: string[] }
  | Omit<PortResourceRequestGroup, 'id'>;

/** A port's status. `DOWN` until a backend binds it and wires it up. */
export type PortStatus = 'ACTIVE' | 'DOWN' | 'BUILD' | 'ERROR' | (string & {});

/** The kind of vNIC a port is attached to (`binding:vnic_type`). */
export type PortVnicType =
  | 'normal'
  | 'macvtap'
  | 'direct'
  | 'baremetal'
  | 'direct-physical'
  | 'virtio-forwarder'
  | 'smart-nic'
  | 'remote-managed'
  | 'vdpa'
  | 'accelerator-direct'
  | 'accelerator-direct-physical'
  | (string & {});

/** How Nova should schedule a port's instance against the backend's NUMA topology. */
export type PortNumaAffinityPolicy = 'required' | 'preferred' | 'legacy' | 'socket' | (string & {});

/**
 * A Neutron port: a connection point on a network, with its MAC and IP addresses. Field names are
 * the API's own; extension fields are optional, and the `binding:*` fields other than
 * `binding:vnic_type` are shown to admins only.
 */
export interface Port {
  id: string;
  name: string;
  network_id: string;
  project_id: string;
  tenant_id: string;
  mac_address: string;
  admin_state_up: boolean;
  status: PortStatus;
  /** What uses the port, such as a server's ID; empty when nothing does. */
  device_id: string;
  /** The kind of user, such as `compute:nova`, `network:dhcp` or `network:router_interface`. */
  device_owner: string;
  fixed_ips: PortFixedIp[];
  description?: string;
  /** Security group IDs (extension `security-group`). */
  security_groups?: string[];
  /** Extension `port-security`. */
  port_security_enabled?: boolean;
  /** Extension `allowed-address-pairs`. */
  allowed_address_pairs?: PortAllowedAddressPair[];
  /** Extension `extra_dhcp_opt`. */
  extra_dhcp_opts?: PortExtraDhcpOption[];
  /** Whether the port gets its IPs at once, later (routed networks) or never (extension `ip_allocation`). */
  ip_allocation?: 'immediate' | 'deferred' | 'none' | (string & {});
  /** Extension `dns-integration`. */
  dns_name?: string;
  /** Extension `dns-integration`. */
  dns_assignment?: PortDnsAssignment[];
  /** Extension `dns-domain-ports`. */
  dns_domain?: string;
  /** Extension `qos`. */
  qos_policy_id?: string | null;
  /** The QoS policy of the port's network (extension `qos-port-network-policy`). */
  qos_network_policy_id?: string | null;
  /** Extension `binding`; visible to the member too. */
  'binding:vnic_type'?: PortVnicType;
  /** The compute host the port is bound on (extension `binding`, admin only). */
  'binding:host_id'?: string;
  /**
   * Free-form data for the backend on the host (extension `binding`, admin only), such as
   * `trusted: true` for a trusted SR-IOV virtual function.
   */
  'binding:profile'?: Record<string, unknown>;
  /** How the port is plugged, or `unbound` / `binding_failed` (extension `binding`, admin only). */
  'binding:vif_type'?: 'ovs' | 'bridge' | 'macvtap' | 'hw_veb' | 'hostdev_physical' | 'vhostuser' | 'distributed' | 'other' | 'unbound' | 'binding_failed' | (string & {});
  /** Backend details such as `port_filter` and `ovs_hybrid_plug` (extension `binding`, admin only). */
  'binding:vif_details'?: Record<string, unknown>;
  /** Placement resources the port needs (extension `port-resource-request`, admin only); `null` when none. */
  resource_request?: PortResourceRequest | null;
  /** Extension `trunk-details`: present on a trunk's parent port. */
  trunk_details?: PortTrunkDetails;
  /** Extension `uplink-status-propagation`. */
  propagate_uplink_status?: boolean;
  /** Extension `port-numa-affinity-policy`. */
  numa_affinity_policy?: PortNumaAffinityPolicy | null;
  /** Cyborg device profile name (extension `port-device-profile`). */
  device_profile?: string | null;
  /** Trusted VIF, mirrored into `binding:profile` (extension `port-trusted-vif`). */
  trusted?: boolean | null;
  /** Backend-specific tuning keyed by mechanism driver (extension `port-hints`, admin only). */
  hints?: Record<string, unknown> | null;
  /** Extension `port-hardware-offload-type`. */
  hardware_offload_type?: string | null;
  /** Status of the data plane beneath the port, set from outside Neutron (extension `data-plane-status`). */
  data_plane_status?: 'ACTIVE' | 'DOWN' | (string & {}) | null;
  /** Extension `mac_learning_enabled` (some backends only). */
  mac_learning_enabled?: boolean;
  /** Extension `pvlan` (some backends only). */
  pvlan_type?: 'promiscuous' | 'community' | 'isolated' | (string & {});
  pvlan_community?: string;
  /** Extension `standard-attr-tag`. */
  tags?: string[];
  created_at?: string;
  updated_at?: string;
  revision_number?: number;
}
