export { listBackendPoolSummaries, listBackendPools } from './requests.js';
export type { ListBackendPoolsQuery } from './requests.js';
export type { BackendPool, BackendPoolCapabilities, BackendPoolSummary } from './results.js';
