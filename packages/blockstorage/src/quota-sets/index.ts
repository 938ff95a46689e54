export { deleteQuotaSet, getDefaultQuotaSet, getQuotaSet, getQuotaSetDetail, updateQuotaSet } from './requests.js';
export type { UpdateQuotaSetInput } from './requests.js';
export type { QuotaSet, QuotaSetDetail, QuotaUsage } from './results.js';
