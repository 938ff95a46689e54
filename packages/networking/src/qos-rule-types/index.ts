export { getQosRuleType, listQosRuleTypes } from './requests.js';
export type { ListQosRuleTypesQuery } from './requests.js';
export type { QosRuleKind, QosRuleType, QosRuleTypeDetails, QosRuleTypeDriver, QosRuleTypeParameter } from './results.js';
