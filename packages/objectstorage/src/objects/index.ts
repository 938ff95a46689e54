export { copyObject, deleteObject, downloadObject, getObject, listObjects, updateObject, uploadObject } from './requests.js';
export type {
  CopyObjectOptions,
  DeleteObjectOptions,
  DownloadObjectOptions,
  GetObjectOptions,
  ListObjectsQuery,
  UpdateObjectInput,
  UploadObjectOptions,
} from './requests.js';
export type { ObjectDownload, ObjectInfo, ObjectListEntry, ObjectSummary, PseudoFolder, UploadedObject } from './results.js';
