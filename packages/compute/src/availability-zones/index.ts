export { listAvailabilityZoneSummaries, listAvailabilityZones } from './requests.js';
export type { AvailabilityZone, AvailabilityZoneService, AvailabilityZoneState, AvailabilityZoneSummary } from './results.js';
