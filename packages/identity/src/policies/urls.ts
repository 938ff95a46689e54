import { segment } from '@openstack-ts/core/internal';

export const policiesPath = (): string => 'policies';
export const policyPath = (id: string): string => `policies/${segment(id, 'policyId')}`;
