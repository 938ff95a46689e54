export {
  listManageableSnapshotSummaries,
  listManageableSnapshots,
  listManageableVolumeSummaries,
  listManageableVolumes,
  manageSnapshot,
  manageVolume,
  unmanageSnapshot,
  unmanageVolume,
} from './requests.js';
export type { ListManageableQuery, ManageSnapshotInput, ManageVolumeInput } from './requests.js';
export type {
  BackendReference,
  ManageableSnapshot,
  ManageableSnapshotSummary,
  ManageableVolume,
  ManageableVolumeSummary,
  ManagedSnapshot,
} from './results.js';
