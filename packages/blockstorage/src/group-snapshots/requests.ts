import { InvalidInputError, markerPages, paginate, type CallOptions, type Paged } from '@openstack-ts/core';
import { isRecord } from '@openstack-ts/core/internal';
import type { BlockStorageClient } from '../client.js';
import type { SortDirection } from '../common.js';
import type { CreatedGroupSnapshot, GroupSnapshot, GroupSnapshotSummary } from './results.js';
import { groupSnapshotPath, groupSnapshotsDetailPath, groupSnapshotsPath } from './urls.js';

const GROUP_SNAPSHOTS = '3.14';

/** Filters of the group snapshot listings. */
export interface ListGroupSnapshotsQuery {
  /** Admin: group snapshots of every project. */
  all_tenants?: boolean;
  group_id?: string;
  name?: string;
  status?: string;
  sort?: string;
  sort_key?: string;
  sort_dir?: SortDirection;
  limit?: number;
  marker?: string;
  offset?: number;
}

/** The input of {@link createGroupSnapshot}. */
export interface CreateGroupSnapshotInput {
  group_id: string;
  name?: string;
  description?: string;
}

function need(client: BlockStorageClient, options: CallOptions | undefined): void {
  client.requireMicroversion(GROUP_SNAPSHOTS, 'Group snapshots', options);
}

/**
 * Lists group snapshots with their details. Cinder sends no links: the listing asks for the page
 * after the last ID (`marker`) until a page is empty or short. Microversion 3.14 and later.
 */
export function listGroupSnapshots(client: BlockStorageClient, query: ListGroupSnapshotsQuery = {}, options?: CallOptions): Paged<GroupSnapshot> {
  return paginate<GroupSnapshot>(
    client,
    () => {
      need(client, options);
      return { path: groupSnapshotsDetailPath(), query: { ...query }, expectStatus: [200], itemsKey: 'group_snapshots', strategy: markerPages('id') };
    },
    options,
  );
}

/** Lists group snapshots as ID and name only; the same filters and paging. Microversion 3.14 and later. */
export function listGroupSnapshotSummaries(client: BlockStorageClient, query: ListGroupSnapshotsQuery = {}, options?: CallOptions): Paged<GroupSnapshotSummary> {
  return paginate<GroupSnapshotSummary>(
    client,
    () => {
      need(client, options);
      return { path: groupSnapshotsPath(), query: { ...query }, expectStatus: [200], itemsKey: 'group_snapshots', strategy: markerPages('id') };
    },
    options,
  );
}

/** Shows one group snapshot. Microversion 3.14 and later. */
export async function getGroupSnapshot(client: BlockStorageClient, id: string, options?: CallOptions): Promise<GroupSnapshot> {
  need(client, options);
  return client.request<GroupSnapshot>({ method: 'GET', path: groupSnapshotPath(id), expectStatus: [200], unwrap: 'group_snapshot' }, options);
}

/** Snapshots every volume of a group (202); the group snapshot is `creating`, then `available`. Microversion 3.14 and later. */
export async function createGroupSnapshot(client: BlockStorageClient, input: CreateGroupSnapshotInput, options?: CallOptions): Promise<CreatedGroupSnapshot> {
  need(client, options);
  if (!isRecord(input) || typeof input.group_id !== 'string' || input.group_id === '') throw new InvalidInputError('createGroupSnapshot needs a group_id', 'group_id');
  return client.request<CreatedGroupSnapshot>({ method: 'POST', path: groupSnapshotsPath(), json: { group_snapshot: input }, expectStatus: [202], unwrap: 'group_snapshot' }, options);
}

/** Deletes a group snapshot with its volume snapshots (202). Microversion 3.14 and later. */
export async function deleteGroupSnapshot(client: BlockStorageClient, id: string, options?: CallOptions): Promise<void> {
  need(client, options);
  return client.execute({ method: 'DELETE', path: groupSnapshotPath(id), expectStatus: [202] }, options);
}
