import { segment } from '@openstack-ts/core/internal';

export const qosRuleTypesPath = (): string => 'qos/rule-types';
export const qosRuleTypePath = (ruleType: string): string => `qos/rule-types/${segment(ruleType, 'ruleType')}`;
