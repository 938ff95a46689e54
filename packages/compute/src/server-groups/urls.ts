import { segment } from '@openstack-ts/core/internal';

export const serverGroupsPath = (): string => 'os-server-groups';
export const serverGroupPath = (id: string): string => `os-server-groups/${segment(id, 'serverGroupId')}`;
