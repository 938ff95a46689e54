export { createRbacPolicy, deleteRbacPolicy, getRbacPolicy, listRbacPolicies, updateRbacPolicy } from './requests.js';
export type { CreateRbacPolicyInput, ListRbacPoliciesQuery, UpdateRbacPolicyInput } from './requests.js';
export type { RbacAction, RbacObjectType, RbacPolicy } from './results.js';
