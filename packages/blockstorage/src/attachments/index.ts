export {
  completeAttachment,
  createAttachment,
  deleteAttachment,
  getAttachment,
  listAttachmentSummaries,
  listAttachments,
  updateAttachment,
} from './requests.js';
export type { CreateAttachmentInput, ListAttachmentsQuery } from './requests.js';
export type { Attachment, AttachmentConnectionInfo, AttachmentConnector, AttachmentStatus, AttachmentSummary } from './results.js';
