/** The IP protocols a port forwarding may forward. */
export type PortForwardingProtocol = 'tcp' | 'udp' | 'sctp' | 'dccp' | 'icmp' | 'ipv6-icmp' | (string & {});

/**
 * A port forwarding of a floating IP (extension `floating-ip-port-forwarding`): traffic to the
 * floating IP's `external_port` goes to `internal_port` of a fixed IP of a Neutron port.
 */
export interface PortForwarding {
  id: string;
  protocol: PortForwardingProtocol;
  internal_port_id: string;
  internal_ip_address: string;
  /** A single port; `null` (or absent) when the rule forwards a range. */
  internal_port?: number | null;
  external_port?: number | null;
  /** `first:last` (extension `floating-ip-port-forwarding-port-ranges`); Neutron fills it in for single ports too (`22:22`). */
  internal_port_range?: string;
  external_port_range?: string;
  /** Extension `floating-ip-port-forwarding-description`. */
  description?: string;
}
