export { listBlockStorageVersions } from './requests.js';
export type { BlockStorageMediaType, BlockStorageVersion } from './results.js';
