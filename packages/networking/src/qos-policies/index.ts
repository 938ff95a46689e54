export { createQosPolicy, deleteQosPolicy, getQosPolicy, listQosPolicies, updateQosPolicy } from './requests.js';
export type { CreateQosPolicyInput, ListQosPoliciesQuery, UpdateQosPolicyInput } from './requests.js';
export type { QosPolicy, QosPolicyRule } from './results.js';
