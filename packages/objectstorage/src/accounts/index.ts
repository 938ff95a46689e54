export { getAccount, updateAccount } from './requests.js';
export type { UpdateAccountInput } from './requests.js';
export type { Account } from './results.js';
