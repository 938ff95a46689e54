import { HttpError, InvalidInputError, markerPages, paginate, type CallOptions, type PageStrategy, type Paged, type ServiceResponse } from '@openstack-ts/core';
import { portable, prepareUpload, verifiedDownload, type ObjectBody, type ProgressCallback } from '../bodies.js';
import { readBulkReport } from '../bulk/report.js';
import type { ObjectStorageClient } from '../client.js';
import {
  boolHeader,
  headerRecord,
  inputBag,
  intHeader,
  putExpiryHeaders,
  putMetadataHeaders,
  readMetadata,
  requireCount,
  textHeader,
  toHeaderValue,
  unquote,
  type Metadata,
  type ObjectExpiry,
} from '../common.js';
import { containerPath } from '../containers/urls.js';
import type { ObjectDownload, ObjectInfo, ObjectListEntry, ObjectVersion, PseudoFolder, UploadedObject } from './results.js';
import { objectPath } from './urls.js';

/** Filters of {@link listObjects}. Listings are in name order (UTF-8 bytes). */
export interface ListObjectsQuery {
  /** Objects per page (Swift's default and maximum is 10,000). */
  limit?: number | undefined;
  /** Start after this name. */
  marker?: string | undefined;
  /** Stop before this name. */
  end_marker?: string | undefined;
  /** Only names that start with this. */
  prefix?: string | undefined;
  /** Roll names up to the first `delimiter` after the prefix into pseudo-folders (`{ subdir }`). */
  delimiter?: string | undefined;
  /** Names in the pseudo-folder `path` (like `prefix` + `delimiter` `/`, but only one level). */
  path?: string | undefined;
  /** Newest name first. */
  reverse?: boolean | undefined;
}

/**
 * Lists a container's objects, following Swift's marker paging. With a `delimiter` the listing
 * also holds pseudo-folders (`{ subdir }`); tell them apart with `'subdir' in entry`. Sends
 * nothing until iteration starts; a bad container or `limit` rejects the first page.
 */
export function listObjects(client: ObjectStorageClient, container: string, query?: ListObjectsQuery, options?: CallOptions): Paged<ObjectListEntry> {
  return paginate<ObjectListEntry>(
    client,
    () => {
      const path = containerPath(container);
      const filters = inputBag(query);
      if (filters.limit !== undefined) requireCount(filters.limit, 'limit');
      return {
        path,
        query: { format: 'json', ...filters, reverse: filters.reverse === undefined ? undefined : String(filters.reverse) },
        itemsKey: null,
        strategy: markerPages(['name', 'subdir']),
      };
    },
    options,
  );
}

/** Filters of {@link listObjectVersions}. */
export interface ListObjectVersionsQuery extends Omit<ListObjectsQuery, 'path'> {
  /** With `marker`: start after this version of the object named by `marker`. */
  version_marker?: string | undefined;
}

/** Pages of a version listing: the next page starts after the last item's name and version. */
function versionPages(): PageStrategy {
  return {
    name: 'versionPages',
    next({ items, url, limit }) {
      if (items.length === 0 || (limit !== undefined && items.length < limit)) return undefined;
      const last = items[items.length - 1] as Partial<ObjectVersion & PseudoFolder>;
      const next = new URL(url);
      if (typeof last.subdir === 'string') {
        next.searchParams.set('marker', last.subdir);
        next.searchParams.delete('version_marker');
      } else if (typeof last.name === 'string' && typeof last.version_id === 'string') {
        next.searchParams.set('marker', last.name);
        next.searchParams.set('version_marker', last.version_id);
      } else {
        return undefined;
      }
      return next.toString();
    },
  };
}

/**
 * Lists every version of a container's objects (`?versions`), newest first within a name, delete
 * markers included; for containers with `versions_enabled` (Swift 2.24+). Pages follow
 * `marker` and `version_marker`. Sends nothing until iteration starts.
 */
export function listObjectVersions(
  client: ObjectStorageClient,
  container: string,
  query?: ListObjectVersionsQuery,
  options?: CallOptions,
): Paged<ObjectVersion | PseudoFolder> {
  return paginate<ObjectVersion | PseudoFolder>(
    client,
    () => {
      const path = containerPath(container);
      const filters = inputBag(query);
      if (filters.limit !== undefined) requireCount(filters.limit, 'limit');
      if (filters.version_marker !== undefined && filters.marker === undefined) {
        throw new InvalidInputError('version_marker needs marker (the object the version belongs to)', 'version_marker');
      }
      return {
        path,
        query: { versions: '', format: 'json', ...filters, reverse: filters.reverse === undefined ? undefined : String(filters.reverse) },
        itemsKey: null,
        strategy: versionPages(),
      };
    },
    options,
  );
}

