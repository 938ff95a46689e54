export { getComputeVersion, listComputeVersions } from './requests.js';
export type { ComputeMediaType, ComputeVersion } from './results.js';
