import type { Links } from '../common.js';

/**
 * A policy stored in Keystone: an opaque, serialized rule set of some MIME type. Keystone only
 * stores it (for endpoint policy associations); it does not enforce it.
 */
export interface Policy {
  id: string;
  /** The serialized rule set, as given. */
  blob: string;
  /** The MIME type of `blob`, such as `application/json`. */
  type: string;
  links: Links;
  [extra: string]: unknown;
}
