export {
  createSnapshot,
  deleteSnapshot,
  deleteSnapshotMetadataItem,
  findSnapshotId,
  forceDeleteSnapshot,
  getSnapshot,
  getSnapshotMetadata,
  getSnapshotMetadataItem,
  listSnapshotSummaries,
  listSnapshots,
  replaceSnapshotMetadata,
  resetSnapshotStatus,
  setSnapshotMetadataItem,
  updateSnapshot,
  updateSnapshotMetadata,
} from './requests.js';
export type { CreateSnapshotInput, ListSnapshotsQuery, ResetSnapshotStatusInput, UpdateSnapshotInput } from './requests.js';
export type { Snapshot, SnapshotMetadata, SnapshotStatus, SnapshotSummary } from './results.js';
export { waitForSnapshotDeleted, waitForSnapshotStatus } from './waiters.js';
export type { WaitForSnapshotOptions } from './waiters.js';
