import type { CallOptions } from '@openstack-ts/core';
import type { ObjectStorageClient } from '../client.js';
import { infoUrl } from './urls.js';

/**
 * The cluster's capabilities from `/info`: one key per middleware that reports itself (`swift`,
 * `slo`, `tempurl`, `formpost`, `bulk_delete`, …) with its settings and limits.
 */
export interface SwiftInfo {
  swift: {
    version?: string;
    max_file_size?: number;
    max_object_name_length?: number;
    container_listing_limit?: number;
    account_listing_limit?: number;
    policies?: { name: string; default?: boolean; aliases?: string }[];
    [setting: string]: unknown;
  };
  slo?: { max_manifest_segments?: number; max_manifest_size?: number; min_segment_size?: number; [setting: string]: unknown };
  tempurl?: { methods?: string[]; allowed_digests?: string[]; [setting: string]: unknown };
  bulk_delete?: { max_deletes_per_request?: number; max_failed_deletes?: number };
  [middleware: string]: unknown;
}

/** Reads the cluster's capabilities (`GET /info` at the proxy's root; no token needed). */
export async function getInfo(client: ObjectStorageClient, options?: CallOptions): Promise<SwiftInfo> {
  return client.request<SwiftInfo>({ method: 'GET', path: infoUrl(client.endpoint), skipAuth: true }, options);
}
