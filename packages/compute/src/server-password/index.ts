export { clearServerPassword, getServerPassword } from './requests.js';
export type { ServerPassword } from './results.js';
