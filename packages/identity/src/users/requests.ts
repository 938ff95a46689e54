import { findIdOrName, InvalidInputError, paginate, type CallOptions, type FoundId, type Paged } from '@openstack-ts/core';
import type { IdentityClient } from '../client.js';
import { isRecord } from '@openstack-ts/core/internal';
import { keystonePages } from '../common.js';
import type { Group } from '../groups/results.js';
import type { Project } from '../projects/results.js';
import type { User } from './results.js';
import { userGroupsPath, userPasswordPath, userPath, userProjectsPath, usersPath } from './urls.js';

/** Filters of {@link listUsers}; each field is the query parameter of the same name. */
export interface ListUsersQuery {
  domain_id?: string;
  enabled?: boolean;
  /** Federated users from this identity provider. */
  idp_id?: string;
  name?: string;
  /**
   * Password expiry filter, `{operator}:{timestamp}` with operator `lt`, `lte`, `gt`, `gte`, `eq`
   * or `neq` (e.g. `lt:2030-01-01T00:00:00Z`).
   */
  password_expires_at?: string;
  /** Federated users mapped through this protocol. */
  protocol_id?: string;
  /** Federated users with this unique ID at their identity provider. */
  unique_id?: string;
  /** Page size on Keystone releases that page (newer than Zed); the listing still yields everything. */
  limit?: number;
  marker?: string;
}

/**
 * The body of {@link createUser}. Any other field (`email`, for example) is stored as an extra
 * attribute and returned at the top level of the user.
 */
export interface CreateUserInput {
  name: string;
  domain_id?: string;
  default_project_id?: string;
  description?: string;
  enabled?: boolean;
  /** The initial password. Keystone never returns it. */
  password?: string;
  email?: string;
  /** Federated identities of the user. */
  federated?: { idp_id: string; protocols: { protocol_id: string; unique_id: string }[] }[];
  /** Per-user options: `ignore_change_password_upon_first_use`, `ignore_password_expiry`, `lock_password`, `multi_factor_auth_enabled`, … */
  options?: Record<string, unknown>;
  [extra: string]: unknown;
}

/** The body of {@link updateUser}: the fields to change. */
export type UpdateUserInput = Partial<CreateUserInput>;

/** The body of {@link changeUserPassword}. */
export interface ChangeUserPasswordInput {
  original_password: string;
  password: string;
}

/**
 * Lists users. Keystone's default policy allows this to admins (or readers with system or
 * domain scope); a project member gets 403. Sends nothing until iteration starts.
 */
export function listUsers(client: IdentityClient, query: ListUsersQuery = {}, options?: CallOptions): Paged<User> {
  return paginate<User>(client, () => ({ path: usersPath(), query: { ...query }, itemsKey: 'users', strategy: keystonePages() }), options);
}

/** Shows a user. Admin-only, except that any user may show themselves. */
export async function getUser(client: IdentityClient, id: string, options?: CallOptions): Promise<User> {
  return client.request<User>({ method: 'GET', path: userPath(id), unwrap: 'user' }, options);
}

/** Creates a user. Admin-only by Keystone's default policy. */
export async function createUser(client: IdentityClient, input: CreateUserInput, options?: CallOptions): Promise<User> {
  return client.request<User>({ method: 'POST', path: usersPath(), json: { user: input }, expectStatus: [201], unwrap: 'user' }, options);
}

/**
 * Updates a user: only the fields given change. Admin-only by Keystone's default policy; a user
 * changes their own password with {@link changeUserPassword}.
 */
export async function updateUser(client: IdentityClient, id: string, input: UpdateUserInput, options?: CallOptions): Promise<User> {
  return client.request<User>({ method: 'PATCH', path: userPath(id), json: { user: input }, expectStatus: [200], unwrap: 'user' }, options);
}

/** Deletes a user. Admin-only by Keystone's default policy. */
export async function deleteUser(client: IdentityClient, id: string, options?: CallOptions): Promise<void> {
  return client.execute({ method: 'DELETE', path: userPath(id), expectStatus: [204] }, options);
}

/**
 * Changes a user's own password, proving the current one. Needs no admin role: any token of the
 * user (even unscoped) will do. A wrong `original_password` gives 401; existing tokens of the user
 * are revoked. The passwords are checked for presence here and never appear in an error.
 */
export async function changeUserPassword(client: IdentityClient, id: string, input: ChangeUserPasswordInput, options?: CallOptions): Promise<void> {
  if (!isRecord(input)) throw new InvalidInputError('changeUserPassword needs an object with original_password and password', 'input');
  for (const field of ['original_password', 'password'] as const) {
    if (typeof input[field] !== 'string' || input[field] === '') throw new InvalidInputError(`changeUserPassword needs a non-empty ${field}`, field);
  }
  const path = userPasswordPath(id);
  // Keystone's 401 here means a wrong original password, not an expired token: never resend it.
  return client.execute({ method: 'POST', path, json: { user: { original_password: input.original_password, password: input.password } }, expectStatus: [204], reauthenticateOn401: false }, options);
}

/** Lists the groups a user belongs to (each with `membership_expires_at` for federated memberships). Admin, or the user themselves. */
export function listUserGroups(client: IdentityClient, id: string, options?: CallOptions): Paged<Group> {
  return paginate<Group>(client, () => ({ path: userGroupsPath(id), itemsKey: 'groups', strategy: keystonePages() }), options);
}

/** Lists the projects a user has a role on. Admin, or the user themselves. */
export function listUserProjects(client: IdentityClient, id: string, options?: CallOptions): Paged<Project> {
  return paginate<Project>(client, () => ({ path: userProjectsPath(id), itemsKey: 'projects', strategy: keystonePages() }), options);
}

/** Scoping of {@link findUserId}. */
export interface FindUserQuery {
  /** Look the name up in this domain only (user names are unique only per domain). */
  domain_id?: string;
}

/**
 * Resolves a user ID or name to its ID: tried as an ID first (`GET /users/{id}`), then as a name
 * (optionally within one domain) that exactly one user has. An ID is accepted whatever its domain.
 * Raises `NameLookupError` when neither matches or the name is ambiguous. Needs the right to
 * show and list users.
 */
export async function findUserId(client: IdentityClient, nameOrId: string, query: FindUserQuery = {}, options?: CallOptions): Promise<FoundId> {
  return findIdOrName({
    nameOrId,
    what: 'user',
    get: async (id) => getUser(client, id, options),
    list: () => listUsers(client, { ...query, name: nameOrId }, options),
  });
}
