export { createRegion, deleteRegion, getRegion, listRegions, updateRegion } from './requests.js';
export type { CreateRegionInput, ListRegionsQuery, UpdateRegionInput } from './requests.js';
export type { Region } from './results.js';
