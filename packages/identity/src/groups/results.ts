import type { Links } from '../common.js';

/** A Keystone group of users, owned by a domain. */
export interface Group {
  id: string;
  name: string;
  domain_id: string;
  description: string;
  /** Only in `listUserGroups`: when a federated membership expires, or `null`. */
  membership_expires_at?: string | null;
  links: Links;
  [extension: string]: unknown;
}
