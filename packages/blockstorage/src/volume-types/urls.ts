import { segment } from '@openstack-ts/core/internal';

export const volumeTypesPath = (): string => 'types';
export const defaultVolumeTypePath = (): string => 'types/default';
export const volumeTypePath = (id: string): string => `types/${segment(id, 'volumeTypeId')}`;
export const volumeTypeActionPath = (id: string): string => `${volumeTypePath(id)}/action`;
export const volumeTypeAccessPath = (id: string): string => `${volumeTypePath(id)}/os-volume-type-access`;
export const extraSpecsPath = (id: string): string => `${volumeTypePath(id)}/extra_specs`;
export const extraSpecPath = (id: string, key: string): string => `${extraSpecsPath(id)}/${segment(key, 'key')}`;
export const encryptionPath = (id: string): string => `${volumeTypePath(id)}/encryption`;
export const encryptionItemPath = (id: string, encryptionIdOrKey: string, field: string): string => `${encryptionPath(id)}/${segment(encryptionIdOrKey, field)}`;
