import type { Links } from '../common.js';

/** A Keystone region: a named part of the deployment, optionally inside a parent region. */
export interface Region {
  /** The region's name, which is its ID (`RegionOne`). */
  id: string;
  description: string;
  parent_region_id: string | null;
  links: Links;
}