/** How an object is stored: its type, encoding, disposition, metadata and expiry. */
export interface ObjectSettings extends ObjectExpiry {
  /**
   * The MIME type (`Content-Type`). Without it Swift takes the type from the object's name
   * (`photo.jpg` is `image/jpeg`; `application/octet-stream` when the name says nothing).
   */
  content_type?: string | undefined;
  /** `Content-Encoding`, served back with the data (`gzip` for data stored compressed). */
  content_encoding?: string | undefined;
  /** `Content-Disposition`, served back with the data (`attachment; filename="…"`). */
  content_disposition?: string | undefined;
  /** User metadata (`X-Object-Meta-*`). */
  metadata?: Readonly<Record<string, string>> | undefined;
}

/**
 * The headers of an object's {@link ObjectSettings}. Without a content type, `detect` asks Swift
 * to take it from the name (`X-Detect-Content-Type`); a Static Large Object's manifest does that
 * by itself when it has no `Content-Type`.
 * @internal
 */
export function objectHeaders(input: ObjectSettings, detect: boolean): Record<string, string> {
  const headers: Record<string, string> = {};
  if (input.content_type !== undefined) headers['Content-Type'] = toHeaderValue(input.content_type, 'content_type');
  else if (detect) headers['X-Detect-Content-Type'] = 'true';
  if (input.content_encoding !== undefined) headers['Content-Encoding'] = toHeaderValue(input.content_encoding, 'content_encoding');
  if (input.content_disposition !== undefined) headers['Content-Disposition'] = toHeaderValue(input.content_disposition, 'content_disposition');
  putMetadataHeaders(headers, 'Object', input.metadata);
  putExpiryHeaders(headers, input);
  return headers;
}

/** What {@link uploadObject} stores besides the data, and how it sends it. */
export interface UploadObjectInput extends ObjectSettings {
  /**
   * The data's MD5 (`ETag`), when the caller knows it: Swift refuses (422) data that does not
   * match. For data in memory the SDK computes it.
   */
  etag?: string | undefined;
  /**
   * Check what Swift stored against what was sent. Default `true`: data in memory travels with
   * its MD5 as `ETag` (Swift refuses a mismatch with 422); streamed data is hashed as it is
   * sent and compared with the `ETag` Swift answers. `false` skips the hashing.
   */
  verify?: boolean | undefined;
  /** Only create: fail with 412 when the object exists (`If-None-Match: *`). */
  if_none_match?: '*' | undefined;
  /**
   * The size in bytes (`Content-Length`), when the caller knows it for a stream (a file's size,
   * say). It lets Swift refuse an object over a quota or its size limit before any data moves;
   * a stream of another length then fails instead of storing a truncated object. The SDK sends
   * it by itself for data in memory and Blobs. (Browsers send their own.)
   */
  content_length?: number | undefined;
  /**
   * Called as bytes are sent. In browsers a Blob (a `File`) is sent whole, since their fetch
   * cannot stream a request body over HTTP/1.1 and reports no upload progress: this is called
   * once, when Swift has stored it. For a progress bar there, use `uploadLargeObject`, which
   * reports each segment stored.
   */
  onProgress?: ProgressCallback | undefined;
}

const MD5_HEX = /^[0-9a-f]{32}$/;

/**
 * Uploads an object (`PUT`), streaming the data: a stream or an async iterable is read as it is
 * sent, never whole. Replaces an object of the same name. Resolves once Swift has stored the
 * data; with `verify` (the default) a streamed upload whose ETag does not match what was sent
 * raises `ResponseError`. A 401 in the middle of a streamed upload fails with
 * `ReplayRefusedError` rather than resend a half-read stream (pass a function to allow resends).
 */
