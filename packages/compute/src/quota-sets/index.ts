export { deleteQuotaSet, getDefaultQuotaSet, getQuotaSet, getQuotaSetDetail, updateQuotaSet } from './requests.js';
export type { QuotaSetUserQuery, UpdateQuotaSetInput } from './requests.js';
export type { QuotaSet, QuotaSetDetail, QuotaUsage, QuotaValues, UpdatedQuotaSet } from './results.js';
