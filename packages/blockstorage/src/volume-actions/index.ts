export {
  attachVolume,
  beginDetachingVolume,
  detachVolume,
  forceDetachVolume,
  getVolumeImageMetadata,
  initializeVolumeConnection,
  reserveVolume,
  retypeVolume,
  revertVolumeToSnapshot,
  rollDetachingVolume,
  setVolumeImageMetadata,
  terminateVolumeConnection,
  unreserveVolume,
  unsetVolumeImageMetadata,
  uploadVolumeToImage,
} from './requests.js';
export type { AttachVolumeInput, ForceDetachVolumeInput, RetypeVolumeInput, UploadVolumeToImageInput, VolumeConnector } from './requests.js';
export type { VolumeConnectionInfo, VolumeImageMetadata, VolumeImageUpload } from './results.js';
