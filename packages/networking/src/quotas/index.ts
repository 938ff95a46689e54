export { deleteQuota, getDefaultQuota, getQuota, getQuotaDetails, listQuotas, updateQuota } from './requests.js';
export type { UpdateQuotaInput } from './requests.js';
export type { ProjectQuota, Quota, QuotaDetails, QuotaUsage } from './results.js';
