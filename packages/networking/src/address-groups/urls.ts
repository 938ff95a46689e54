import { segment } from '@openstack-ts/core/internal';

export const addressGroupsPath = (): string => 'address-groups';
export const addressGroupPath = (id: string): string => `address-groups/${segment(id, 'addressGroupId')}`;
export const addressGroupActionPath = (id: string, action: 'add_addresses' | 'remove_addresses'): string => `${addressGroupPath(id)}/${action}`;
