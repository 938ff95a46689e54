import { findIdOrName, InvalidInputError, isHttpError, paginate, singlePage, type CallOptions, type FoundId, type Paged } from '@openstack-ts/core';
import type { IdentityClient } from '../client.js';
import { isRecord } from '@openstack-ts/core/internal';
import { keystonePages } from '../common.js';
import type { ImpliedRole, Role, RoleAssignment, RoleInferenceRule } from './results.js';
import {
  grantPath,
  impliedRolePath,
  impliedRolesPath,
  roleAssignmentsPath,
  roleInferencesPath,
  rolePath,
  rolesPath,
  type GrantLocation,
} from './urls.js';

/** Filters of {@link listRoles}; each field is the query parameter of the same name. */
export interface ListRolesQuery {
  name?: string;
  /** Lists the roles specific to this domain instead of the global ones. */
  domain_id?: string;
  /** Page size on Keystone releases that page (newer than Zed); the listing still yields everything. */
  limit?: number;
  marker?: string;
}

/** The body of {@link createRole}. */
export interface CreateRoleInput {
  name: string;
  /** Makes a domain-specific role, owned by this domain; leave out for a global role. */
  domain_id?: string;
  description?: string;
  /** Resource options, such as `{ immutable: true }`. */
  options?: Record<string, unknown>;
}

/** The body of {@link updateRole}. A role's domain cannot change. */
export type UpdateRoleInput = Partial<Omit<CreateRoleInput, 'domain_id'>>;

/** Lists the global roles, or with `domain_id` the roles of one domain. Sends nothing until iteration starts. */
export function listRoles(client: IdentityClient, query: ListRolesQuery = {}, options?: CallOptions): Paged<Role> {
  return paginate<Role>(client, () => ({ path: rolesPath(), query: { ...query }, itemsKey: 'roles', strategy: keystonePages() }), options);
}

/** Shows a role. */
export async function getRole(client: IdentityClient, id: string, options?: CallOptions): Promise<Role> {
  return client.request<Role>({ method: 'GET', path: rolePath(id), unwrap: 'role' }, options);
}

/**
 * Creates a role. Admin-only: Keystone's default policy wants the admin role (system scope, or
 * project scope on clouds without enforced scope). Names are unique among the global roles, and
 * within a domain for domain-specific ones (409 otherwise).
 */
export async function createRole(client: IdentityClient, input: CreateRoleInput, options?: CallOptions): Promise<Role> {
  return client.request<Role>({ method: 'POST', path: rolesPath(), json: { role: input }, expectStatus: [201], unwrap: 'role' }, options);
}

/** Updates a role's name, description or options. Admin-only. */
export async function updateRole(client: IdentityClient, id: string, input: UpdateRoleInput, options?: CallOptions): Promise<Role> {
  return client.request<Role>({ method: 'PATCH', path: rolePath(id), json: { role: input }, expectStatus: [200], unwrap: 'role' }, options);
}

/** Deletes a role, and with it every assignment of it. Admin-only; an `immutable` role is refused. */
export async function deleteRole(client: IdentityClient, id: string, options?: CallOptions): Promise<void> {
  return client.execute({ method: 'DELETE', path: rolePath(id), expectStatus: [204] }, options);
}

/** Scoping of {@link findRoleId}. */
export interface FindRoleQuery {
  /** Look the name up among this domain's roles instead of the global ones. */
  domain_id?: string;
}

/**
 * Resolves a role ID or name to its ID: tried as an ID first (`GET /roles/{id}`, global and
 * domain-specific roles alike), then as a name among the global roles, or with `domain_id` among
 * one domain's roles. Raises `NameLookupError` when neither matches or the name is ambiguous.
 */
export async function findRoleId(client: IdentityClient, nameOrId: string, query: FindRoleQuery = {}, options?: CallOptions): Promise<FoundId> {
  return findIdOrName({
    nameOrId,
    what: 'role',
    get: async (id) => getRole(client, id, options),
    list: () => listRoles(client, { ...query, name: nameOrId }, options),
  });
}

/** Makes one role imply another: whoever holds `priorRoleId` also gets `impliedRoleId`. Admin-only. */
export async function createImpliedRole(client: IdentityClient, priorRoleId: string, impliedRoleId: string, options?: CallOptions): Promise<ImpliedRole> {
  return client.request<ImpliedRole>(
    { method: 'PUT', path: impliedRolePath(priorRoleId, impliedRoleId), expectStatus: [201], unwrap: 'role_inference' }, options);
}