export async function uploadObject(
  client: ObjectStorageClient,
  container: string,
  name: string,
  body: ObjectBody,
  input?: UploadObjectInput,
  options?: CallOptions,
): Promise<UploadedObject> {
  const path = objectPath(container, name);
  const given = inputBag(input);
  const headers = objectHeaders(given, true);
  const ifNoneMatch: unknown = given.if_none_match;
  if (ifNoneMatch !== undefined) {
    if (ifNoneMatch !== '*') throw new InvalidInputError("if_none_match must be '*'", 'if_none_match');
    headers['If-None-Match'] = '*';
  }
  if (given.etag !== undefined && (typeof given.etag !== 'string' || !MD5_HEX.test(given.etag))) {
    throw new InvalidInputError('etag must be an MD5 in lower-case hex', 'etag');
  }
  const verify = given.verify !== false;
  const contentLength = given.content_length === undefined ? undefined : requireCount(given.content_length, 'content_length');
  const prepared = prepareUpload(body, { onProgress: given.onProgress, hash: verify && given.etag === undefined, length: contentLength });
  const etag = given.etag ?? prepared.knownMd5;
  if (etag !== undefined) headers.ETag = etag;
  const length = contentLength ?? prepared.knownLength;
  if (length !== undefined) headers['Content-Length'] = String(length);
  const response = await client.send({ method: 'PUT', path, body: prepared.body, headers, expectStatus: [201] }, options);
  await prepared.settle();
  const stored = unquote(textHeader(response, 'etag'));
  const sent = prepared.sent();
  if (verify && etag === undefined && sent.md5 !== undefined && stored !== undefined && stored !== sent.md5) {
    throw response.error(`Swift stored data whose MD5 is ${stored}, but the ${String(sent.bytes)} bytes sent hash to ${sent.md5}`);
  }
  return {
    container,
    name,
    etag: stored,
    last_modified: textHeader(response, 'last-modified'),
    bytes: sent.bytes,
    copied_from: undefined,
    copied_from_last_modified: undefined,
    version_id: textHeader(response, 'x-object-version-id'),
    request_id: response.requestId,
  };
}

function objectInfo(response: ServiceResponse, container: string, name: string): ObjectInfo {
  return {
    container,
    name,
    content_length: intHeader(response, 'content-length'),
    content_type: textHeader(response, 'content-type'),
    etag: unquote(textHeader(response, 'etag')),
    last_modified: textHeader(response, 'last-modified'),
    timestamp: textHeader(response, 'x-timestamp'),
    content_encoding: textHeader(response, 'content-encoding'),
    content_disposition: textHeader(response, 'content-disposition'),
    delete_at: intHeader(response, 'x-delete-at'),
    object_manifest: textHeader(response, 'x-object-manifest'),
    static_large_object: boolHeader(response, 'x-static-large-object'),
    symlink_target: textHeader(response, 'x-symlink-target'),
    version_id: textHeader(response, 'x-object-version-id'),
    metadata: readMetadata(response.headers, 'object'),
    headers: headerRecord(response.headers),
  };
}

/** Which object {@link getObject} (and {@link downloadObject}) reads: a version, a symlink itself, a manifest itself. */
export interface GetObjectInput {
  /** A version of the object (`version-id`), when its container keeps versions. */
  version_id?: string | undefined;
  /** `get` to see a symlink itself (its `symlink_target`) rather than its target. */
  symlink?: 'get' | undefined;
  /** `get` to see a large object's manifest rather than the whole (`multipart-manifest`). */
  multipart_manifest?: 'get' | undefined;
}

function objectQuery(input: GetObjectInput): Record<string, string | undefined> {
  return { 'version-id': input.version_id, symlink: input.symlink, 'multipart-manifest': input.multipart_manifest };
}

/**
 * `HEAD` of an object, with the response (for errors that name the request).
 * @internal
 */
export async function headObject(
  client: ObjectStorageClient,
  container: string,
  name: string,
  input?: GetObjectInput,
  options?: CallOptions,
): Promise<{ info: ObjectInfo; response: ServiceResponse }> {
  const path = objectPath(container, name);
  const response = await client.send({ method: 'HEAD', path, query: objectQuery(inputBag(input)) }, options);
  return { info: objectInfo(response, container, name), response };
}

/** Reads an object's metadata (`HEAD`), without its data. */
export async function getObject(client: ObjectStorageClient, container: string, name: string, input?: GetObjectInput, options?: CallOptions): Promise<ObjectInfo> {
  return (await headObject(client, container, name, input, options)).info;
}

