import { segment } from '@openstack-ts/core/internal';

export const addressScopesPath = (): string => 'address-scopes';
export const addressScopePath = (id: string): string => `address-scopes/${segment(id, 'addressScopeId')}`;
