import { segment } from '@openstack-ts/core/internal';

export const securityGroupsPath = (): string => 'security-groups';
export const securityGroupPath = (id: string): string => `security-groups/${segment(id, 'securityGroupId')}`;
