export { disableService, enableService, freezeHost, listServices, thawHost } from './requests.js';
export type { DisableServiceInput, ListServicesQuery, ServiceHostInput } from './requests.js';
export type { BlockStorageService, BlockStorageServiceChange } from './results.js';