/** Shows one implied role rule. */
export async function getImpliedRole(client: IdentityClient, priorRoleId: string, impliedRoleId: string, options?: CallOptions): Promise<ImpliedRole> {
  return client.request<ImpliedRole>({ method: 'GET', path: impliedRolePath(priorRoleId, impliedRoleId), unwrap: 'role_inference' }, options);
}

/**
 * Checks whether one role implies another (Keystone's 204 or 404). Keystone answers this HEAD
 * request without a body, so a missing role is also `false`.
 */
export async function checkImpliedRole(client: IdentityClient, priorRoleId: string, impliedRoleId: string, options?: CallOptions): Promise<boolean> {
  const path = impliedRolePath(priorRoleId, impliedRoleId);
  try {
    await client.execute({ method: 'HEAD', path, expectStatus: [204] }, options);
    return true;
  } catch (error) {
    if (isHttpError(error, 404)) return false;
    throw error;
  }
}

/** Removes an implied role rule. Admin-only. */
export async function deleteImpliedRole(client: IdentityClient, priorRoleId: string, impliedRoleId: string, options?: CallOptions): Promise<void> {
  return client.execute({ method: 'DELETE', path: impliedRolePath(priorRoleId, impliedRoleId), expectStatus: [204] }, options);
}

/**
 * Shows the roles a role implies directly (`GET /roles/{prior_role_id}/implies`), as one rule: the
 * prior role and its implied roles.
 */
export async function getImpliedRoles(client: IdentityClient, priorRoleId: string, options?: CallOptions): Promise<RoleInferenceRule> {
  return client.request<RoleInferenceRule>({ method: 'GET', path: impliedRolesPath(priorRoleId), unwrap: 'role_inference' }, options);
}

/** Lists every role inference rule of the cloud. Keystone answers it at once, without paging links. */
export function listRoleInferences(client: IdentityClient, options?: CallOptions): Paged<RoleInferenceRule> {
  return paginate<RoleInferenceRule>(client, () => ({ path: roleInferencesPath(), itemsKey: 'role_inferences', strategy: singlePage() }), options);
}

/** Filters of {@link listRoleAssignments}; each field is the query parameter of the same name. */
export interface ListRoleAssignmentsQuery {
  'group.id'?: string;
  'role.id'?: string;
  'scope.domain.id'?: string;
  'scope.project.id'?: string;
  /** Only system assignments (`all` is the only system Keystone has). */
  'scope.system'?: 'all';
  'user.id'?: string;
  /** Only inherited assignments. */
  'scope.OS-INHERIT:inherited_to'?: 'projects';
  /**
   * Resolve to what users actually hold: group assignments expand to their members, inherited
   * ones to the projects they reach, implied roles are added. Keystone refuses it with `group.id`.
   */
  effective?: boolean;
  /** Add the names (and domains) of roles, actors and scopes. */
  include_names?: boolean;
  /** With `scope.project.id`: include the assignments of the project's subtree. */
  include_subtree?: boolean;
}

/**
 * Lists role assignments, filtered. Admin-only for the whole cloud (a member gets 403 even for
 * their own project under the default policy; `listRolesForActor` or the token show one's own roles).
 */
export function listRoleAssignments(client: IdentityClient, query: ListRoleAssignmentsQuery = {}, options?: CallOptions): Paged<RoleAssignment> {
  return paginate<RoleAssignment>(client, () => ({ path: roleAssignmentsPath(), query: { ...query }, itemsKey: 'role_assignments', strategy: keystonePages() }), options);
}

/**
 * Who gets a role, and where: exactly one actor (`user` or `group` ID) and exactly one target
 * (`project` ID, `domain` ID, or `system: 'all'`). `inherited` (only with a project or domain)
 * means the grant applies to the projects below the target rather than to the target itself
 * (Keystone's `OS-INHERIT` extension).
 */
export interface RoleAssignmentTarget {
  user?: string;
  group?: string;
  project?: string;
  domain?: string;
  system?: 'all';
  inherited?: boolean;
}

