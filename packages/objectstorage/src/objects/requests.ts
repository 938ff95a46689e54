import {
  HttpError,
  InvalidInputError,
  ResponseError,
  markerPages,
  paginate,
  redactUrl,
  requestIdOf,
  type CallOptions,
  type PageStrategy,
  type Paged,
  type ServiceClient,
} from '@openstack-ts/core';
import { prepareUpload, verifiedDownload, type ObjectBody, type ProgressCallback } from '../bodies.js';
import {
  boolHeader,
  containerPath,
  headerRecord,
  intHeader,
  objectPath,
  putMetadataHeaders,
  readMetadata,
  requireCount,
  textHeader,
  toHeaderValue,
  withExtraHeaders,
  type Metadata,
} from '../common.js';
import { readBulkReport } from '../bulk/report.js';
import type { ObjectDownload, ObjectInfo, ObjectListEntry, ObjectVersion, PseudoFolder, UploadedObject } from './results.js';

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
 * also holds pseudo-folders (`{ subdir }`); tell them apart with `'subdir' in entry`.
 */
export function listObjects(client: ServiceClient, container: string, query: ListObjectsQuery = {}, options: CallOptions = {}): Paged<ObjectListEntry> {
  const path = containerPath(container);
  if (query.limit !== undefined) requireCount(query.limit, 'limit');
  return paginate<ObjectListEntry>(
    client,
    {
      path,
      query: { format: 'json', ...query, reverse: query.reverse === undefined ? undefined : String(query.reverse) },
      itemsKey: null,
      strategy: markerPages(['name', 'subdir']),
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
 * `marker` and `version_marker`.
 */
export function listObjectVersions(
  client: ServiceClient,
  container: string,
  query: ListObjectVersionsQuery = {},
  options: CallOptions = {},
): Paged<ObjectVersion | PseudoFolder> {
  const path = containerPath(container);
  if (query.limit !== undefined) requireCount(query.limit, 'limit');
  if (query.version_marker !== undefined && query.marker === undefined) {
    throw new InvalidInputError('version_marker needs marker (the object the version belongs to)', 'version_marker');
  }
  return paginate<ObjectVersion | PseudoFolder>(
    client,
    {
      path,
      query: { versions: '', format: 'json', ...query, reverse: query.reverse === undefined ? undefined : String(query.reverse) },
      itemsKey: null,
      strategy: versionPages(),
    },
    options,
  );
}

/** Options of {@link uploadObject}. */
export interface UploadObjectOptions extends CallOptions {
  /** The MIME type. Swift guesses from the name when absent (`X-Detect-Content-Type`). */
  contentType?: string | undefined;
  contentEncoding?: string | undefined;
  contentDisposition?: string | undefined;
  /** User metadata (`X-Object-Meta-*`). */
  metadata?: Readonly<Record<string, string>> | undefined;
  /** Delete the object at this time: a `Date`, or seconds since the epoch. */
  deleteAt?: Date | number | undefined;
  /** Delete the object this many seconds after it is written. */
  deleteAfter?: number | undefined;
  /**
   * The data's MD5, when the caller knows it: Swift refuses (422) data that does not match.
   * For data in memory the SDK computes it.
   */
  etag?: string | undefined;
  /**
   * Check what Swift stored against what was sent. Default `true`: data in memory travels with
   * its MD5 as `ETag` (Swift refuses a mismatch with 422); streamed data is hashed as it is
   * sent and compared with the `ETag` Swift answers. `false` skips the hashing.
   */
  verify?: boolean | undefined;
  /** Only create: fail with 412 when the object exists (`If-None-Match: *`). */
  ifNoneMatch?: '*' | undefined;
  /**
   * The size in bytes, when the caller knows it for a stream (a file's size, say). It is sent as
   * `Content-Length`, which lets Swift refuse an object over a quota or its size limit before
   * any data moves; a stream of another length then fails instead of storing a truncated
   * object. The SDK sends it by itself for data in memory and Blobs. (Browsers send their own.)
   */
  contentLength?: number | undefined;
  /** Called as bytes are sent. */
  onProgress?: ProgressCallback | undefined;
}

function deleteAtSeconds(value: Date | number, field: string): string {
  const seconds = value instanceof Date ? Math.floor(value.getTime() / 1000) : value;
  if (!Number.isSafeInteger(seconds) || seconds <= 0) throw new InvalidInputError(`${field} must be a Date or whole seconds since the epoch`, field);
  return String(seconds);
}

function expiryHeaders(headers: Record<string, string>, input: { deleteAt?: Date | number | undefined; deleteAfter?: number | undefined }): void {
  if (input.deleteAt !== undefined && input.deleteAfter !== undefined) {
    throw new InvalidInputError('Give deleteAt or deleteAfter, not both', 'deleteAt');
  }
  if (input.deleteAt !== undefined) headers['X-Delete-At'] = deleteAtSeconds(input.deleteAt, 'deleteAt');
  if (input.deleteAfter !== undefined) {
    if (!Number.isSafeInteger(input.deleteAfter) || input.deleteAfter <= 0) {
      throw new InvalidInputError('deleteAfter must be a whole number of seconds > 0', 'deleteAfter');
    }
    headers['X-Delete-After'] = String(input.deleteAfter);
  }
}

const MD5_HEX = /^[0-9a-f]{32}$/;

function unquote(etag: string | undefined): string | undefined {
  return etag?.replace(/^"(.*)"$/, '$1');
}

function callOptions(options: CallOptions): CallOptions {
  const { signal, headers, microversion, timeoutMs, retry } = options;
  return { signal, headers, microversion, timeoutMs, retry };
}

/**
 * Uploads an object (`PUT`), streaming the data: a stream or an async iterable is read as it is
 * sent, never whole. Replaces an object of the same name. Resolves once Swift has stored the
 * data; with `verify` (the default) a streamed upload whose ETag does not match what was sent
 * raises `ResponseError`. A 401 in the middle of a streamed upload fails with
 * `ReplayRefusedError` rather than resend a half-read stream (pass a function to allow resends).
 */
export async function uploadObject(
  client: ServiceClient,
  container: string,
  name: string,
  body: ObjectBody,
  options: UploadObjectOptions = {},
): Promise<UploadedObject> {
  const path = objectPath(container, name);
  const headers: Record<string, string> = {};
  if (options.contentType !== undefined) headers['Content-Type'] = toHeaderValue(options.contentType, 'contentType');
  else headers['X-Detect-Content-Type'] = 'true';
  if (options.contentEncoding !== undefined) headers['Content-Encoding'] = toHeaderValue(options.contentEncoding, 'contentEncoding');
  if (options.contentDisposition !== undefined) headers['Content-Disposition'] = toHeaderValue(options.contentDisposition, 'contentDisposition');
  putMetadataHeaders(headers, 'Object', options.metadata);
  expiryHeaders(headers, options);
  if (options.ifNoneMatch !== undefined) headers['If-None-Match'] = '*';
  if (options.etag !== undefined && !MD5_HEX.test(options.etag)) throw new InvalidInputError('etag must be an MD5 in lower-case hex', 'etag');
  const verify = options.verify !== false;
  const contentLength = options.contentLength === undefined ? undefined : requireCount(options.contentLength, 'contentLength');
  const prepared = prepareUpload(body, { onProgress: options.onProgress, hash: verify && options.etag === undefined, length: contentLength });
  const etag = options.etag ?? prepared.knownMd5;
  if (etag !== undefined) headers.ETag = etag;
  const length = contentLength ?? prepared.knownLength;
  if (length !== undefined) headers['Content-Length'] = String(length);
  const response = await client.send(
    { method: 'PUT', path, body: prepared.body, headers: withExtraHeaders(headers, options.headers), expectStatus: [201] },
    { ...callOptions(options), headers: undefined },
  );
  await response.body?.cancel();
  const stored = unquote(textHeader(response, 'etag'));
  const sent = prepared.sent();
  const result: UploadedObject = {
    container,
    name,
    etag: stored,
    last_modified: textHeader(response, 'last-modified'),
    bytes: sent.bytes,
    copied_from: undefined,
    copied_from_last_modified: undefined,
    version_id: textHeader(response, 'x-object-version-id'),
    request_id: requestIdOf(response.headers),
  };
  if (verify && etag === undefined && sent.md5 !== undefined && stored !== undefined && stored !== sent.md5) {
    throw new ResponseError({
      status: response.status,
      method: 'PUT',
      url: redactUrl(client.url(path)),
      requestId: result.request_id,
      reason: `Swift stored data whose MD5 is ${stored}, but the ${String(sent.bytes)} bytes sent hash to ${sent.md5}`,
    });
  }
  return result;
}

function objectInfo(response: Response, container: string, name: string, method: string, url: string): ObjectInfo {
  const context = { method, url };
  return {
    container,
    name,
    content_length: intHeader(response, 'content-length', context),
    content_type: textHeader(response, 'content-type'),
    etag: unquote(textHeader(response, 'etag')),
    last_modified: textHeader(response, 'last-modified'),
    timestamp: textHeader(response, 'x-timestamp'),
    content_encoding: textHeader(response, 'content-encoding'),
    content_disposition: textHeader(response, 'content-disposition'),
    delete_at: intHeader(response, 'x-delete-at', context),
    object_manifest: textHeader(response, 'x-object-manifest'),
    static_large_object: boolHeader(response, 'x-static-large-object'),
    symlink_target: textHeader(response, 'x-symlink-target'),
    version_id: textHeader(response, 'x-object-version-id'),
    metadata: readMetadata(response.headers, 'object'),
    headers: headerRecord(response.headers),
  };
}

/** Options of {@link getObject}. */
export interface GetObjectOptions extends CallOptions {
  /** A version of the object, when its container keeps versions. */
  versionId?: string | undefined;
  /** `get` to see a symlink itself (its `symlink_target`) rather than its target. */
  symlink?: 'get' | undefined;
  /** `get` to see a large object's manifest rather than the whole. */
  multipartManifest?: 'get' | undefined;
}

/** Reads an object's metadata (`HEAD`), without its data. */
export async function getObject(client: ServiceClient, container: string, name: string, options: GetObjectOptions = {}): Promise<ObjectInfo> {
  const path = objectPath(container, name);
  const query = { 'version-id': options.versionId, symlink: options.symlink, 'multipart-manifest': options.multipartManifest };
  const response = await client.send({ method: 'HEAD', path, query }, options);
  await response.body?.cancel();
  return objectInfo(response, container, name, 'HEAD', client.url(path, query));
}

/** Options of {@link downloadObject}. */
export interface DownloadObjectOptions extends GetObjectOptions {
  /**
   * A byte range: `{ start, end }`, both inclusive (`{ start: 100 }` is from byte 100 to the end,
   * `{ end: 99 }` the first 100 bytes), or `{ suffix: n }` for the last `n` bytes.
   */
  range?: { start?: number | undefined; end?: number | undefined } | { suffix: number } | undefined;
  /** Only if the ETag matches (else 412). */
  ifMatch?: string | undefined;
  /** Only if the ETag differs (else 304, raised as `HttpError`). */
  ifNoneMatch?: string | undefined;
  /**
   * Check the bytes against the `ETag` and `Content-Length` as they stream (the stream errors at
   * its end when they differ). Default `true`; it applies to whole, non-segmented objects.
   */
  verify?: boolean | undefined;
  /** Called as bytes arrive. */
  onProgress?: ProgressCallback | undefined;
}

function rangeHeader(range: NonNullable<DownloadObjectOptions['range']>): string {
  if ('suffix' in range) return `bytes=-${String(requireCount(range.suffix, 'range.suffix'))}`;
  const start = range.start === undefined ? 0 : requireCount(range.start, 'range.start');
  if (range.end === undefined) return `bytes=${String(start)}-`;
  const end = requireCount(range.end, 'range.end');
  if (end < start) throw new InvalidInputError('range.end must not be before range.start', 'range');
  return `bytes=${String(start)}-${String(end)}`;
}

/**
 * Downloads an object (`GET`) as a stream. Nothing is buffered: read `body` to the end or cancel
 * it. Large objects (SLO and DLO) come back whole, joined by Swift.
 */
export async function downloadObject(client: ServiceClient, container: string, name: string, options: DownloadObjectOptions = {}): Promise<ObjectDownload> {
  const path = objectPath(container, name);
  const headers: Record<string, string> = {};
  if (options.range !== undefined) headers.Range = rangeHeader(options.range);
  if (options.ifMatch !== undefined) headers['If-Match'] = options.ifMatch;
  if (options.ifNoneMatch !== undefined) headers['If-None-Match'] = options.ifNoneMatch;
  const query = { 'version-id': options.versionId, symlink: options.symlink, 'multipart-manifest': options.multipartManifest };
  const response = await client.send(
    { method: 'GET', path, query, headers: withExtraHeaders(headers, options.headers), expectStatus: [200, 206] },
    { ...callOptions(options), headers: undefined },
  );
  const url = client.url(path, query);
  const info = objectInfo(response, container, name, 'GET', url);
  const whole = response.status === 200 && info.static_large_object !== true && info.object_manifest === undefined;
  // fetch decodes gzip, deflate and br bodies: then neither the length nor the MD5 is the stored one's.
  const decoded = info.content_encoding !== undefined && !/^\s*identity\s*$/i.test(info.content_encoding);
  const check = options.verify !== false && !decoded;
  const md5 = whole && check && info.etag !== undefined && MD5_HEX.test(info.etag) ? info.etag : undefined;
  const source = response.body ?? new ReadableStream<Uint8Array>({ start: (c) => { c.close(); } });
  const body = verifiedDownload(source, {
    expectedLength: check ? info.content_length : undefined,
    expectedMd5: md5,
    onProgress: options.onProgress,
    failure: (reason) => new ResponseError({ status: response.status, method: 'GET', url: redactUrl(url), requestId: requestIdOf(response.headers), reason }),
  });
  return { ...info, body, status: response.status, content_range: textHeader(response, 'content-range') };
}

/** Options of {@link copyObject}. */
export interface CopyObjectOptions extends CallOptions {
  /** Metadata for the copy, merged over the source's (or instead of it, with `freshMetadata`). */
  metadata?: Readonly<Record<string, string>> | undefined;
  /** Start the copy's metadata from nothing rather than from the source's. */
  freshMetadata?: boolean | undefined;
  contentType?: string | undefined;
  /** The source's account, to copy from another account the token may read (`X-Copy-From-Account`). */
  fromAccount?: string | undefined;
  /** A large object's source: `get` copies the manifest itself rather than the joined data. */
  multipartManifest?: 'get' | undefined;
  /** Copy a symlink itself rather than its target. */
  symlink?: 'get' | undefined;
}

/**
 * Copies an object on the server (`PUT` with `X-Copy-From`), within a container or across
 * containers, without the data passing through the client.
 */
export async function copyObject(
  client: ServiceClient,
  from: { container: string; name: string },
  to: { container: string; name: string },
  options: CopyObjectOptions = {},
): Promise<UploadedObject> {
  const source = objectPath(from.container, from.name);
  const path = objectPath(to.container, to.name);
  const headers: Record<string, string> = { 'X-Copy-From': `/${source}` };
  if (options.fromAccount !== undefined) headers['X-Copy-From-Account'] = encodeURIComponent(options.fromAccount);
  if (options.freshMetadata === true) headers['X-Fresh-Metadata'] = 'true';
  if (options.contentType !== undefined) headers['Content-Type'] = toHeaderValue(options.contentType, 'contentType');
  putMetadataHeaders(headers, 'Object', options.metadata);
  const query = { 'multipart-manifest': options.multipartManifest, symlink: options.symlink };
  const response = await client.send(
    { method: 'PUT', path, query, headers: withExtraHeaders(headers, options.headers), expectStatus: [201] },
    { ...callOptions(options), headers: undefined },
  );
  await response.body?.cancel();
  return {
    container: to.container,
    name: to.name,
    etag: unquote(textHeader(response, 'etag')),
    last_modified: textHeader(response, 'last-modified'),
    bytes: undefined,
    copied_from: textHeader(response, 'x-copied-from'),
    copied_from_last_modified: textHeader(response, 'x-copied-from-last-modified'),
    version_id: textHeader(response, 'x-object-version-id'),
    request_id: requestIdOf(response.headers),
  };
}

/** What {@link updateObject} changes. */
export interface UpdateObjectInput {
  /** Metadata to set, merged over the object's current metadata. */
  metadata?: Readonly<Record<string, string>> | undefined;
  /** Metadata keys to remove. */
  removeMetadata?: readonly string[] | undefined;
  /**
   * `true` for Swift's own semantics: one `POST`, no `HEAD`, and `metadata` becomes the object's
   * whole metadata. Swift then also drops every other header it lets a `POST` set that is not
   * sent again: `Content-Encoding`, `Content-Disposition`, `Cache-Control`, `Content-Language`,
   * `Expires`, `X-Delete-At`, and a Dynamic Large Object's `X-Object-Manifest`.
   */
  replaceMetadata?: boolean | undefined;
  contentType?: string | undefined;
  /** Delete the object at this time (a `Date`, or seconds since the epoch). */
  deleteAt?: Date | number | undefined;
  /** Delete the object this many seconds from now. */
  deleteAfter?: number | undefined;
  /** Stop a scheduled deletion. */
  removeDeleteAt?: boolean | undefined;
}

/**
 * The headers besides metadata that Swift's object `POST` sets, and drops when they are not sent
 * (obj/server.py copies only the allowed headers the request carries).
 */
const POST_KEPT_HEADERS = ['content-type', 'content-encoding', 'content-disposition', 'cache-control', 'content-language', 'expires', 'x-robots-tag', 'x-delete-at', 'x-object-manifest'];

/**
 * Changes an object's metadata, content type or expiry (`POST`). Swift's `POST` replaces all of
 * an object's user metadata and the other headers a `POST` may set, so unless `replaceMetadata`
 * is set this reads them first (`HEAD`) and sends the merge: what is not changed is kept. The
 * read and the write are two requests, which races with a concurrent writer.
 */
export async function updateObject(client: ServiceClient, container: string, name: string, input: UpdateObjectInput, options: CallOptions = {}): Promise<void> {
  const path = objectPath(container, name);
  // Everything the caller gives is checked before any request.
  const given: Record<string, string> = {};
  putMetadataHeaders(given, 'Object', input.metadata, input.removeMetadata);
  if (input.contentType !== undefined) given['Content-Type'] = toHeaderValue(input.contentType, 'contentType');
  expiryHeaders(given, input);
  if (input.removeDeleteAt === true) {
    if (input.deleteAt !== undefined || input.deleteAfter !== undefined) throw new InvalidInputError('removeDeleteAt conflicts with deleteAt and deleteAfter', 'removeDeleteAt');
    given['X-Remove-Delete-At'] = 'x';
  }
  if (input.replaceMetadata === true) {
    if (input.removeMetadata !== undefined) {
      throw new InvalidInputError('removeMetadata has no meaning with replaceMetadata: the metadata given is the whole', 'removeMetadata');
    }
    await client.execute({ method: 'POST', path, headers: given, expectStatus: [202] }, options);
    return;
  }
  const current = await getObject(client, container, name, { signal: options.signal, timeoutMs: options.timeoutMs, retry: options.retry });
  const removed = new Set((input.removeMetadata ?? []).map((key) => key.toLowerCase()));
  const metadata: Metadata = Object.fromEntries(
    Object.entries({ ...current.metadata, ...input.metadata }).filter(([key]) => !removed.has(key.toLowerCase())),
  );
  const headers: Record<string, string> = {};
  const changesExpiry = input.deleteAt !== undefined || input.deleteAfter !== undefined || input.removeDeleteAt === true;
  for (const name of POST_KEPT_HEADERS) {
    const value = current.headers[name];
    if (value === undefined || (name === 'x-delete-at' && changesExpiry)) continue;
    headers[name] = toHeaderValue(value, name);
  }
  putMetadataHeaders(headers, 'Object', metadata);
  for (const [key, value] of Object.entries(given)) {
    if (/^x-object-meta-/i.test(key)) continue; // the merge above holds them
    headers[key.toLowerCase()] = value;
  }
  await client.execute({ method: 'POST', path, headers, expectStatus: [202] }, options);
}

/** Options of {@link deleteObject}. */
export interface DeleteObjectOptions extends CallOptions {
  /** `delete` to delete a Static Large Object's segments with its manifest. */
  multipartManifest?: 'delete' | undefined;
  /** Delete this version, when the container keeps versions. */
  versionId?: string | undefined;
}

/**
 * Deletes an object. With `multipartManifest: 'delete'`, a Static Large Object's segments go
 * too: Swift then answers 200 with a bulk-delete report, which is read; a manifest that was not
 * there raises `HttpError` 404 like a plain delete, and segments Swift could not delete raise
 * `ResponseError` listing them.
 */
export async function deleteObject(client: ServiceClient, container: string, name: string, options: DeleteObjectOptions = {}): Promise<void> {
  const path = objectPath(container, name);
  const query = { 'multipart-manifest': options.multipartManifest, 'version-id': options.versionId };
  if (options.multipartManifest !== 'delete') {
    await client.execute({ method: 'DELETE', path, query }, options);
    return;
  }
  const response = await client.send({ method: 'DELETE', path, query, headers: { Accept: 'application/json' } }, options);
  const url = client.url(path, query);
  const report = await readBulkReport(response, 'DELETE', url);
  if (report.deleted === 0 && report.not_found > 0 && report.errors.length === 0) {
    throw new HttpError({ status: 404, method: 'DELETE', url: redactUrl(url), requestId: requestIdOf(response.headers), serviceMessage: 'Not Found: the manifest does not exist' });
  }
  if (report.errors.length > 0) {
    const list = report.errors.slice(0, 5).map((e) => `${e.path} (${e.status})`).join(', ');
    throw new ResponseError({
      status: response.status,
      method: 'DELETE',
      url: redactUrl(url),
      requestId: requestIdOf(response.headers),
      reason: `Swift could not delete ${String(report.errors.length)} part(s) of the large object: ${list}`,
    });
  }
}
