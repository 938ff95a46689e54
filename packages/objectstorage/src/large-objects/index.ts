export { deleteLargeObject, uploadLargeObject } from './requests.js';
export type { LargeObjectUpload, UploadLargeObjectInput } from './requests.js';