/** What {@link downloadObject} asks for, and how it checks what comes. */
export interface DownloadObjectInput extends GetObjectInput {
  /**
   * A byte range (`Range`): `{ start, end }`, both inclusive (`{ start: 100 }` is from byte 100 to
   * the end, `{ end: 99 }` the first 100 bytes), or `{ suffix: n }` for the last `n` bytes.
   */
  range?: { start?: number | undefined; end?: number | undefined } | { suffix: number } | undefined;
  /** Only if the ETag matches (`If-Match`, else 412). */
  if_match?: string | undefined;
  /** Only if the ETag differs (`If-None-Match`, else 304, raised as `HttpError`). */
  if_none_match?: string | undefined;
  /**
   * Check the bytes against the `ETag` and `Content-Length` as they stream (the stream errors at
   * its end when they differ). Default `true`; it applies to whole, non-segmented objects.
   */
  verify?: boolean | undefined;
  /** Called as bytes arrive. */
  onProgress?: ProgressCallback | undefined;
}

function rangeHeader(range: NonNullable<DownloadObjectInput['range']>): string {
  const given: unknown = range;
  if (typeof given !== 'object' || given === null) throw new InvalidInputError('range must be { start, end } or { suffix }', 'range');
  if ('suffix' in range) return `bytes=-${String(requireCount(range.suffix, 'range.suffix'))}`;
  const start = range.start === undefined ? 0 : requireCount(range.start, 'range.start');
  if (range.end === undefined) return `bytes=${String(start)}-`;
  const end = requireCount(range.end, 'range.end');
  if (end < start) throw new InvalidInputError('range.end must not be before range.start', 'range');
  return `bytes=${String(start)}-${String(end)}`;
}

function conditionHeader(value: unknown, field: string): string {
  if (typeof value !== 'string' || value === '') throw new InvalidInputError(`${field} must be a non-empty string (an ETag, or *)`, field);
  return toHeaderValue(value, field);
}

/**
 * Downloads an object (`GET`) as a stream. Nothing is buffered: read `body` to the end or cancel
 * it. The call's `timeoutMs` is the longest wait for the next bytes. Large objects (SLO and DLO)
 * come back whole, joined by Swift.
 */
export async function downloadObject(
  client: ObjectStorageClient,
  container: string,
  name: string,
  input?: DownloadObjectInput,
  options?: CallOptions,
): Promise<ObjectDownload> {
  const path = objectPath(container, name);
  const given = inputBag(input);
  const headers: Record<string, string> = {};
  if (given.range !== undefined) headers.Range = rangeHeader(given.range);
  if (given.if_match !== undefined) headers['If-Match'] = conditionHeader(given.if_match, 'if_match');
  if (given.if_none_match !== undefined) headers['If-None-Match'] = conditionHeader(given.if_none_match, 'if_none_match');
  const response = await client.send({ method: 'GET', path, query: objectQuery(given), headers, expectStatus: [200, 206], streamResponse: true }, options);
  let info: ObjectInfo;
  try {
    info = objectInfo(response, container, name);
  } catch (error) {
    await response.discard();
    throw error;
  }
  const whole = response.status === 200 && info.static_large_object !== true && info.object_manifest === undefined;
  // fetch decodes gzip, deflate and br bodies: then neither the length nor the MD5 is the stored one's.
  const decoded = info.content_encoding !== undefined && !/^\s*identity\s*$/i.test(info.content_encoding);
  const check = given.verify !== false && !decoded;
  const md5 = whole && check && info.etag !== undefined && MD5_HEX.test(info.etag) ? info.etag : undefined;
  const source = response.body ?? new ReadableStream<Uint8Array>({ start: (c) => { c.close(); } });
  const body = verifiedDownload(source, {
    expectedLength: check ? info.content_length : undefined,
    expectedMd5: md5,
    onProgress: given.onProgress,
    failure: (reason) => response.error(reason),
  });
  return { ...info, body: portable(body), status: response.status, content_range: textHeader(response, 'content-range') };
}

