/**
 * A Nova service (nova-compute, nova-scheduler, nova-conductor). From microversion 2.69, a
 * service in a cell Nova cannot reach comes back with only `binary`, `host` and
 * `status: 'UNKNOWN'`.
 */
export interface ComputeService {
  /** A UUID (string) from microversion 2.53; an integer before. */
  id: string | number;
  binary: 'nova-compute' | 'nova-scheduler' | 'nova-conductor' | (string & {});
  host: string;
  /** The availability zone (`internal` for services other than nova-compute). */
  zone: string;
  /** Whether the service is enabled for scheduling. */
  status: 'enabled' | 'disabled' | 'UNKNOWN' | (string & {});
  /** Whether the service reports in (or is forced down). */
  state: 'up' | 'down' | (string & {});
  updated_at: string | null;
  disabled_reason: string | null;
  /** Microversion 2.11 and later. */
  forced_down?: boolean;
}

/**
 * What the enable, disable and force-down calls of microversions before 2.53 answer: the
 * service named and what changed.
 */
export interface ComputeServiceChange {
  host: string;
  binary: string;
  /** From enable and disable. */
  status?: 'enabled' | 'disabled' | (string & {});
  /** From disable with a reason. */
  disabled_reason?: string;
  /** From force-down. */
  forced_down?: boolean;
}
