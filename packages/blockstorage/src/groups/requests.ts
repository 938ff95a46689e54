import { InvalidInputError, markerPages, paginate, type CallOptions, type Paged, type QueryValue } from '@openstack-ts/core';
import { isRecord } from '@openstack-ts/core/internal';
import type { BlockStorageClient } from '../client.js';
import type { SortDirection } from '../common.js';
import type { Group, GroupSummary } from './results.js';
import { groupActionPath, groupPath, groupsActionPath, groupsDetailPath, groupsPath } from './urls.js';

const GROUPS = '3.13';

/** Filters of {@link listGroups} and {@link listGroupSummaries}. */
export interface ListGroupsQuery {
  /** Admin: groups of every project. */
  all_tenants?: boolean;
  name?: string;
  status?: string;
  /** Detailed listing: include each group's volume IDs (`volumes`). Microversion 3.25 and later. */
  list_volume?: boolean;
  sort?: string;
  sort_key?: string;
  sort_dir?: SortDirection;
  /** Page size; the listing still yields every group. */
  limit?: number;
  marker?: string;
  offset?: number;
}

/** The input of {@link createGroup}. */
export interface CreateGroupInput {
  /** The group type's ID or name. */
  group_type: string;
  /** The volume types (IDs or names) the group's volumes may have. */
  volume_types: string[];
  name?: string;
  description?: string;
  availability_zone?: string;
}

/** The input of {@link createGroupFromSource}: exactly one of `group_snapshot_id` and `source_group_id`. */
export interface CreateGroupFromSourceInput {
  group_snapshot_id?: string;
  source_group_id?: string;
  name?: string;
  description?: string;
}

/** The input of {@link updateGroup}. */
export interface UpdateGroupInput {
  name?: string;
  description?: string;
  /** Volume IDs to add (available volumes of one of the group's volume types). */
  add_volumes?: string[];
  /** Volume IDs to take out of the group. */
  remove_volumes?: string[];
}

/** Options of {@link deleteGroup}. */
export interface DeleteGroupOptions {
  /** Delete the group's volumes too; without it a group that has volumes is refused (400). */
  'delete-volumes'?: boolean;
}

function need(client: BlockStorageClient, options: CallOptions | undefined): void {
  client.requireMicroversion(GROUPS, 'Groups', options);
}

function toListQuery(client: BlockStorageClient, query: ListGroupsQuery, options: CallOptions | undefined): Record<string, QueryValue> {
  need(client, options);
  if (query.list_volume !== undefined) client.requireMicroversion('3.25', 'The list_volume option', options);
  if (query.sort !== undefined && (query.sort_key !== undefined || query.sort_dir !== undefined)) {
    throw new InvalidInputError('Cinder refuses sort together with sort_key or sort_dir: give the directions in sort', 'sort');
  }
  return { ...query };
}

/**
 * Lists groups with their details (`GET /groups/detail`). Zed's `group_links` point at the summary
 * listing (`/groups`, not `/groups/detail`), so the listing does not follow them: it asks for the
 * page after the last ID (`marker`) until a page is empty or short. Microversion 3.13 and later.
 */
export function listGroups(client: BlockStorageClient, query: ListGroupsQuery = {}, options?: CallOptions): Paged<Group> {
  return paginate<Group>(
    client,
    () => ({ path: groupsDetailPath(), query: toListQuery(client, query, options), expectStatus: [200], itemsKey: 'groups', strategy: markerPages('id') }),
    options,
  );
}

/** Lists groups as ID and name only; the same filters. Microversion 3.13 and later. */
export function listGroupSummaries(client: BlockStorageClient, query: ListGroupsQuery = {}, options?: CallOptions): Paged<GroupSummary> {
  return paginate<GroupSummary>(
    client,
    () => ({ path: groupsPath(), query: toListQuery(client, query, options), expectStatus: [200], itemsKey: 'groups', strategy: markerPages('id') }),
    options,
  );
}

/** Shows one group. Microversion 3.13 and later. */
export async function getGroup(client: BlockStorageClient, id: string, options?: CallOptions): Promise<Group> {
  need(client, options);
  return client.request<Group>({ method: 'GET', path: groupPath(id), expectStatus: [200], unwrap: 'group' }, options);
}

/**
 * Creates a group of a group type for some volume types (202, answering ID and name); it is
 * `creating`, then `available`. Make volumes in it with `createVolume({ group_id, volume_type })`.
 * Microversion 3.13 and later.
 */
export async function createGroup(client: BlockStorageClient, input: CreateGroupInput, options?: CallOptions): Promise<GroupSummary> {
  need(client, options);
  if (!isRecord(input) || typeof input.group_type !== 'string' || !Array.isArray(input.volume_types)) {
    throw new InvalidInputError('createGroup needs a group_type and volume_types', 'input');
  }
  return client.request<GroupSummary>({ method: 'POST', path: groupsPath(), json: { group: input }, expectStatus: [202], unwrap: 'group' }, options);
}

/**
 * Creates a group from a group snapshot or another group, with copies of its volumes
 * (`create-from-src`, 202). Microversion 3.14 and later.
 */
export async function createGroupFromSource(client: BlockStorageClient, input: CreateGroupFromSourceInput, options?: CallOptions): Promise<GroupSummary> {
  client.requireMicroversion('3.14', 'A group from a source', options);
  if (!isRecord(input) || (input.group_snapshot_id === undefined) === (input.source_group_id === undefined)) {
    throw new InvalidInputError('createGroupFromSource needs exactly one of group_snapshot_id and source_group_id', 'input');
  }
  return client.request<GroupSummary>({ method: 'POST', path: groupsActionPath(), json: { 'create-from-src': input }, expectStatus: [202], unwrap: 'group' }, options);
}

/** Updates a group's name or description, adds or removes volumes (202, no body). Microversion 3.13 and later. */
export async function updateGroup(client: BlockStorageClient, id: string, input: UpdateGroupInput, options?: CallOptions): Promise<void> {
  need(client, options);
  if (!isRecord(input)) throw new InvalidInputError('updateGroup needs an input object', 'input');
  const { add_volumes: add, remove_volumes: remove, ...rest } = input as UpdateGroupInput;
  // Cinder reads the volume lists as comma-separated strings.
  const group: Record<string, unknown> = { ...rest };
  if (add !== undefined) group.add_volumes = add.join(',');
  if (remove !== undefined) group.remove_volumes = remove.join(',');
  return client.execute({ method: 'PUT', path: groupPath(id), json: { group }, expectStatus: [202] }, options);
}

/**
 * Deletes a group (the `delete` action, 202): with `delete-volumes` its volumes too; a group that
 * still has volumes is refused without it (400). Microversion 3.13 and later.
 */
export async function deleteGroup(client: BlockStorageClient, id: string, deleteOptions: DeleteGroupOptions = {}, options?: CallOptions): Promise<void> {
  need(client, options);
  return client.execute({ method: 'POST', path: groupActionPath(id), json: { delete: { ...deleteOptions } }, expectStatus: [202] }, options);
}