/** What {@link copyObject} copies, and the copy's settings. */
export interface CopyObjectInput {
  /** The object to copy (`X-Copy-From`): a container and an object name. */
  copy_from: { container: string; name: string };
  /** The source's account, to copy from another account the token may read (`X-Copy-From-Account`). */
  copy_from_account?: string | undefined;
  /** Metadata for the copy, merged over the source's (or instead of it, with `fresh_metadata`). */
  metadata?: Readonly<Record<string, string>> | undefined;
  /** Start the copy's metadata from nothing rather than from the source's (`X-Fresh-Metadata`). */
  fresh_metadata?: boolean | undefined;
  /** The copy's MIME type (`Content-Type`); by default the source's. */
  content_type?: string | undefined;
  /** A large object's source: `get` copies the manifest itself rather than the joined data. */
  multipart_manifest?: 'get' | undefined;
  /** `get` copies a symlink itself rather than its target. */
  symlink?: 'get' | undefined;
}

/**
 * Copies an object on the server into `container`/`name` (`PUT` with `X-Copy-From`), within a
 * container or across containers, without the data passing through the client.
 */
export async function copyObject(
  client: ObjectStorageClient,
  container: string,
  name: string,
  input: CopyObjectInput,
  options?: CallOptions,
): Promise<UploadedObject> {
  const path = objectPath(container, name);
  const given = inputBag(input, true);
  const from = inputBag(given.copy_from as CopyObjectInput['copy_from'] | undefined, true);
  let source: string;
  try {
    source = objectPath(from.container, from.name);
  } catch (error) {
    const field = (error as InvalidInputError).field === 'name' ? 'copy_from.name' : 'copy_from.container';
    throw new InvalidInputError(`copy_from: ${(error as Error).message}`, field);
  }
  const headers: Record<string, string> = { 'X-Copy-From': `/${source}` };
  if (given.copy_from_account !== undefined) headers['X-Copy-From-Account'] = encodeURIComponent(given.copy_from_account);
  if (given.fresh_metadata === true) headers['X-Fresh-Metadata'] = 'true';
  if (given.content_type !== undefined) headers['Content-Type'] = toHeaderValue(given.content_type, 'content_type');
  putMetadataHeaders(headers, 'Object', given.metadata);
  const query = { 'multipart-manifest': given.multipart_manifest, symlink: given.symlink };
  const response = await client.send({ method: 'PUT', path, query, headers, expectStatus: [201] }, options);
  return {
    container,
    name,
    etag: unquote(textHeader(response, 'etag')),
    last_modified: textHeader(response, 'last-modified'),
    bytes: undefined,
    copied_from: textHeader(response, 'x-copied-from'),
    copied_from_last_modified: textHeader(response, 'x-copied-from-last-modified'),
    version_id: textHeader(response, 'x-object-version-id'),
    request_id: response.requestId,
  };
}

/** What {@link updateObject} changes. */
export interface UpdateObjectInput extends ObjectExpiry {
  /** Metadata to set (`X-Object-Meta-*`), merged over the object's current metadata. */
  metadata?: Readonly<Record<string, string>> | undefined;
  /** Metadata keys to remove. */
  remove_metadata?: readonly string[] | undefined;
  /**
   * `true` for Swift's own semantics: one `POST`, no `HEAD`, and `metadata` becomes the object's
   * whole metadata. Swift then also drops every other header it lets a `POST` set that is not
   * sent again: `Content-Encoding`, `Content-Disposition`, `Cache-Control`, `Content-Language`,
   * `Expires`, `X-Delete-At`, and a Dynamic Large Object's `X-Object-Manifest`.
   */
  replace_metadata?: boolean | undefined;
  /** The MIME type (`Content-Type`). */
  content_type?: string | undefined;
  /** Stop a scheduled deletion (`X-Remove-Delete-At`). */
  remove_delete_at?: boolean | undefined;
}

/**
 * The headers besides metadata that Swift's object `POST` sets, and drops when they are not sent
 * (obj/server.py copies only the allowed headers the request carries).
 */
const POST_KEPT_HEADERS = ['content-type', 'content-encoding', 'content-disposition', 'cache-control', 'content-language', 'expires', 'x-robots-tag', 'x-delete-at', 'x-object-manifest'];

/**
 * Changes an object's metadata, content type or expiry (`POST`). Swift's `POST` replaces all of
 * an object's user metadata and the other headers a `POST` may set, so unless `replace_metadata`
 * is set this reads them first (`HEAD`) and sends the merge: what is not changed is kept. The
 * read and the write are two requests, which races with a concurrent writer.
 */
