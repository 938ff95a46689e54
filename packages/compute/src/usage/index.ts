export { getTenantUsage, listTenantUsages } from './requests.js';
export type { GetTenantUsageQuery, ListTenantUsagesQuery } from './requests.js';
export type { ServerUsage, TenantUsage } from './results.js';
