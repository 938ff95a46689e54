import type { BlockStorageClient } from '../client.js';
import { InvalidInputError, findIdOrName, linkedPages, paginate, type CallOptions, type FoundId, type Paged, type QueryValue } from '@openstack-ts/core';
import { isRecord, requireId } from '@openstack-ts/core/internal';
import type { SortDirection } from '../common.js';
import type { Snapshot, SnapshotMetadata, SnapshotStatus, SnapshotSummary } from './results.js';
import { snapshotActionPath, snapshotMetadataItemPath, snapshotMetadataPath, snapshotPath, snapshotsDetailPath, snapshotsPath } from './urls.js';

/**
 * Filters of {@link listSnapshots} and {@link listSnapshotSummaries}; each field is the query
 * parameter of the same name. From microversion 3.31 Cinder refuses (400) a filter the cloud's
 * `resource_filters` do not allow for the caller; by default non-admins may filter snapshots by
 * `name`, `status`, `volume_id`, `metadata` and `availability_zone`.
 */
export interface ListSnapshotsQuery {
  /** Admin: snapshots of every project. */
  all_tenants?: boolean;
  /** Admin, with `all_tenants`: the snapshots of this project. */
  project_id?: string;
  name?: string;
  status?: SnapshotStatus;
  /** The snapshots of this volume. */
  volume_id?: string;
  /** Snapshots carrying every one of these metadata items; sent as one JSON object, as Cinder reads it. */
  metadata?: Record<string, string>;
  availability_zone?: string;
  /** Microversion 3.65 and later. */
  consumes_quota?: boolean;
  /** Sort keys with directions, `created_at:desc,name` (Cinder's `sort`); refused together with `sort_key` or `sort_dir`. */
  sort?: string;
  sort_key?: string;
  sort_dir?: SortDirection;
  /** Page size; the listing still yields every snapshot. */
  limit?: number;
  marker?: string;
  /** Snapshots to skip before the first page. */
  offset?: number;
}

/** The input of {@link createSnapshot}. Field names are the API's own. */
export interface CreateSnapshotInput {
  /** The volume to snapshot. */
  volume_id: string;
  name?: string;
  description?: string;
  /**
   * Before microversion 3.66, `true` lets Cinder snapshot an attached (`in-use`) volume. From 3.66
   * in-use volumes are snapshotted without it; Cinder ignores `true` and refuses `false` (400).
   */
  force?: boolean;
  metadata?: Record<string, string>;
}

/** The input of {@link updateSnapshot}. */
export interface UpdateSnapshotInput {
  name?: string | null;
  description?: string | null;
}

/** The input of {@link resetSnapshotStatus}: what to write into Cinder's database. */
export interface ResetSnapshotStatusInput {
  status: SnapshotStatus;
}

/** The query of a snapshot listing; refuses (when the listing starts) filters the microversion lacks. */
function toListQuery(client: BlockStorageClient, query: ListSnapshotsQuery, options: CallOptions | undefined): Record<string, QueryValue> {
  if (query.consumes_quota !== undefined) client.requireMicroversion('3.65', 'The consumes_quota filter', options);
  if (query.sort !== undefined && (query.sort_key !== undefined || query.sort_dir !== undefined)) {
    throw new InvalidInputError('Cinder refuses sort together with sort_key or sort_dir: give the directions in sort (created_at:desc,name)', 'sort');
  }
  const out: Record<string, QueryValue> = {};
  for (const [key, value] of Object.entries(query) as [string, unknown][]) {
    if (value === undefined) continue;
    // Cinder reads a map filter as one literal: metadata={"key": "value"}
    out[key] = key === 'metadata' ? JSON.stringify(value) : (value as QueryValue);
  }
  return out;
}

/**
 * Lists snapshots with their details (`GET /snapshots/detail`), following `snapshots_links`.
 * Sends nothing until iteration starts; a filter the microversion lacks rejects the iteration
 * before any request.
 */
export function listSnapshots(client: BlockStorageClient, query: ListSnapshotsQuery = {}, options?: CallOptions): Paged<Snapshot> {
  return paginate<Snapshot>(
    client,
    () => ({ path: snapshotsDetailPath(), query: toListQuery(client, query, options), itemsKey: 'snapshots', strategy: linkedPages('snapshots_links') }),
    options,
  );
}

/**
 * Lists snapshots without the extended attributes and the fields of later microversions
 * (`GET /snapshots`); the same filters as {@link listSnapshots}.
 */
export function listSnapshotSummaries(client: BlockStorageClient, query: ListSnapshotsQuery = {}, options?: CallOptions): Paged<SnapshotSummary> {
  return paginate<SnapshotSummary>(
    client,
    () => ({ path: snapshotsPath(), query: toListQuery(client, query, options), itemsKey: 'snapshots', strategy: linkedPages('snapshots_links') }),
    options,
  );
}

/** Shows one snapshot. */
export async function getSnapshot(client: BlockStorageClient, id: string, options?: CallOptions): Promise<Snapshot> {
  return client.request<Snapshot>({ method: 'GET', path: snapshotPath(id), expectStatus: [200], unwrap: 'snapshot' }, options);
}

/**
 * Snapshots a volume. Cinder answers at once (202) with the snapshot `creating`; wait for it with
 * `waitForSnapshotStatus(client, id, 'available')`. See {@link CreateSnapshotInput.force} for
 * attached volumes.
 */
