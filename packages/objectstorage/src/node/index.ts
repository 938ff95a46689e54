/**
 * Node-only helpers of `@openstack-ts/objectstorage`: transfers between objects and files. The
 * package's main entry runs anywhere fetch does; this one uses `node:fs` and `node:stream`.
 *
 * @packageDocumentation
 * @module @openstack-ts/objectstorage/node
 */

/// <reference types="node" />
import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { InvalidInputError, type CallOptions } from '@openstack-ts/core';
import type { ObjectStorageClient } from '../client.js';
import { downloadObject, type DownloadObjectInput } from '../objects/requests.js';
import type { ObjectDownload } from '../objects/results.js';
import { objectPath } from '../objects/urls.js';

/** What {@link saveObjectToFile} wrote: the object's info, where the data went and how much. */
export interface SavedObject extends Omit<ObjectDownload, 'body'> {
  /** The file the data was written to. */
  path: string;
  /** Bytes written to it. */
  bytes: number;
}

/**
 * Downloads an object into the file at `path`, streaming (nothing is held whole in memory) and
 * checked like `downloadObject` checks it: a whole object's bytes against its `ETag` and
 * `Content-Length`. The data goes to a temporary file beside `path` that replaces it only once
 * everything arrived and checked out; on any failure (an HTTP error, a broken or corrupted
 * download, a full disk, an abort) the temporary file is removed and `path` is left as it was.
 * Resolves to the object's info (as `downloadObject` gives it) with the bytes written.
 */
export async function saveObjectToFile(
  client: ObjectStorageClient,
  container: string,
  name: string,
  path: string,
  input?: DownloadObjectInput,
  options?: CallOptions,
): Promise<SavedObject> {
  objectPath(container, name);
  if (typeof path !== 'string' || path === '') throw new InvalidInputError('path must be a non-empty file path', 'path');
  const download = await downloadObject(client, container, name, input, options);
  const { body, ...info } = download;
  const partial = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.part`);
  let bytes: number;
  try {
    const file = createWriteStream(partial, { flags: 'wx' });
    await pipeline(Readable.fromWeb(body), file, options?.signal === undefined ? {} : { signal: options.signal });
    bytes = file.bytesWritten;
    await rename(partial, path);
  } catch (error) {
    await body.cancel(error).catch(() => undefined);
    await rm(partial, { force: true }).catch(() => undefined);
    throw error;
  }
  return { ...info, path, bytes };
}
