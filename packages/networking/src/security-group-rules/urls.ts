import { segment } from '@openstack-ts/core/internal';

export const securityGroupRulesPath = (): string => 'security-group-rules';
export const securityGroupRulePath = (id: string): string => `security-group-rules/${segment(id, 'securityGroupRuleId')}`;
