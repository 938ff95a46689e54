import { segment } from '@openstack-ts/core/internal';

export const groupTypesPath = (): string => 'group_types';
export const groupTypePath = (id: string): string => `group_types/${segment(id, 'groupTypeId')}`;
export const defaultGroupTypePath = (): string => 'group_types/default';
export const groupSpecsPath = (id: string): string => `${groupTypePath(id)}/group_specs`;
export const groupSpecPath = (id: string, key: string): string => `${groupSpecsPath(id)}/${segment(key, 'key')}`;
