import type { Link } from '../common.js';

/** A media type a version accepts. */
export interface BlockStorageMediaType {
  base: string;
  type: string;
}

/** One major version of the block storage API, from Cinder's versions document. Field names are the API's own. */
export interface BlockStorageVersion {
  /** `v3.0`. */
  id: string;
  status: 'CURRENT' | 'SUPPORTED' | 'DEPRECATED' | (string & {});
  /** The highest microversion the server supports (`3.70` for Zed). */
  version: string;
  /** The lowest microversion (`3.0`). */
  min_version: string;
  updated: string;
  links: Link[];
  'media-types'?: BlockStorageMediaType[];
}
