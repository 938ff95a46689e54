export { createIdentityClient } from './client.js';
export type { IdentityClientOptions } from './client.js';
export { keystonePages } from './common.js';
export type { Links, TagFilters } from './common.js';
export * from './projects/index.js';
export * from './users/index.js';
export * from './groups/index.js';
export * from './roles/index.js';
