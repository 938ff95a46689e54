import { linkedPages, paginate, type CallOptions, type Paged } from '@openstack-ts/core';
import { joinListFilters } from '@openstack-ts/core/internal';
import type { NetworkingClient } from '../client.js';
import { TAG_FILTERS, type NeutronListQuery } from '../common.js';
import type { RbacAction, RbacObjectType, RbacPolicy } from './results.js';
import { rbacPoliciesPath, rbacPolicyPath } from './urls.js';

/**
 * Filters of {@link listRbacPolicies}; each field is the query parameter of the same name. Arrays
 * match any value. RBAC policies have no tags, description or revision number, and Neutron (Zed)
 * neither sorts nor pages them: it refuses every `sort_key` (400) and ignores `limit`.
 */
export interface ListRbacPoliciesQuery extends Pick<NeutronListQuery, 'fields' | 'project_id'> {
  id?: string | string[];
  object_type?: RbacObjectType;
  object_id?: string | string[];
  action?: RbacAction;
  target_tenant?: string | string[];
  tenant_id?: string;
}

/** The body of {@link createRbacPolicy}. */
export interface CreateRbacPolicyInput {
  object_type: RbacObjectType;
  /** The ID of the object to share; the caller must own it. */
  object_id: string;
  action: RbacAction;
  /**
   * The project to share with, or `*` for every project (admin only by default policy). Neutron
   * does not check that the project exists.
   */
  target_tenant: string;
}

/** The body of {@link updateRbacPolicy}: only the target project can change. */
export interface UpdateRbacPolicyInput {
  target_tenant: string;
}

/**
 * Lists the RBAC policies the caller owns (admin: all of them). Neutron returns them in one
 * answer. Sends nothing until iteration starts.
 */
export function listRbacPolicies(client: NetworkingClient, query: ListRbacPoliciesQuery = {}, options?: CallOptions): Paged<RbacPolicy> {
  return paginate<RbacPolicy>(
    client,
    () => ({ path: rbacPoliciesPath(), query: joinListFilters(query, TAG_FILTERS), itemsKey: 'rbac_policies', strategy: linkedPages('rbac_policies_links') }),
    options,
  );
}

/** Shows one RBAC policy. */
export async function getRbacPolicy(client: NetworkingClient, id: string, options?: CallOptions): Promise<RbacPolicy> {
  return client.request<RbacPolicy>({ method: 'GET', path: rbacPolicyPath(id), expectStatus: [200], unwrap: 'rbac_policy' }, options);
}

/**
 * Creates an RBAC policy: shares an object the caller owns with a project. The same object, action
 * and target twice is a 409 `DuplicateRbacPolicy`.
 */
export async function createRbacPolicy(client: NetworkingClient, input: CreateRbacPolicyInput, options?: CallOptions): Promise<RbacPolicy> {
  return client.request<RbacPolicy>({ method: 'POST', path: rbacPoliciesPath(), json: { rbac_policy: input }, expectStatus: [201], unwrap: 'rbac_policy' }, options);
}

/**
 * Changes the project an RBAC policy shares its object with. Every other field is read-only (a
 * 400 names it).
 */
export async function updateRbacPolicy(client: NetworkingClient, id: string, input: UpdateRbacPolicyInput, options?: CallOptions): Promise<RbacPolicy> {
  return client.request<RbacPolicy>({ method: 'PUT', path: rbacPolicyPath(id), json: { rbac_policy: input }, expectStatus: [200], unwrap: 'rbac_policy' }, options);
}

/**
 * Deletes an RBAC policy, withdrawing the access it granted. A 409 `RbacPolicyInUse` while the
 * target project still uses the object (has ports on the network, say).
 */
export async function deleteRbacPolicy(client: NetworkingClient, id: string, options?: CallOptions): Promise<void> {
  return client.execute({ method: 'DELETE', path: rbacPolicyPath(id), expectStatus: [204] }, options);
}
