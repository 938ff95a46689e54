/** Whether an availability zone can take servers. */
export interface AvailabilityZoneState {
  available: boolean;
}

/** An availability zone as {@link listAvailabilityZones} lists it. */
export interface AvailabilityZone {
  zoneName: string;
  zoneState: AvailabilityZoneState;
  /** Always `null` in this listing; see {@link listAvailabilityZonesDetail}. */
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
 * An availability zone with its hosts and their services (`internal` holds the control-plane
 * services such as `nova-scheduler` and `nova-conductor`).
 */
export interface AvailabilityZoneDetail {
  zoneName: string;
  zoneState: AvailabilityZoneState;
  /** Host name, then service name (`nova-compute`), to the service's state; `null` for an unavailable zone. */
  hosts: Record<string, Record<string, AvailabilityZoneService>> | null;
}
