import { segment } from '@openstack-ts/core/internal';

/** The rule kinds with a sub-collection under a policy (`/qos/policies/{id}/<kind>_rules`). */
export type RuleKind = 'bandwidth_limit' | 'dscp_marking' | 'minimum_bandwidth' | 'minimum_packet_rate' | 'packet_rate_limit';

export const qosRulesPath = (policyId: string, kind: RuleKind): string => `qos/policies/${segment(policyId, 'policyId')}/${kind}_rules`;
export const qosRulePath = (policyId: string, kind: RuleKind, ruleId: string): string => `${qosRulesPath(policyId, kind)}/${segment(ruleId, 'ruleId')}`;
