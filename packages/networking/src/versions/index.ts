export { listNetworkingResources, listNetworkingVersions } from './requests.js';
export type { NetworkingResource, NetworkingVersion } from './results.js';
