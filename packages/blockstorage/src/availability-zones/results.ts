/** A block storage availability zone (Cinder's `availabilityZoneInfo` item). */
export interface AvailabilityZone {
  zoneName: string;
  zoneState: { available: boolean };
}
