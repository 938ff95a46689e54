export { attachVolume, detachVolume, getVolumeAttachment, listVolumeAttachments, updateVolumeAttachment } from './requests.js';
export type { AttachVolumeInput, ListVolumeAttachmentsQuery, UpdateVolumeAttachmentInput } from './requests.js';
export type { VolumeAttachment } from './results.js';
export { waitForVolumeDetached } from './waiters.js';
export type { WaitForDetachOptions } from './waiters.js';
