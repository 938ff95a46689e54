import { segment } from '@openstack-ts/core/internal';

export const groupSnapshotsPath = (): string => 'group_snapshots';
export const groupSnapshotsDetailPath = (): string => 'group_snapshots/detail';
export const groupSnapshotPath = (id: string): string => `group_snapshots/${segment(id, 'groupSnapshotId')}`;
