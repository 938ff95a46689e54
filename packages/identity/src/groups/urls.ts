import { segment } from '@openstack-ts/core/internal';

export const groupsPath = (): string => 'groups';
export const groupPath = (id: string): string => `groups/${segment(id, 'groupId')}`;
export const groupUsersPath = (id: string): string => `${groupPath(id)}/users`;
export const groupUserPath = (id: string, userId: string): string => `${groupUsersPath(id)}/${segment(userId, 'userId')}`;
