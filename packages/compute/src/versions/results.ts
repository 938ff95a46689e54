import type { Link } from '../common.js';

/** A media type a version accepts, as its document lists it. */
export interface ComputeMediaType {
  base: string;
  type: string;
}

/** One major version of the compute API, from Nova's versions document. Field names are the API's own. */
export interface ComputeVersion {
  /** `v2.1`, or `v2.0` for the legacy API (served at `/v2/`). */
  id: string;
  status: 'CURRENT' | 'SUPPORTED' | 'DEPRECATED' | (string & {});
  /** The highest microversion the server supports (`2.93`); empty for a version without microversions. */
  version: string;
  /** The lowest microversion (`2.1`); empty for a version without microversions. */
  min_version: string;
  updated: string;
  links: Link[];
  /** Only in the document of one version ({@link getComputeVersion}). */
  'media-types'?: ComputeMediaType[];
}
