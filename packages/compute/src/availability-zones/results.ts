/** Whether an availability zone can take servers. */
export interface AvailabilityZoneState {
  available: boolean;
}

/** An availability zone as {@link listAvailabilityZoneSummaries} lists it: without its hosts. */
export interface AvailabilityZoneSummary {
  zoneName: string;
  zoneState: AvailabilityZoneState;
  /** Always `null` in this listing; see {@link listAvailabilityZones}. */
  hosts: null;
}

/** A Nova service on a host of an availability zone. */
export interface AvailabilityZoneService {
  /** The service reports in (is up). */
  available: boolean;
  /** The service is enabled (not disabled by an operator). */
  active: boolean;
  updated_at: string | null;
}

/**
 * An availability zone with its hosts and their services, as {@link listAvailabilityZones} lists
 * it (`internal` holds the control-plane services such as `nova-scheduler` and `nova-conductor`).
 */
export interface AvailabilityZone {
  zoneName: string;
  zoneState: AvailabilityZoneState;
  /** Host name, then service name (`nova-compute`), to the service's state; `null` for an unavailable zone. */
  hosts: Record<string, Record<string, AvailabilityZoneService>> | null;
}
