export { createTrust, deleteTrust, getTrust, getTrustRole, listTrustRoles, listTrusts } from './requests.js';
export type { CreateTrustInput, ListTrustsQuery, TrustRoleRef } from './requests.js';
export type { Trust, TrustRole } from './results.js';
