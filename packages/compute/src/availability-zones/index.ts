export { listAvailabilityZones, listAvailabilityZonesDetail } from './requests.js';
export type { AvailabilityZone, AvailabilityZoneDetail, AvailabilityZoneService, AvailabilityZoneState } from './results.js';
