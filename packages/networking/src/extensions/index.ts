export { getExtension, listExtensions } from './requests.js';
export type { Extension } from './results.js';
