export {
  createVolume,
  deleteVolume,
  deleteVolumeMetadataItem,
  extendVolume,
  findVolumeId,
  getVolume,
  getVolumeMetadata,
  getVolumeMetadataItem,
  getVolumesSummary,
  listVolumeSummaries,
  listVolumes,
  replaceVolumeMetadata,
  resetVolumeStatus,
  setVolumeBootable,
  setVolumeMetadataItem,
  setVolumeReadonly,
  updateVolume,
  updateVolumeMetadata,
} from './requests.js';
export type {
  CreateVolumeInput,
  DeleteVolumeQuery,
  ListVolumesQuery,
  ResetVolumeStatusInput,
  UpdateVolumeInput,
  VolumesSummaryQuery,
} from './requests.js';
export type { Volume, VolumeAttachment, VolumeMetadata, VolumeStatus, VolumeSummary, VolumesSummary } from './results.js';
export { waitForVolumeDeleted, waitForVolumeStatus } from './waiters.js';
export type { WaitForVolumeOptions } from './waiters.js';
