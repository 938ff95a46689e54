/**
 * Swift's accounts, containers and objects, with bodies that stream both ways; runs anywhere fetch
 * does. Transfers between objects and files are in `@openstack-ts/objectstorage/node`.
 *
 * @packageDocumentation
 * @module @openstack-ts/objectstorage
 */
export { asObjectStorageClient, createObjectStorageClient } from './client.js';
export type { ObjectStorageClient, ObjectStorageClientOptions } from './client.js';
export type { Metadata, ObjectExpiry } from './common.js';
export type { ObjectBody, ObjectData, PortableBYOBReader, PortablePipeOptions, PortableReadableStream, PortableReadResult, ProgressCallback, TransferProgress } from './bodies.js';
export * from './accounts/index.js';
export * from './bulk/index.js';
export * from './containers/index.js';
export * from './info/index.js';
export * from './objects/index.js';
export * from './swauth/index.js';
export * from './large-objects/index.js';
export * from './temp-urls/index.js';
export * from './form-post/index.js';
