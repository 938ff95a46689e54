import { paginate, type CallOptions, type Paged } from '@openstack-ts/core';
import type { IdentityClient } from '../client.js';
import { keystonePages } from '../common.js';
import type { Trust, TrustRole } from './results.js';
import { trustPath, trustRolePath, trustRolesPath, trustsPath } from './urls.js';

/** Filters of {@link listTrusts}; each field is the query parameter of the same name. */
export interface ListTrustsQuery {
  trustor_user_id?: string;
  trustee_user_id?: string;
}

/** A role to delegate, by ID or by name (the trustor must hold it on the project). */
export type TrustRoleRef = { id: string; name?: string } | { name: string; id?: string };

/** The body of {@link createTrust}. */
export interface CreateTrustInput {
  /** Must be the user of the token that creates the trust. */
  trustor_user_id: string;
  trustee_user_id: string;
  /** Required when `roles` are given. */
  project_id?: string;
  roles?: TrustRoleRef[];
  /** `true`: tokens obtained through the trust show the trustor as their user. */
  impersonation: boolean;
  /** ISO 8601 timestamp; absent or `null` for a trust that never expires. */
  expires_at?: string | null;
  /** How many tokens the trust may issue; absent or `null` for no limit. */
  remaining_uses?: number | null;
  /** Let the trustee create trusts from this one (subject to Keystone's `max_redelegation_count`). */
  allow_redelegation?: boolean;
  /** How many times the trust may be redelegated; only with `allow_redelegation`. */
  redelegation_count?: number;
}

/**
 * Lists trusts (without their roles). Keystone's default policy lets a user list the trusts whose
 * trustor or trustee they are when they filter by their own ID; listing everyone's needs an admin.
 */
export function listTrusts(client: IdentityClient, query: ListTrustsQuery = {}, options?: CallOptions): Paged<Trust> {
  return paginate<Trust>(client, () => ({ path: trustsPath(), query: { ...query }, itemsKey: 'trusts', strategy: keystonePages() }), options);
}

/** Shows a trust with its roles; only its trustor, its trustee or an admin may (others get 403). */
export async function getTrust(client: IdentityClient, id: string, options?: CallOptions): Promise<Trust> {
  return client.request<Trust>({ method: 'GET', path: trustPath(id), unwrap: 'trust' }, options);
}

/**
 * Creates a trust delegating the trustor's roles on a project to the trustee. The token's user must be
 * the trustor (Keystone answers 403 otherwise), and a token obtained through a restricted application
 * credential may not create trusts.
 */
export async function createTrust(client: IdentityClient, input: CreateTrustInput, options?: CallOptions): Promise<Trust> {
  return client.request<Trust>({ method: 'POST', path: trustsPath(), json: { trust: input }, expectStatus: [201], unwrap: 'trust' }, options);
}

/** Deletes (revokes) a trust, and the tokens issued through it; only its trustor or an admin may. */
export async function deleteTrust(client: IdentityClient, id: string, options?: CallOptions): Promise<void> {
  return client.execute({ method: 'DELETE', path: trustPath(id), expectStatus: [204] }, options);
}

/** Lists the roles a trust delegates. Keystone answers them all at once. */
export function listTrustRoles(client: IdentityClient, id: string, options?: CallOptions): Paged<TrustRole> {
  return paginate<TrustRole>(client, () => ({ path: trustRolesPath(id), itemsKey: 'roles', strategy: keystonePages() }), options);
}

/** Shows one role a trust delegates: Keystone's check, answering 404 when the trust does not delegate it. */
export async function getTrustRole(client: IdentityClient, id: string, roleId: string, options?: CallOptions): Promise<TrustRole> {
  return client.request<TrustRole>({ method: 'GET', path: trustRolePath(id, roleId), unwrap: 'role' }, options);
}
