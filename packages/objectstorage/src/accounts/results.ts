import type { Metadata } from '../common.js';

/** The account's totals and metadata, from `HEAD` on the storage URL. */
export interface Account {
  /** `X-Account-Container-Count`. */
  container_count: number | undefined;
  /** `X-Account-Object-Count`. */
  object_count: number | undefined;
  /** `X-Account-Bytes-Used`. */
  bytes_used: number | undefined;
  /** The account quota in bytes (`X-Account-Meta-Quota-Bytes`), set by a reseller admin. */
  quota_bytes: number | undefined;
  /** The account's temp URL keys (`X-Account-Meta-Temp-URL-Key`, `-Key-2`). */
  temp_url_key: string | undefined;
  /** The account's second temp URL key (`X-Account-Meta-Temp-URL-Key-2`), for rotating keys. */
  temp_url_key_2: string | undefined;
  /** `X-Timestamp`: when the account was created, seconds since the epoch. */
  timestamp: string | undefined;
  /** User metadata (`X-Account-Meta-*`, quota and temp URL keys included), keys in lower case. */
  metadata: Metadata;
  /** Every response header, names in lower case (per-policy totals among them). */
  headers: Record<string, string>;
}
