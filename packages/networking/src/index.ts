export { createNetworkingClient } from './client.js';
export type { NetworkingClientOptions } from './client.js';
export type { Link, NeutronListQuery, SortDirection } from './common.js';
export * from './networks/index.js';
export * from './tags/index.js';
export * from './ports/index.js';
