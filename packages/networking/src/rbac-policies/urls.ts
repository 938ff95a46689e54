import { segment } from '@openstack-ts/core/internal';

export const rbacPoliciesPath = (): string => 'rbac-policies';
export const rbacPolicyPath = (id: string): string => `rbac-policies/${segment(id, 'rbacPolicyId')}`;
