import type { PortableReadableStream } from '../bodies.js';
import type { Metadata } from '../common.js';

/** An object as a container listing shows it. */
export interface ObjectSummary {
  name: string;
  /** The MD5 of the data (for a large object manifest, of the manifest). */
  hash: string;
  bytes: number;
  content_type: string;
  last_modified: string;
  /** A symlink's target (`container/object`), when the listing holds one. */
  symlink_path?: string | undefined;
}

/**
 * One version of an object, from a listing with `versions` (containers with `versions_enabled`).
 * A deletion shows as a version whose `content_type` is
 * `application/x-deleted;swift_versions_deleted=1` (a delete marker).
 */
export interface ObjectVersion extends ObjectSummary {
  /** The version's ID: pass it as `version_id` to get, download or delete this version. */
  version_id: string;
  /** True for the version a plain `GET` returns. */
  is_latest: boolean;
}

/** A pseudo-folder in a listing made with a `delimiter`: the shared prefix, ending in the delimiter. */
export interface PseudoFolder {
  subdir: string;
}

/** An entry of an object listing: an object, or a pseudo-folder when a `delimiter` was given. */
export type ObjectListEntry = ObjectSummary | PseudoFolder;

/** An object's metadata and system headers, from `HEAD` (or a download's response). */
export interface ObjectInfo {
  container: string;
  name: string;
  /** Size in bytes (for a large object, of the whole). */
  content_length: number | undefined;
  content_type: string | undefined;
  /** The MD5 of the data; for a large object, quoted and computed over its segments' ETags. */
  etag: string | undefined;
  last_modified: string | undefined;
  /** `X-Timestamp`: when the object was written, in seconds since the epoch. */
  timestamp: string | undefined;
  content_encoding: string | undefined;
  content_disposition: string | undefined;
  /** When Swift deletes the object, in seconds since the epoch (`X-Delete-At`). */
  delete_at: number | undefined;
  /** A Dynamic Large Object's `container/prefix` of segments (`X-Object-Manifest`). */
  object_manifest: string | undefined;
  /** True for a Static Large Object's manifest. */
  static_large_object: boolean | undefined;
  /** A symlink's target (`X-Symlink-Target`), when the object is one (HEAD with `symlink=get`). */
  symlink_target: string | undefined;
  /** The version's ID, when the container keeps versions (`X-Object-Version-Id`). */
  version_id: string | undefined;
  /** User metadata (`X-Object-Meta-*`), keys in lower case. */
  metadata: Metadata;
  /** Every response header, names in lower case. */
  headers: Record<string, string>;
}

/** An object download: the data as a stream, and the object's metadata. */
export interface ObjectDownload extends ObjectInfo {
  /**
   * The data. Read it to the end or cancel it: an unread body holds the connection. When the
   * SDK can check the data (a whole, non-segmented object), the stream errors at its end with a
   * `ResponseError` if the bytes do not match the `ETag` or `Content-Length`. It is the
   * platform's `ReadableStream`, typed so Node's `Readable.fromWeb(body)` and `pipeline(body, …)`
   * take it as it is.
   */
  body: PortableReadableStream;
  /** 200 for the whole object, 206 for a range. */
  status: number;
  /** For a ranged download, `bytes first-last/size` (`Content-Range`). */
  content_range: string | undefined;
}

/** What Swift answers to an upload or a copy. */
export interface UploadedObject {
  container: string;
  name: string;
  /** The MD5 Swift computed over what it stored. */
  etag: string | undefined;
  last_modified: string | undefined;
  /** Bytes the SDK sent (for a copy, `undefined`). */
  bytes: number | undefined;
  /** For a copy: the source (`X-Copied-From`) and its last-modified time. */
  copied_from: string | undefined;
  copied_from_last_modified: string | undefined;
  /** The new version's ID, when the container keeps versions. */
  version_id: string | undefined;
  /** Swift's transaction (request) ID. */
  request_id: string | undefined;
}
