/** A backend pool as the scheduler sees it: `host@backend#pool`. */
export interface BackendPoolSummary {
  name: string;
}

/** What the volume driver reports about a pool; drivers add their own keys. */
export interface BackendPoolCapabilities {
  pool_name?: string;
  volume_backend_name?: string;
  /** GiB, or `'infinite'` / `'unknown'`. */
  total_capacity_gb?: number | string;
  free_capacity_gb?: number | string;
  provisioned_capacity_gb?: number;
  allocated_capacity_gb?: number;
  reserved_percentage?: number;
  storage_protocol?: string;
  vendor_name?: string;
  driver_version?: string;
  QoS_support?: boolean;
  multiattach?: boolean;
  thin_provisioning_support?: boolean;
  replication_enabled?: boolean;
  timestamp?: string;
  [key: string]: unknown;
}

/** A backend pool with its capabilities (`detail=true`). */
export interface BackendPool extends BackendPoolSummary {
  capabilities: BackendPoolCapabilities;
}
