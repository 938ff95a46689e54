import { findIdOrName, isHttpError, paginate, type CallOptions, type FoundId, type Paged } from '@openstack-ts/core';
import type { IdentityClient } from '../client.js';
import { keystonePages } from '../common.js';
import type { User } from '../users/results.js';
import type { Group } from './results.js';
import { groupPath, groupUserPath, groupUsersPath, groupsPath } from './urls.js';

/** Filters of {@link listGroups}; each field is the query parameter of the same name. */
export interface ListGroupsQuery {
  domain_id?: string;
  name?: string;
  /** Page size on Keystone releases that page (newer than Zed); the listing still yields everything. */
  limit?: number;
  marker?: string;
}

/** Filters of {@link listGroupUsers}. */
export interface ListGroupUsersQuery {
  /** Password expiry filter, `{operator}:{timestamp}` (operators `lt`, `lte`, `gt`, `gte`, `eq`, `neq`). */
  password_expires_at?: string;
}

/** The body of {@link createGroup}. */
export interface CreateGroupInput {
  name: string;
  domain_id?: string;
  description?: string;
}

/** The body of {@link updateGroup}: the fields to change. */
export type UpdateGroupInput = Partial<Omit<CreateGroupInput, 'domain_id'>>;

/** Lists groups. Admin-only (or a reader with system or domain scope) by Keystone's default policy. Sends nothing until iteration starts. */
export function listGroups(client: IdentityClient, query: ListGroupsQuery = {}, options?: CallOptions): Paged<Group> {
  return paginate<Group>(client, () => ({ path: groupsPath(), query: { ...query }, itemsKey: 'groups', strategy: keystonePages() }), options);
}

/** Shows a group. Admin-only, or a member of the group. */
export async function getGroup(client: IdentityClient, id: string, options?: CallOptions): Promise<Group> {
  return client.request<Group>({ method: 'GET', path: groupPath(id), unwrap: 'group' }, options);
}

/** Creates a group. Admin-only by Keystone's default policy. */
export async function createGroup(client: IdentityClient, input: CreateGroupInput, options?: CallOptions): Promise<Group> {
  return client.request<Group>({ method: 'POST', path: groupsPath(), json: { group: input }, expectStatus: [201], unwrap: 'group' }, options);
}

/** Updates a group's name or description. Admin-only. */
export async function updateGroup(client: IdentityClient, id: string, input: UpdateGroupInput, options?: CallOptions): Promise<Group> {
  return client.request<Group>({ method: 'PATCH', path: groupPath(id), json: { group: input }, expectStatus: [200], unwrap: 'group' }, options);
}

/** Deletes a group (its members stay; role assignments to the group go). Admin-only. */
export async function deleteGroup(client: IdentityClient, id: string, options?: CallOptions): Promise<void> {
  return client.execute({ method: 'DELETE', path: groupPath(id), expectStatus: [204] }, options);
}

/** Lists the users in a group. Admin-only by Keystone's default policy. */
export function listGroupUsers(client: IdentityClient, id: string, query: ListGroupUsersQuery = {}, options?: CallOptions): Paged<User> {
  return paginate<User>(client, () => ({ path: groupUsersPath(id), query: { ...query }, itemsKey: 'users', strategy: keystonePages() }), options);
}

/** Adds a user to a group. Admin-only. Adding a member again is not an error. */
export async function addUserToGroup(client: IdentityClient, id: string, userId: string, options?: CallOptions): Promise<void> {
  return client.execute({ method: 'PUT', path: groupUserPath(id, userId), expectStatus: [204] }, options);
}

/**
 * Checks whether a user belongs to a group (Keystone's 204 or 404). Sent as GET, which Keystone
 * answers like the documented HEAD but with a message, so a missing group or user is still thrown
 * (`HttpError` 404) rather than read as "not a member".
 */
export async function isUserInGroup(client: IdentityClient, id: string, userId: string, options?: CallOptions): Promise<boolean> {
  const path = groupUserPath(id, userId); // validates the IDs before anything is sent
  try {
    await client.execute({ method: 'GET', path, expectStatus: [204] }, options);
    return true;
  } catch (error) {
    if (isHttpError(error, 404) && /^User '.*' not found in group/.test(error.serviceMessage ?? '')) return false;
    throw error;
  }
}

/** Removes a user from a group. Admin-only. */
export async function removeUserFromGroup(client: IdentityClient, id: string, userId: string, options?: CallOptions): Promise<void> {
  return client.execute({ method: 'DELETE', path: groupUserPath(id, userId), expectStatus: [204] }, options);
}

/** Scoping of {@link findGroupId}. */
export interface FindGroupQuery {
  /** Look the name up in this domain only (group names are unique per domain). */
  domain_id?: string;
}

/**
 * Resolves a group ID or name to its ID: tried as an ID first (`GET /groups/{id}`), then as a name
 * (optionally within one domain) that exactly one group has. An ID is accepted whatever its domain.
 * Raises `NameLookupError` when neither matches or the name is ambiguous.
 */
export async function findGroupId(client: IdentityClient, nameOrId: string, query: FindGroupQuery = {}, options?: CallOptions): Promise<FoundId> {
  return findIdOrName({
    nameOrId,
    what: 'group',
    get: async (id) => getGroup(client, id, options),
    list: () => listGroups(client, { ...query, name: nameOrId }, options),
  });
}
