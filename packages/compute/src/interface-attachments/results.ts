/** One fixed IP address of an attached port. */
export interface InterfaceFixedIp {
  ip_address: string;
  subnet_id: string;
}

/**
 * A Neutron port attached to a server, as `os-interface` shows it (Nova reads the port from
 * Neutron). Field names are the API's own.
 */
export interface InterfaceAttachment {
  /** The port's network. */
  net_id: string;
  /** The port, which is also the attachment's ID. */
  port_id: string;
  /** The port's MAC address. */
  mac_addr: string;
  /** The port's Neutron status: `ACTIVE`, `DOWN`, `BUILD`… */
  port_state: 'ACTIVE' | 'DOWN' | 'BUILD' | 'ERROR' | (string & {});
  /** The port's fixed IPs; `null` when Neutron gave none. */
  fixed_ips: InterfaceFixedIp[] | null;
  /** The device tag given when attaching, or `null`. Microversion 2.70 and later. */
  tag?: string | null;
}
