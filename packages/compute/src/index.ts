export { COMPUTE_MAX_MICROVERSION, COMPUTE_MIN_MICROVERSION, createComputeClient } from './client.js';
export type { ComputeClientOptions } from './client.js';
export type { Link, SortDirection } from './common.js';
export * from './flavors/index.js';
export * from './servers/index.js';
export * from './images/index.js';