export async function updateObject(client: ObjectStorageClient, container: string, name: string, input: UpdateObjectInput, options?: CallOptions): Promise<void> {
  const path = objectPath(container, name);
  const given = inputBag(input, true);
  // Everything the caller gives is checked before any request.
  const changes: Record<string, string> = {};
  putMetadataHeaders(changes, 'Object', given.metadata, given.remove_metadata);
  if (given.content_type !== undefined) changes['Content-Type'] = toHeaderValue(given.content_type, 'content_type');
  putExpiryHeaders(changes, given);
  if (given.remove_delete_at === true) {
    if (given.delete_at !== undefined || given.delete_after !== undefined) {
      throw new InvalidInputError('remove_delete_at conflicts with delete_at and delete_after', 'remove_delete_at');
    }
    changes['X-Remove-Delete-At'] = 'x';
  }
  if (given.replace_metadata === true) {
    if (given.remove_metadata !== undefined) {
      throw new InvalidInputError('remove_metadata has no meaning with replace_metadata: the metadata given is the whole', 'remove_metadata');
    }
    await client.execute({ method: 'POST', path, headers: changes, expectStatus: [202] }, options);
    return;
  }
  // The HEAD carries the call's signal, timeout and retry settings; its headers are the POST's.
  const current = await getObject(client, container, name, {}, { ...options, headers: undefined });
  const removed = new Set((given.remove_metadata ?? []).map((key) => key.toLowerCase()));
  const metadata: Metadata = Object.fromEntries(
    Object.entries({ ...current.metadata, ...given.metadata }).filter(([key]) => !removed.has(key.toLowerCase())),
  );
  const headers: Record<string, string> = {};
  const changesExpiry = given.delete_at !== undefined || given.delete_after !== undefined || given.remove_delete_at === true;
  for (const header of POST_KEPT_HEADERS) {
    const value = current.headers[header];
    if (value === undefined || (header === 'x-delete-at' && changesExpiry)) continue;
    headers[header] = toHeaderValue(value, header);
  }
  putMetadataHeaders(headers, 'Object', metadata);
  for (const [key, value] of Object.entries(changes)) {
    if (/^x-object-meta-/i.test(key)) continue; // the merge above holds them
    headers[key.toLowerCase()] = value;
  }
  await client.execute({ method: 'POST', path, headers, expectStatus: [202] }, options);
}

/** What {@link deleteObject} deletes besides the object. */
export interface DeleteObjectInput {
  /** `delete` to delete a Static Large Object's segments with its manifest (`multipart-manifest`). */
  multipart_manifest?: 'delete' | undefined;
  /** Delete this version (`version-id`), when the container keeps versions. */
  version_id?: string | undefined;
}

/**
 * Deletes an object. With `multipart_manifest: 'delete'`, a Static Large Object's segments go
 * too: Swift then answers 200 with a bulk-delete report, which is read; a manifest that was not
 * there raises `HttpError` 404 like a plain delete, and segments Swift could not delete raise
 * `ResponseError` listing them.
 */
export async function deleteObject(client: ObjectStorageClient, container: string, name: string, input?: DeleteObjectInput, options?: CallOptions): Promise<void> {
  const path = objectPath(container, name);
  const given = inputBag(input);
  const manifest: unknown = given.multipart_manifest;
  if (manifest !== undefined && manifest !== 'delete') {
    throw new InvalidInputError("multipart_manifest must be 'delete'", 'multipart_manifest');
  }
  const query = { 'multipart-manifest': given.multipart_manifest, 'version-id': given.version_id };
  if (given.multipart_manifest !== 'delete') {
    await client.execute({ method: 'DELETE', path, query }, options);
    return;
  }
  const response = await client.send({ method: 'DELETE', path, query, headers: { Accept: 'application/json' } }, options);
  const report = await readBulkReport(response);
  if (report.deleted === 0 && report.not_found > 0 && report.errors.length === 0) {
    // Swift's 200 reports the manifest as one path not found: the 404 a plain delete would give.
    throw new HttpError({ status: 404, method: response.method, url: response.url, requestId: response.requestId, serviceMessage: 'Not Found: the manifest does not exist' });
  }
  if (report.errors.length > 0) {
    const list = report.errors.slice(0, 5).map((e) => `${e.path} (${e.status})`).join(', ');
    throw response.error(`Swift could not delete ${String(report.errors.length)} part(s) of the large object: ${list}`);
  }
}
