/** One virtual CPU in {@link ServerDiagnostics}. */
export interface ServerCpuDiagnostics {
  id: number | null;
  /** CPU time in nanoseconds. */
  time: number | null;
  /** Utilisation in percent. */
  utilisation: number | null;
}

/** One disk in {@link ServerDiagnostics}. */
export interface ServerDiskDiagnostics {
  read_bytes: number | null;
  read_requests: number | null;
  write_bytes: number | null;
  write_requests: number | null;
  errors_count: number | null;
}

/** One virtual NIC in {@link ServerDiagnostics}. */
export interface ServerNicDiagnostics {
  mac_address: string | null;
  rx_octets: number | null;
  rx_errors: number | null;
  rx_drop: number | null;
  rx_packets: number | null;
  rx_rate: number | null;
  tx_octets: number | null;
  tx_errors: number | null;
  tx_drop: number | null;
  tx_packets: number | null;
  tx_rate: number | null;
}

/**
 * Usage data of a server as its hypervisor reports it. From microversion 2.48 every driver
 * answers the standardized fields below (`null` where it cannot tell); before 2.48 the body is
 * free-form and driver-specific (libvirt: `cpu0_time`, `memory`, `vda_read`, `vnet1_rx`…), which
 * the index signature covers.
 */
export interface ServerDiagnostics {
  /** Microversion 2.48 and later. */
  state?: 'pending' | 'running' | 'paused' | 'shutdown' | 'crashed' | 'suspended' | (string & {});
  /** The virt driver. Microversion 2.48 and later. */
  driver?: 'libvirt' | 'ironic' | 'vmwareapi' | 'xenapi' | (string & {});
  /** Microversion 2.48 and later. */
  hypervisor?: string | null;
  /** Microversion 2.48 and later. */
  hypervisor_os?: string | null;
  /** Seconds since the guest started. Microversion 2.48 and later. */
  uptime?: number | null;
  /** Microversion 2.48 and later. */
  config_drive?: boolean;
  /** Microversion 2.48 and later. */
  num_cpus?: number | null;
  /** Microversion 2.48 and later. */
  num_nics?: number | null;
  /** Microversion 2.48 and later. */
  num_disks?: number | null;
  /** Microversion 2.48 and later. */
  cpu_details?: ServerCpuDiagnostics[];
  /** Microversion 2.48 and later. */
  disk_details?: ServerDiskDiagnostics[];
  /** Microversion 2.48 and later. */
  nic_details?: ServerNicDiagnostics[];
  /** Memory in KiB: the maximum, and what the guest uses. Microversion 2.48 and later. */
  memory_details?: { maximum: number | null; used: number | null };
  /** Before microversion 2.48: the driver's own keys and values. */
  [key: string]: unknown;
}
