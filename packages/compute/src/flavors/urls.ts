import { segment } from '@openstack-ts/core/internal';

export const flavorsPath = (): string => 'flavors';
export const flavorsDetailPath = (): string => 'flavors/detail';
export const flavorPath = (id: string): string => `flavors/${segment(id, 'flavorId')}`;
export const flavorActionPath = (id: string): string => `${flavorPath(id)}/action`;
export const flavorAccessPath = (id: string): string => `${flavorPath(id)}/os-flavor-access`;
export const extraSpecsPath = (id: string): string => `${flavorPath(id)}/os-extra_specs`;
export const extraSpecPath = (id: string, key: string): string => `${extraSpecsPath(id)}/${segment(key, 'key')}`;
