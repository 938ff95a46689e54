export { copyObject, deleteObject, downloadObject, getObject, listObjectVersions, listObjects, updateObject, uploadObject } from './requests.js';
export type {
  CopyObjectOptions,
  DeleteObjectOptions,
  DownloadObjectOptions,
  GetObjectOptions,
  ListObjectVersionsQuery,
  ListObjectsQuery,
  UpdateObjectInput,
  UploadObjectOptions,
} from './requests.js';
export type { ObjectDownload, ObjectInfo, ObjectListEntry, ObjectSummary, ObjectVersion, PseudoFolder, UploadedObject } from './results.js';
