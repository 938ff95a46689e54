export { createPolicy, deletePolicy, getPolicy, listPolicies, updatePolicy } from './requests.js';
export type { CreatePolicyInput, ListPoliciesQuery, UpdatePolicyInput } from './requests.js';
export type { Policy } from './results.js';
