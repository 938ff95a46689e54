import { segment } from '@openstack-ts/core/internal';

export const volumesPath = (): string => 'volumes';
export const volumesDetailPath = (): string => 'volumes/detail';
export const volumesSummaryPath = (): string => 'volumes/summary';
export const volumePath = (id: string): string => `volumes/${segment(id, 'volumeId')}`;
export const volumeActionPath = (id: string): string => `${volumePath(id)}/action`;
export const volumeMetadataPath = (id: string): string => `${volumePath(id)}/metadata`;
export const volumeMetadataItemPath = (id: string, key: string): string => `${volumeMetadataPath(id)}/${segment(key, 'key')}`;
