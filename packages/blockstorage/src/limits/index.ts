export { getLimits } from './requests.js';
export type { AbsoluteLimits, Limits } from './results.js';
