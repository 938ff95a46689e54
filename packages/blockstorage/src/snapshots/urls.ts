import { segment } from '@openstack-ts/core/internal';

export const snapshotsPath = (): string => 'snapshots';
export const snapshotsDetailPath = (): string => 'snapshots/detail';
export const snapshotPath = (id: string): string => `snapshots/${segment(id, 'snapshotId')}`;
export const snapshotActionPath = (id: string): string => `${snapshotPath(id)}/action`;
export const snapshotMetadataPath = (id: string): string => `${snapshotPath(id)}/metadata`;
export const snapshotMetadataItemPath = (id: string, key: string): string => `${snapshotMetadataPath(id)}/${segment(key, 'key')}`;
