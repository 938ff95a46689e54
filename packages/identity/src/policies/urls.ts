import { segment } from '@openstack-ts/core';

export const policiesPath = (): string => 'policies';
export const policyPath = (id: string): string => `policies/${segment(id, 'policyId')}`;
