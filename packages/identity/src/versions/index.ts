export { getIdentityVersion, listIdentityVersions } from './requests.js';
export type { IdentityVersion, IdentityVersionLink } from './results.js';
