import { segment } from '@openstack-ts/core';

export const qosPoliciesPath = (): string => 'qos/policies';
export const qosPolicyPath = (id: string): string => `qos/policies/${segment(id, 'policyId')}`;
