import type { Link } from '../common.js';

/** One major version of the networking API, as the versions document at the service root lists it. */
export interface NetworkingVersion {
  /** The version, `v2.0`. */
  id: string;
  status: 'CURRENT' | 'SUPPORTED' | 'DEPRECATED' | (string & {});
  /** `self` points at the version's root (`…/v2.0/`). */
  links: Link[];
}

/** One core resource of the v2.0 API, as `GET /v2.0/` lists it. */
export interface NetworkingResource {
  /** The singular name (`network`). */
  name: string;
  /** The collection's path segment (`networks`). */
  collection: string;
  /** `self` points at the collection. */
  links: Link[];
}
