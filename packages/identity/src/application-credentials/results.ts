import type { Links } from '../common.js';

/** A role delegated to an application credential, as Keystone shows it. */
export interface ApplicationCredentialRole {
  id: string;
  name: string;
  domain_id: string | null;
  description?: string | null;
  options?: Record<string, unknown>;
}

/**
 * An access rule: one API call (service type, path, method) an application credential may make.
 * `path` may use `*` and `**` wildcards.
 */
export interface AccessRule {
  id: string;
  service: string;
  path: string;
  method: 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | (string & {});
  /** Present when the rule is read through `access_rules`, absent inside an application credential. */
  links?: Links;
}

/**
 * A Keystone application credential, as `get` and `list` show it: never with its secret, which
 * Keystone stores only as a hash (see {@link CreatedApplicationCredential}).
 */
export interface ApplicationCredential {
  id: string;
  name: string;
  description: string | null;
  user_id: string;
  /** The project the credential is scoped to (the creating token's project). */
  project_id: string | null;
  /** The system scope, when created with a system-scoped token. */
  system: string | null;
  /** `null` for a credential that never expires. */
  expires_at: string | null;
  /** `true` lets the credential create further application credentials and trusts; `null` when not set at creation. */
  unrestricted: boolean | null;
  roles: ApplicationCredentialRole[];
  /** Present when the credential was created with access rules. */
  access_rules?: AccessRule[];
  links: Links;
}

/**
 * The answer of `createApplicationCredential`: the credential and its `secret`. This is the only
 * time Keystone returns the secret (it keeps only a hash): store it now, it cannot be read back.
 */
export interface CreatedApplicationCredential extends ApplicationCredential {
  /** The secret to authenticate with; returned by create only, never by get or list. */
  secret: string;
}
