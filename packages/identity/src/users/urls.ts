import { segment } from '@openstack-ts/core/internal';

export const usersPath = (): string => 'users';
export const userPath = (id: string): string => `users/${segment(id, 'userId')}`;
export const userPasswordPath = (id: string): string => `${userPath(id)}/password`;
export const userGroupsPath = (id: string): string => `${userPath(id)}/groups`;
export const userProjectsPath = (id: string): string => `${userPath(id)}/projects`;
