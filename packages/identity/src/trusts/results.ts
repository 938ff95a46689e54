import type { Links } from '../common.js';

/** A role delegated by a trust. */
export interface TrustRole {
  id: string;
  name: string;
  domain_id: string | null;
  description?: string | null;
  options?: Record<string, unknown>;
  links: Links;
}

/**
 * A Keystone trust (`OS-TRUST`): the trustor delegates some of their roles on a project to the
 * trustee, who then authenticates with the trust's ID as scope.
 */
export interface Trust {
  id: string;
  trustor_user_id: string;
  trustee_user_id: string;
  /** `null` for a trust that delegates no project roles. */
  project_id: string | null;
  /** `true`: tokens obtained through the trust show the trustor as their user. */
  impersonation: boolean;
  expires_at: string | null;
  /** How many more tokens the trust may issue; `null` for no limit. */
  remaining_uses: number | null;
  deleted_at: string | null;
  /** The trust this one was redelegated from. */
  redelegated_trust_id: string | null;
  /** How many times the trust may still be redelegated. */
  redelegation_count: number | null;
  /** Shown by get and create; lists omit the roles (see `listTrustRoles`). */
  roles?: TrustRole[];
  /** Shown by get and create. */
  roles_links?: Links;
  links: Links;
}
