import type { Link } from '../common.js';

/** A flavor as `GET /flavors` lists it (the summary). */
export interface FlavorSummary {
  id: string;
  name: string;
  links: Link[];
  /** Microversion 2.55 and later. */
  description?: string | null;
}

/** A flavor with its details. Field names are the API's own. */
export interface Flavor extends FlavorSummary {
  ram: number;
  vcpus: number;
  disk: number;
  /** Swap in MiB; an empty string instead of 0 before microversion 2.75. */
  swap: number | '';
  'OS-FLV-EXT-DATA:ephemeral': number;
  'OS-FLV-DISABLED:disabled': boolean;
  'os-flavor-access:is_public': boolean;
  /** Removed in microversion 2.75 for flavors without one; still returned by older microversions. */
  rxtx_factor?: number;
  /** Microversion 2.61 and later (only the specs the caller may see). */
  extra_specs?: Record<string, string>;
}

/** One project's access to a private flavor. */
export interface FlavorAccess {
  flavor_id: string;
  tenant_id: string;
}
