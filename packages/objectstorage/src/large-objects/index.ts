export { deleteLargeObject, uploadLargeObject } from './requests.js';
export type { LargeObjectUpload, UploadLargeObjectOptions } from './requests.js';
