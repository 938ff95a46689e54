export { getInfo } from './requests.js';
export type { SwiftInfo } from './requests.js';
