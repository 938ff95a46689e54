export { copyObject, deleteObject, downloadObject, getObject, listObjectVersions, listObjects, updateObject, uploadObject } from './requests.js';
export type {
  CopyObjectInput,
  DeleteObjectInput,
  DownloadObjectInput,
  GetObjectInput,
  ListObjectVersionsQuery,
  ListObjectsQuery,
  ObjectSettings,
  UpdateObjectInput,
  UploadObjectInput,
} from './requests.js';
export type { ObjectDownload, ObjectInfo, ObjectListEntry, ObjectSummary, ObjectVersion, PseudoFolder, UploadedObject } from './results.js';
