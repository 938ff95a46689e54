import type { Links } from '../common.js';

/**
 * A Keystone user. Keystone never returns the password. Attributes Keystone does not model
 * (`email`, or anything else given at creation) come back at the top level, as extension keys.
 */
export interface User {
  id: string;
  name: string;
  domain_id: string;
  enabled: boolean;
  /** Present only when the user has one. */
  default_project_id?: string;
  description?: string;
  email?: string;
  /** When the password expires (ISO 8601, no timezone), or `null` when it never does. */
  password_expires_at: string | null;
  /** Per-user options such as `ignore_password_expiry`, `multi_factor_auth_enabled`, `lock_password`. */
  options: Record<string, unknown>;
  /** The identity providers this user comes from, for federated users. */
  federated?: { idp_id: string; protocols: { protocol_id: string; unique_id: string }[] }[];
  /** Keystone echoes the extra attributes here after an update. */
  extra?: Record<string, unknown>;
  links: Links;
  [extension: string]: unknown;
}
