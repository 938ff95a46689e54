export { getNetworkIpAvailability, listNetworkIpAvailabilities } from './requests.js';
export type { ListNetworkIpAvailabilitiesQuery } from './requests.js';
export type { IpAvailabilityDetails, NetworkIpAvailability, SubnetIpAvailability } from './results.js';
