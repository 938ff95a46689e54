export { attachInterface, detachInterface, getInterfaceAttachment, listInterfaceAttachments } from './requests.js';
export type { AttachInterfaceInput } from './requests.js';
export type { InterfaceAttachment, InterfaceFixedIp } from './results.js';
export { waitForInterfaceDetached } from './waiters.js';
