/** The usage of one server over the period. */
export interface ServerUsage {
  /** The server's ID. */
  instance_id: string;
  name: string;
  tenant_id: string;
  /** The flavor's name (an empty string when the flavor is gone). */
  flavor: string;
  /** Hours the server existed within the period. */
  hours: number;
  /** RAM in MiB; absent when the server vanished during the report. */
  memory_mb?: number;
  /** Root plus ephemeral disk in GiB; absent when the server vanished during the report. */
  local_gb?: number;
  /** Absent when the server vanished during the report. */
  vcpus?: number;
  started_at: string;
  ended_at: string | null;
  /** The server's VM state, or `terminated` once deleted. */
  state: 'active' | 'building' | 'error' | 'paused' | 'rescued' | 'resized' | 'shelved' | 'shelved_offloaded' | 'stopped' | 'suspended' | 'terminated' | (string & {});
  /** Seconds since the server started (until it ended, for a deleted one). */
  uptime: number;
}

/**
 * A project's usage over a period. The totals are sums over its servers of their size times
 * the hours each existed in the period (Nova ignores stops, pauses and resizes).
 */
export interface TenantUsage {
  tenant_id: string;
  /** The period's start. */
  start: string;
  /** The period's end (the time of the request when `end` was later or absent). */
  stop: string;
  total_hours: number;
  /** GiB-hours. */
  total_local_gb_usage: number;
  /** MiB-hours. */
  total_memory_mb_usage: number;
  /** vCPU-hours. */
  total_vcpus_usage: number;
  /** Per server: always from {@link getTenantUsage}, with `detailed` from {@link listTenantUsages}. */
  server_usages?: ServerUsage[];
}
