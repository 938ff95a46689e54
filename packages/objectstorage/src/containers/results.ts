import type { Metadata } from '../common.js';

/** A container as the account listing shows it. */
export interface ContainerSummary {
  name: string;
  /** Objects in the container. */
  count: number;
  /** Bytes used. */
  bytes: number;
  last_modified: string;
}

/** A container's metadata and settings, from `HEAD`. */
export interface Container {
  name: string;
  /** `X-Container-Object-Count`. */
  object_count: number | undefined;
  /** `X-Container-Bytes-Used`. */
  bytes_used: number | undefined;
  /** The read ACL (`X-Container-Read`), e.g. `.r:*,.rlistings` for a public container. */
  read: string | undefined;
  /** The write ACL (`X-Container-Write`). */
  write: string | undefined;
  /** The storage policy's name (`X-Storage-Policy`). */
  storage_policy: string | undefined;
  /** Object versioning (`X-Versions-Enabled`), Swift 2.24+. */
  versions_enabled: boolean | undefined;
  /** Legacy versioning: where old versions go in "stack" mode (`X-Versions-Location`). */
  versions_location: string | undefined;
  /** Legacy versioning: where old versions go in "history" mode (`X-History-Location`). */
  history_location: string | undefined;
  /** Container quota in bytes (`X-Container-Meta-Quota-Bytes`). */
  quota_bytes: number | undefined;
  /** Container quota in objects (`X-Container-Meta-Quota-Count`). */
  quota_count: number | undefined;
  /** The container's temp URL key (`X-Container-Meta-Temp-URL-Key`); shown to its owner only. */
  temp_url_key: string | undefined;
  /** The container's second temp URL key (`X-Container-Meta-Temp-URL-Key-2`). */
  temp_url_key_2: string | undefined;
  /** `X-Container-Sync-To`. */
  sync_to: string | undefined;
  /** `X-Timestamp`: when the container was created, seconds since the epoch. */
  timestamp: string | undefined;
  /** User metadata (`X-Container-Meta-*`, quotas and temp URL keys included), keys in lower case. */
  metadata: Metadata;
  /** Every response header, names in lower case. */
  headers: Record<string, string>;
}
