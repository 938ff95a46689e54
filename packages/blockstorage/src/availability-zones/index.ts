export { listAvailabilityZones } from './requests.js';
export type { AvailabilityZone } from './results.js';
