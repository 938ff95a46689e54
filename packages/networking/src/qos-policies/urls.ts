import { segment } from '@openstack-ts/core/internal';

export const qosPoliciesPath = (): string => 'qos/policies';
export const qosPolicyPath = (id: string): string => `qos/policies/${segment(id, 'policyId')}`;
