import { segment } from '@openstack-ts/core/internal';

export const manageableVolumesPath = (): string => 'manageable_volumes';
export const manageableVolumesDetailPath = (): string => 'manageable_volumes/detail';
export const manageableSnapshotsPath = (): string => 'manageable_snapshots';
export const manageableSnapshotsDetailPath = (): string => 'manageable_snapshots/detail';
export const snapshotActionPath = (id: string): string => `snapshots/${segment(id, 'snapshotId')}/action`;
