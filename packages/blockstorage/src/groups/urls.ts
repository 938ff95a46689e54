import { segment } from '@openstack-ts/core/internal';

export const groupsPath = (): string => 'groups';
export const groupsDetailPath = (): string => 'groups/detail';
export const groupsActionPath = (): string => 'groups/action';
export const groupPath = (id: string): string => `groups/${segment(id, 'groupId')}`;
export const groupActionPath = (id: string): string => `${groupPath(id)}/action`;
