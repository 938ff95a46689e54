export { createSecurityGroupRule, createSecurityGroupRules, deleteSecurityGroupRule, getSecurityGroupRule, listSecurityGroupRules } from './requests.js';
export type { CreateSecurityGroupRuleInput, ListSecurityGroupRulesQuery } from './requests.js';
export type { SecurityGroupRule, SecurityGroupRuleDirection, SecurityGroupRuleEthertype } from './results.js';