export async function createSnapshot(client: BlockStorageClient, input: CreateSnapshotInput, options?: CallOptions): Promise<Snapshot> {
  if (!isRecord(input)) throw new InvalidInputError('createSnapshot needs an input object', 'input');
  requireId(input.volume_id, 'volume_id');
  return client.request<Snapshot>({ method: 'POST', path: snapshotsPath(), json: { snapshot: input }, expectStatus: [202], unwrap: 'snapshot' }, options);
}

/** Updates a snapshot's name or description; returns the snapshot. */
export async function updateSnapshot(client: BlockStorageClient, id: string, input: UpdateSnapshotInput, options?: CallOptions): Promise<Snapshot> {
  return client.request<Snapshot>({ method: 'PUT', path: snapshotPath(id), json: { snapshot: input }, expectStatus: [200], unwrap: 'snapshot' }, options);
}

/** Deletes a snapshot. Deletion is asynchronous: wait with `waitForSnapshotDeleted`. */
export async function deleteSnapshot(client: BlockStorageClient, id: string, options?: CallOptions): Promise<void> {
  return client.execute({ method: 'DELETE', path: snapshotPath(id), expectStatus: [202] }, options);
}

/**
 * Deletes a snapshot whatever its status (`os-force_delete`). Admin only; asynchronous like
 * {@link deleteSnapshot}.
 */
export async function forceDeleteSnapshot(client: BlockStorageClient, id: string, options?: CallOptions): Promise<void> {
  return client.execute({ method: 'POST', path: snapshotActionPath(id), json: { 'os-force_delete': {} }, expectStatus: [202] }, options);
}

/**
 * Writes a snapshot's status into Cinder's database (`os-reset_status`). Admin only; nothing
 * happens on the backend.
 */
export async function resetSnapshotStatus(client: BlockStorageClient, id: string, input: ResetSnapshotStatusInput, options?: CallOptions): Promise<void> {
  if (!isRecord(input) || typeof input.status !== 'string' || input.status === '') {
    throw new InvalidInputError('A snapshot status reset needs a status', 'status');
  }
  return client.execute({ method: 'POST', path: snapshotActionPath(id), json: { 'os-reset_status': input }, expectStatus: [202] }, options);
}

/**
 * Resolves a snapshot ID or name to its ID: tried as an ID first (`GET /snapshots/{id}`), then as
 * a name exactly one snapshot of the project has. Rejects with `NameLookupError` when neither
 * matches or several snapshots have the name, with `InvalidInputError` for an empty input.
 */
export async function findSnapshotId(client: BlockStorageClient, nameOrId: string, options?: CallOptions): Promise<FoundId> {
  return findIdOrName<SnapshotSummary>({
    nameOrId,
    what: 'snapshot',
    get: async (id) => getSnapshot(client, id, options),
    list: () => listSnapshotSummaries(client, { name: nameOrId }, options),
  });
}

/** Reads all metadata of a snapshot, as one map of key to value. */
export async function getSnapshotMetadata(client: BlockStorageClient, id: string, options?: CallOptions): Promise<SnapshotMetadata> {
  return client.request<SnapshotMetadata>({ method: 'GET', path: snapshotMetadataPath(id), expectStatus: [200], unwrap: 'metadata' }, options);
}

/** Shows one metadata item of a snapshot as `{ [key]: value }`. A key the snapshot does not have answers 404. */
export async function getSnapshotMetadataItem(client: BlockStorageClient, id: string, key: string, options?: CallOptions): Promise<SnapshotMetadata> {
  return client.request<SnapshotMetadata>({ method: 'GET', path: snapshotMetadataItemPath(id, key), expectStatus: [200], unwrap: 'meta' }, options);
}

/**
 * Replaces all metadata of a snapshot (`PUT /snapshots/{id}/metadata`): items not in `metadata`
 * are removed. Returns the snapshot's metadata afterwards.
 */
export async function replaceSnapshotMetadata(client: BlockStorageClient, id: string, metadata: SnapshotMetadata, options?: CallOptions): Promise<SnapshotMetadata> {
  return client.request<SnapshotMetadata>({ method: 'PUT', path: snapshotMetadataPath(id), json: { metadata }, expectStatus: [200], unwrap: 'metadata' }, options);
}

/**
 * Updates metadata items of a snapshot (`POST /snapshots/{id}/metadata`): the given keys are
 * created or overwritten and the other items stay. Returns all of the snapshot's metadata afterwards.
 */
export async function updateSnapshotMetadata(client: BlockStorageClient, id: string, metadata: SnapshotMetadata, options?: CallOptions): Promise<SnapshotMetadata> {
  return client.request<SnapshotMetadata>({ method: 'POST', path: snapshotMetadataPath(id), json: { metadata }, expectStatus: [200], unwrap: 'metadata' }, options);
}

/** Creates or replaces one metadata item of a snapshot; returns it as `{ [key]: value }`. */
export async function setSnapshotMetadataItem(client: BlockStorageClient, id: string, key: string, value: string, options?: CallOptions): Promise<SnapshotMetadata> {
  if (typeof value !== 'string') throw new InvalidInputError('A metadata value must be a string', 'value');
  return client.request<SnapshotMetadata>(
    { method: 'PUT', path: snapshotMetadataItemPath(id, key), json: { meta: { [key]: value } }, expectStatus: [200], unwrap: 'meta' },
    options,
  );
}

/** Deletes one metadata item of a snapshot. A key the snapshot does not have answers 404. */
export async function deleteSnapshotMetadataItem(client: BlockStorageClient, id: string, key: string, options?: CallOptions): Promise<void> {
  return client.execute({ method: 'DELETE', path: snapshotMetadataItemPath(id, key), expectStatus: [200] }, options);
}
