export { createNetworkingClient } from './client.js';
export type { NetworkingClientOptions } from './client.js';
export type { Link, NeutronListQuery, SortDirection } from './common.js';
export * from './networks/index.js';
export * from './tags/index.js';
export * from './ports/index.js';
export * from './security-groups/index.js';
export * from './security-group-rules/index.js';
export * from './address-groups/index.js';
