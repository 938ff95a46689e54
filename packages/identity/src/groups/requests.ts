import { findIdByName, isHttpError, paginate, type CallOptions, type Paged, type ServiceClient } from '@openstack-ts/core';
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
export function listGroups(client: ServiceClient, query: ListGroupsQuery = {}, options?: CallOptions): Paged<Group> {
  return paginate<Group>(client, { path: groupsPath(), query: { ...query }, itemsKey: 'groups', strategy: keystonePages() }, options);
}

/** Shows a group. Admin-only, or a member of the group. */
export function getGroup(client: ServiceClient, id: string, options?: CallOptions): Promise<Group> {
  return client.request<Group>({ method: 'GET', path: groupPath(id), unwrap: 'group' }, options);
}

/** Creates a group. Admin-only by Keystone's default policy. */
export function createGroup(client: ServiceClient, input: CreateGroupInput, options?: CallOptions): Promise<Group> {
  return client.request<Group>({ method: 'POST', path: groupsPath(), json: { group: input }, expectStatus: [201], unwrap: 'group' }, options);
}

/** Updates a group's name or description. Admin-only. */
export function updateGroup(client: ServiceClient, id: string, input: UpdateGroupInput, options?: CallOptions): Promise<Group> {
  return client.request<Group>({ method: 'PATCH', path: groupPath(id), json: { group: input }, expectStatus: [200], unwrap: 'group' }, options);
}

/** Deletes a group (its members stay; role assignments to the group go). Admin-only. */
export function deleteGroup(client: ServiceClient, id: string, options?: CallOptions): Promise<void> {
  return client.execute({ method: 'DELETE', path: groupPath(id), expectStatus: [204] }, options);
}

/** Lists the users in a group. Admin-only by Keystone's default policy. */
export function listGroupUsers(client: ServiceClient, id: string, query: ListGroupUsersQuery = {}, options?: CallOptions): Paged<User> {
  return paginate<User>(client, { path: groupUsersPath(id), query: { ...query }, itemsKey: 'users', strategy: keystonePages() }, options);
}

/** Adds a user to a group. Admin-only. Adding a member again is not an error. */
export function addUserToGroup(client: ServiceClient, id: string, userId: string, options?: CallOptions): Promise<void> {
  return client.execute({ method: 'PUT', path: groupUserPath(id, userId), expectStatus: [204] }, options);
}

/**
 * Checks whether a user belongs to a group (Keystone's 204 or 404). Sent as GET, which Keystone
 * answers like the documented HEAD but with a message, so a missing group or user is still thrown
 * (`HttpError` 404) rather than read as "not a member".
 */
export function isUserInGroup(client: ServiceClient, id: string, userId: string, options?: CallOptions): Promise<boolean> {
  const path = groupUserPath(id, userId); // validates the IDs before anything is sent
  return client.execute({ method: 'GET', path, expectStatus: [204] }, options).then(
    () => true,
    (error: unknown) => {
      if (isHttpError(error, 404) && /^User '.*' not found in group/.test(error.serviceMessage ?? '')) return false;
      throw error;
    },
  );
}

/** Removes a user from a group. Admin-only. */
export function removeUserFromGroup(client: ServiceClient, id: string, userId: string, options?: CallOptions): Promise<void> {
  return client.execute({ method: 'DELETE', path: groupUserPath(id, userId), expectStatus: [204] }, options);
}

/** Turns a group name into its ID (optionally within one domain); throws `NameLookupError` when none or several have it. */
export function findGroupId(client: ServiceClient, name: string, query: { domain_id?: string } = {}, options?: CallOptions): Promise<string> {
  return findIdByName(listGroups(client, { ...query, name }, options), name, 'group');
}