/** A role and where it is granted: see {@link RoleAssignmentTarget}. */
export interface RoleGrant extends RoleAssignmentTarget {
  role: string;
}

/** Checks the target before anything is sent; throws `InvalidInputError` on a wrong combination. */
function locate(target: RoleAssignmentTarget): GrantLocation {
  const given: unknown = target;
  if (!isRecord(given)) throw new InvalidInputError(`A role assignment must be an object, got ${given === null ? 'null' : typeof given}`, 'grant');
  const actors = (['user', 'group'] as const).filter((key) => target[key] !== undefined);
  const targets = (['project', 'domain', 'system'] as const).filter((key) => target[key] !== undefined);
  if (actors.length !== 1) throw new InvalidInputError(`A role assignment needs exactly one of user or group (got ${actors.length === 0 ? 'none' : actors.join(' and ')})`, 'user');
  if (targets.length !== 1) throw new InvalidInputError(`A role assignment needs exactly one of project, domain or system (got ${targets.length === 0 ? 'none' : targets.join(' and ')})`, 'project');
  const actorKind = actors[0] ?? 'user';
  const targetKind = targets[0] ?? 'project';
  const inherited = target.inherited === true;
  if (targetKind === 'system') {
    if (target.system !== 'all') throw new InvalidInputError(`system must be 'all', the only system Keystone has`, 'system');
    if (inherited) throw new InvalidInputError('Inherited role assignments take a project or a domain, not the system', 'inherited');
    return { target: { kind: 'system' }, actor: { kind: actorKind, id: target[actorKind] ?? '' }, inherited };
  }
  return { target: { kind: targetKind, id: target[targetKind] ?? '' }, actor: { kind: actorKind, id: target[actorKind] ?? '' }, inherited };
}

/**
 * Grants a role to a user or group on a project, a domain or the system, or as an inherited grant
 * on the projects below a project or domain: `assignRole(client, { role, user, project })`.
 * Admin-only under Keystone's default policy. Granting a role twice is not an error.
 * Throws `InvalidInputError`, before sending, unless there is exactly one actor and one target.
 */
export async function assignRole(client: IdentityClient, grant: RoleGrant, options?: CallOptions): Promise<void> {
  const path = grantPath(locate(grant), grant.role);
  return client.execute({ method: 'PUT', path, expectStatus: [204] }, options);
}

/** Revokes a role granted by {@link assignRole} (same target). Admin-only; 404 when it was not granted. */
export async function unassignRole(client: IdentityClient, grant: RoleGrant, options?: CallOptions): Promise<void> {
  const path = grantPath(locate(grant), grant.role);
  return client.execute({ method: 'DELETE', path, expectStatus: [204] }, options);
}

/**
 * Checks whether a role is granted directly as described (Keystone's 204 or 404): group membership,
 * inheritance and implied roles are not followed (see `listRoleAssignments` with `effective`).
 * A missing user, group, project or role is still thrown as a 404 `HttpError`.
 */
export async function checkRoleAssignment(client: IdentityClient, grant: RoleGrant, options?: CallOptions): Promise<boolean> {
  // GET rather than HEAD: the 404 body tells "not granted" from "no such user".
  const path = grantPath(locate(grant), grant.role);
  try {
    await client.execute({ method: 'GET', path, expectStatus: [204] }, options);
    return true;
  } catch (error) {
    if (isHttpError(error, 404) && error.serviceMessage?.startsWith('Could not find role assignment') === true) return false;
    throw error;
  }
}

/**
 * Lists the roles granted directly to a user or group on a project, a domain or the system, or
 * with `inherited` the inherited grants on a domain. Keystone has no listing of inherited grants
 * on a project (use `listRoleAssignments` with `scope.OS-INHERIT:inherited_to`), so that
 * combination throws `InvalidInputError` before sending.
 */
export function listRolesForActor(client: IdentityClient, target: RoleAssignmentTarget, options?: CallOptions): Paged<Role> {
  return paginate<Role>(client, () => {
    const location = locate(target);
    if (location.inherited && location.target.kind === 'project') {
      throw new InvalidInputError('Keystone cannot list inherited grants on a project; use listRoleAssignments with scope.OS-INHERIT:inherited_to', 'inherited');
    }
    return { path: grantPath(location), itemsKey: 'roles', strategy: keystonePages() };
  }, options);
}
