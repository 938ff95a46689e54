/** A server running on a hypervisor, as hypervisor listings with servers name it. */
export interface HypervisorServer {
  uuid: string;
  name: string;
}

/** A hypervisor as `GET /os-hypervisors` lists it. */
export interface HypervisorSummary {
  /** A UUID (string) from microversion 2.53; an integer before. */
  id: string | number;
  hypervisor_hostname: string;
  /** Whether the compute service reports in. */
  state: 'up' | 'down' | (string & {});
  /** Whether the compute service is enabled for scheduling. */
  status: 'enabled' | 'disabled' | (string & {});
  /**
   * The servers on the hypervisor, when asked for (`with_servers`, microversion 2.53 and later,
   * or `listHypervisorServers` before). Left out when there are none, until microversion
   * 2.75 makes it an empty list.
   */
  servers?: HypervisorServer[];
}

/** The compute service behind a hypervisor. */
export interface HypervisorService {
  /** A UUID (string) from microversion 2.53; an integer before. */
  id: string | number;
  host: string;
  disabled_reason: string | null;
}

/**
 * A hypervisor with its details. The resource counters were removed in microversion 2.88 (ask
 * Placement for usage instead) and `uptime` came in their place.
 */
export interface Hypervisor extends HypervisorSummary {
  hypervisor_type: string;
  hypervisor_version: number;
  host_ip: string;
  service: HypervisorService;
  /**
   * Microversion 2.88 and later: what the driver reports (libvirt: the output of `uptime`); `null`
   * for most drivers.
   */
  uptime?: string | null;
  /** CPU details, driver specific: an object from microversion 2.28, a JSON string before. Removed in 2.88. */
  cpu_info?: Record<string, unknown> | string;
  /** Removed in microversion 2.88. */
  vcpus?: number;
  /** Removed in microversion 2.88. */
  vcpus_used?: number;
  /** MiB. Removed in microversion 2.88. */
  memory_mb?: number;
  /** MiB. Removed in microversion 2.88. */
  memory_mb_used?: number;
  /** MiB. Removed in microversion 2.88. */
  free_ram_mb?: number;
  /** GiB. Removed in microversion 2.88. */
  local_gb?: number;
  /** GiB. Removed in microversion 2.88. */
  local_gb_used?: number;
  /** GiB. Removed in microversion 2.88. */
  free_disk_gb?: number;
  /** GiB; may be negative with disk overcommit. Removed in microversion 2.88. */
  disk_available_least?: number | null;
  /** Tasks the hypervisor is busy with. Removed in microversion 2.88. */
  current_workload?: number;
  /** Removed in microversion 2.88. */
  running_vms?: number;
}

/**
 * Totals over all enabled hypervisors, as `GET /os-hypervisors/statistics` (removed in
 * microversion 2.88) returns them. Totals ignore allocation ratios.
 */
export interface HypervisorStatistics {
  count: number;
  vcpus: number;
  vcpus_used: number;
  /** MiB. */
  memory_mb: number;
  /** MiB. */
  memory_mb_used: number;
  /** MiB. */
  free_ram_mb: number;
  /** GiB. */
  local_gb: number;
  /** GiB. */
  local_gb_used: number;
  /** GiB. */
  free_disk_gb: number;
  /** GiB. */
  disk_available_least: number;
  current_workload: number;
  running_vms: number;
}

/** A hypervisor's uptime, as `GET /os-hypervisors/{id}/uptime` (removed in microversion 2.88) returns it. */
export interface HypervisorUptime {
  /** A UUID (string) from microversion 2.53; an integer before. */
  id: string | number;
  hypervisor_hostname: string;
  state: 'up' | 'down' | (string & {});
  status: 'enabled' | 'disabled' | (string & {});
  /** The driver's answer (libvirt: the output of `uptime`). */
  uptime: string | null;
}
