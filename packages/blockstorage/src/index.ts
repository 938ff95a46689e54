export { BLOCK_STORAGE_MAX_MICROVERSION, BLOCK_STORAGE_MIN_MICROVERSION, asBlockStorageClient, createBlockStorageClient } from './client.js';
export type { BlockStorageClient, BlockStorageClientOptions } from './client.js';
export type { Link, SortDirection } from './common.js';
export * from './volumes/index.js';
export * from './backups/index.js';
export * from './attachments/index.js';
