import type { BlockStorageClient } from '../client.js';
import { InputRangeError, InvalidInputError, findIdOrName, linkedPages, paginate, type CallOptions, type FoundId, type Paged, type QueryValue } from '@openstack-ts/core';
import { isRecord } from '@openstack-ts/core/internal';
import type { SortDirection } from '../common.js';
import type { Volume, VolumeMetadata, VolumeStatus, VolumeSummary, VolumesSummary } from './results.js';
import {
  volumeActionPath,
  volumeMetadataItemPath,
  volumeMetadataPath,
  volumePath,
  volumesDetailPath,
  volumesPath,
  volumesSummaryPath,
} from './urls.js';

/**
 * Filters of {@link listVolumes} and {@link listVolumeSummaries}; each field is the query
 * parameter of the same name. From microversion 3.31 Cinder refuses (400) a filter the cloud's
 * `resource_filters` do not allow for the caller ("Invalid filters … are found in query options");
 * by default non-admins may filter volumes by `name`, `status`, `metadata`, `bootable`,
 * `migration_status`, `availability_zone`, `group_id`, `size`, `created_at`, `updated_at` and
 * `consumes_quota`. Admins may use every filter.
 */
export interface ListVolumesQuery {
  /** Admin: volumes of every project. */
  all_tenants?: boolean;
  /** Admin, with `all_tenants`: the volumes of this project. */
  project_id?: string;
  name?: string;
  /**
   * Names containing this text (Cinder's inexact `name~` filter). Microversion 3.34 and later; a
   * non-admin needs `name~` in the cloud's `resource_filters`, which Cinder's default lacks (400
   * "Invalid filters name~").
   */
  'name~'?: string;
  status?: VolumeStatus;
  /** Volumes carrying every one of these metadata items; sent as one JSON object, as Cinder reads it. */
  metadata?: Record<string, string>;
  bootable?: boolean;
  availability_zone?: string;
  migration_status?: string;
  /** Microversion 3.13 and later. */
  group_id?: string;
  /** Size in GiB. */
  size?: number;
  /**
   * Volumes created from an image with these properties; sent as one JSON object. Microversion 3.4
   * and later; not among the default `resource_filters` of non-admins.
   */
  glance_metadata?: Record<string, string>;
  /** `created_at` compared with an operator: `gt:2026-01-01T00:00:00Z` (`gt`, `gte`, `eq`, `neq`, `lt`, `lte`). Microversion 3.60 and later. */
  created_at?: string;
  /** `updated_at` compared with an operator, as `created_at`. Microversion 3.60 and later. */
  updated_at?: string;
  /** Microversion 3.65 and later. */
  consumes_quota?: boolean;
  /** Sort keys with directions, `size:desc,name` (Cinder's `sort`); refused together with `sort_key` or `sort_dir`. */
  sort?: string;
  sort_key?: string;
  sort_dir?: SortDirection;
  /** Page size; the listing still yields every volume. */
  limit?: number;
  marker?: string;
  /** Volumes to skip before the first page. */
  offset?: number;
}

/** The input of {@link createVolume}. Field names are the API's own, with one convenience noted. */
export interface CreateVolumeInput {
  /** Size in GiB. Required unless the volume is made from a snapshot, a volume or a backup (which give their size). */
  size?: number;
  name?: string;
  description?: string;
  /** The volume type's name or ID; the default type when omitted. */
  volume_type?: string;
  availability_zone?: string;
  metadata?: Record<string, string>;
  /** Clone this volume. */
  source_volid?: string;
  /** Make the volume from this snapshot. */
  snapshot_id?: string;
  /** Make a bootable volume from this image. */
  imageRef?: string;
  /** Restore this backup into the new volume. Microversion 3.47 and later. */
  backup_id?: string;
  /**
   * Whether several servers may attach the volume. Removed by Cinder: Zed answers 400 to `true`
   * ("multiattach parameter has been removed"); use a volume type whose `multiattach` extra spec
   * is `<is> True`.
   */
  multiattach?: boolean;
  consistencygroup_id?: string;
  /** Microversion 3.13 and later. */
  group_id?: string;
  /**
   * Convenience: sent beside the volume as `OS-SCH-HNT:scheduler_hints` (`same_host`,
   * `different_host`, `local_to_instance`, `query`).
   */
  scheduler_hints?: Record<string, unknown>;
}

/** The input of {@link updateVolume}. */
export interface UpdateVolumeInput {
  name?: string | null;
  description?: string | null;
  /** Replaces all of the volume's metadata. */
  metadata?: Record<string, string>;
}

/** Options of {@link deleteVolume}, sent as query parameters. */
export interface DeleteVolumeQuery {
  /** Delete the volume's snapshots too. */
  cascade?: boolean;
  /** Admin: delete whatever state the volume is in. Microversion 3.23 and later. */
  force?: boolean;
}

/** The input of {@link resetVolumeStatus}: what to write into Cinder's database. */
export interface ResetVolumeStatusInput {
  status?: VolumeStatus;
  attach_status?: 'attached' | 'detached' | (string & {});
  migration_status?: string;
}

/** Filters of {@link getVolumesSummary}. */
export interface VolumesSummaryQuery {
  /** Admin: the volumes of every project. */
  all_tenants?: boolean;
}

const JSON_FILTERS = ['metadata', 'glance_metadata'] as const;

/** The query of a volume listing; refuses (when the listing starts) filters the microversion lacks. */
function toListQuery(client: BlockStorageClient, query: ListVolumesQuery, options: CallOptions | undefined): Record<string, QueryValue> {
  if (query['name~'] !== undefined) client.requireMicroversion('3.34', 'The name~ filter', options);
  // Cinder drops these filters silently below their microversion: refuse rather than list everything.
  if (query.glance_metadata !== undefined) client.requireMicroversion('3.4', 'The glance_metadata filter', options);
  if (query.group_id !== undefined) client.requireMicroversion('3.13', 'The group_id filter', options);
  if (query.created_at !== undefined) client.requireMicroversion('3.60', 'The created_at filter', options);
  if (query.updated_at !== undefined) client.requireMicroversion('3.60', 'The updated_at filter', options);
  if (query.consumes_quota !== undefined) client.requireMicroversion('3.65', 'The consumes_quota filter', options);
  if (query.sort !== undefined && (query.sort_key !== undefined || query.sort_dir !== undefined)) {
    throw new InvalidInputError('Cinder refuses sort together with sort_key or sort_dir: give the directions in sort (size:desc,name)', 'sort');
  }
  const out: Record<string, QueryValue> = {};
  for (const [key, value] of Object.entries(query) as [string, unknown][]) {
    if (value === undefined) continue;
    // Cinder reads a map filter as one literal: metadata={"key": "value"}
    out[key] = (JSON_FILTERS as readonly string[]).includes(key) ? JSON.stringify(value) : (value as QueryValue);
  }
  return out;
}

/**
 * Lists volumes with their details (`GET /volumes/detail`), following `volumes_links`. Sends
 * nothing until iteration starts; a filter the microversion lacks rejects the iteration before
 * any request.
 */
export function listVolumes(client: BlockStorageClient, query: ListVolumesQuery = {}, options?: CallOptions): Paged<Volume> {
  return paginate<Volume>(
    client,
    () => ({ path: volumesDetailPath(), query: toListQuery(client, query, options), itemsKey: 'volumes', strategy: linkedPages('volumes_links') }),
    options,
  );
}

/** Lists volumes as ID, name and links only (cheaper than {@link listVolumes}); the same filters. */
export function listVolumeSummaries(client: BlockStorageClient, query: ListVolumesQuery = {}, options?: CallOptions): Paged<VolumeSummary> {
  return paginate<VolumeSummary>(
    client,
    () => ({ path: volumesPath(), query: toListQuery(client, query, options), itemsKey: 'volumes', strategy: linkedPages('volumes_links') }),
    options,
  );
}

/** Shows one volume. */
export async function getVolume(client: BlockStorageClient, id: string, options?: CallOptions): Promise<Volume> {
  return client.request<Volume>({ method: 'GET', path: volumePath(id), expectStatus: [200], unwrap: 'volume' }, options);
}

function requireSize(value: unknown, field: string): void {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
    throw new InputRangeError(`${field} must be a whole number of GiB, 1 or more, got ${String(value)}`, field);
  }
}

function toCreateVolumeBody(input: CreateVolumeInput): Record<string, unknown> {
  const { scheduler_hints: hints, ...volume } = input;
  return hints === undefined ? { volume } : { volume, 'OS-SCH-HNT:scheduler_hints': hints };
}

/**
 * Creates a volume: empty, or from an image, a snapshot, another volume or a backup. Cinder
 * answers at once (202) with the volume `creating`; wait for it with
 * `waitForVolumeStatus(client, id, 'available')`. A `backup_id` (3.47) or `group_id` (3.13) the
 * call's microversion lacks fails before sending.
 */
export async function createVolume(client: BlockStorageClient, input: CreateVolumeInput, options?: CallOptions): Promise<Volume> {
  if (!isRecord(input)) throw new InvalidInputError('createVolume needs an input object', 'input');
  const sourced = input.snapshot_id !== undefined || input.source_volid !== undefined || input.backup_id !== undefined;
  if (input.size !== undefined || !sourced) requireSize(input.size, 'size');
  if (input.backup_id !== undefined) client.requireMicroversion('3.47', 'A volume from a backup', options);
  if (input.group_id !== undefined) client.requireMicroversion('3.13', 'A volume in a group', options);
  return client.request<Volume>({ method: 'POST', path: volumesPath(), json: toCreateVolumeBody(input), expectStatus: [202], unwrap: 'volume' }, options);
}

/** Updates a volume's name, description or metadata (all of it); returns the volume. */
export async function updateVolume(client: BlockStorageClient, id: string, input: UpdateVolumeInput, options?: CallOptions): Promise<Volume> {
  return client.request<Volume>({ method: 'PUT', path: volumePath(id), json: { volume: input }, expectStatus: [200], unwrap: 'volume' }, options);
}

/**
 * Deletes a volume. Deletion is asynchronous: wait with `waitForVolumeDeleted`. A volume with
 * snapshots needs `cascade`; `force` (admin, microversion 3.23) deletes a volume in any state.
 */
export async function deleteVolume(client: BlockStorageClient, id: string, query: DeleteVolumeQuery = {}, options?: CallOptions): Promise<void> {
  if (query.force !== undefined) client.requireMicroversion('3.23', 'A forced volume delete', options);
  return client.execute({ method: 'DELETE', path: volumePath(id), query: { cascade: query.cascade, force: query.force }, expectStatus: [202] }, options);
}

/** POSTs a volume action whose answer has no body the caller needs. */
async function act(client: BlockStorageClient, id: string, body: Record<string, unknown>, status: number, options: CallOptions | undefined): Promise<void> {
  return client.execute({ method: 'POST', path: volumeActionPath(id), json: body, expectStatus: [status] }, options);
}

/**
 * Extends a volume to `newSize` GiB (`os-extend`); the status goes `extending` and back. Extending
 * an attached (`in-use`) volume needs microversion 3.42 and a compute driver that supports it.
 */
export async function extendVolume(client: BlockStorageClient, id: string, newSize: number, options?: CallOptions): Promise<void> {
  requireSize(newSize, 'newSize');
  return act(client, id, { 'os-extend': { new_size: newSize } }, 202, options);
}

/** Marks a volume bootable or not (`os-set_bootable`). */
export async function setVolumeBootable(client: BlockStorageClient, id: string, bootable: boolean, options?: CallOptions): Promise<void> {
  if (typeof bootable !== 'boolean') throw new InvalidInputError('bootable must be true or false', 'bootable');
  return act(client, id, { 'os-set_bootable': { bootable } }, 200, options);
}

/** Sets a volume's read-only flag (`os-update_readonly_flag`): later attachments are read-only. */
export async function setVolumeReadonly(client: BlockStorageClient, id: string, readonly: boolean, options?: CallOptions): Promise<void> {
  if (typeof readonly !== 'boolean') throw new InvalidInputError('readonly must be true or false', 'readonly');
  return act(client, id, { 'os-update_readonly_flag': { readonly } }, 202, options);
}

/**
 * Writes a volume's status, attach status or migration status into Cinder's database
 * (`os-reset_status`). Admin only; nothing happens on the backend.
 */
export async function resetVolumeStatus(client: BlockStorageClient, id: string, input: ResetVolumeStatusInput, options?: CallOptions): Promise<void> {
  if (!isRecord(input) || Object.values(input).every((value) => value === undefined)) {
    throw new InvalidInputError('A status reset needs a status, attach_status or migration_status', 'input');
  }
  return act(client, id, { 'os-reset_status': input }, 202, options);
}

/**
 * The number and total size of the volumes the project can see (`GET /volumes/summary`), and
 * from microversion 3.36 their metadata keys and values. Requires microversion 3.12.
 */
export async function getVolumesSummary(client: BlockStorageClient, query: VolumesSummaryQuery = {}, options?: CallOptions): Promise<VolumesSummary> {
  client.requireMicroversion('3.12', 'The volumes summary', options);
  return client.request<VolumesSummary>(
    { method: 'GET', path: volumesSummaryPath(), query: { all_tenants: query.all_tenants }, expectStatus: [200], unwrap: 'volume-summary' },
    options,
  );
}

/**
 * Resolves a volume ID or name to its ID: tried as an ID first (`GET /volumes/{id}`), then as a
 * name exactly one volume of the project has. Rejects with `NameLookupError` when neither matches
 * or several volumes have the name, with `InvalidInputError` for an empty input.
 */
export async function findVolumeId(client: BlockStorageClient, nameOrId: string, options?: CallOptions): Promise<FoundId> {
  return findIdOrName<VolumeSummary>({
    nameOrId,
    what: 'volume',
    get: async (id) => getVolume(client, id, options),
    list: () => listVolumeSummaries(client, { name: nameOrId }, options),
  });
}

/** Reads all metadata of a volume, as one map of key to value. */
export async function getVolumeMetadata(client: BlockStorageClient, id: string, options?: CallOptions): Promise<VolumeMetadata> {
  return client.request<VolumeMetadata>({ method: 'GET', path: volumeMetadataPath(id), expectStatus: [200], unwrap: 'metadata' }, options);
}

/** Shows one metadata item of a volume as `{ [key]: value }`. A key the volume does not have answers 404. */
export async function getVolumeMetadataItem(client: BlockStorageClient, id: string, key: string, options?: CallOptions): Promise<VolumeMetadata> {
  return client.request<VolumeMetadata>({ method: 'GET', path: volumeMetadataItemPath(id, key), expectStatus: [200], unwrap: 'meta' }, options);
}

/**
 * Replaces all metadata of a volume (`PUT /volumes/{id}/metadata`): items not in `metadata` are
 * removed. Returns the volume's metadata afterwards.
 */
export async function replaceVolumeMetadata(client: BlockStorageClient, id: string, metadata: VolumeMetadata, options?: CallOptions): Promise<VolumeMetadata> {
  return client.request<VolumeMetadata>({ method: 'PUT', path: volumeMetadataPath(id), json: { metadata }, expectStatus: [200], unwrap: 'metadata' }, options);
}

/**
 * Updates metadata items of a volume (`POST /volumes/{id}/metadata`): the given keys are created
 * or overwritten and the other items stay. Returns all of the volume's metadata afterwards.
 */
export async function updateVolumeMetadata(client: BlockStorageClient, id: string, metadata: VolumeMetadata, options?: CallOptions): Promise<VolumeMetadata> {
  return client.request<VolumeMetadata>({ method: 'POST', path: volumeMetadataPath(id), json: { metadata }, expectStatus: [200], unwrap: 'metadata' }, options);
}

/** Creates or replaces one metadata item of a volume; returns it as `{ [key]: value }`. */
export async function setVolumeMetadataItem(client: BlockStorageClient, id: string, key: string, value: string, options?: CallOptions): Promise<VolumeMetadata> {
  if (typeof value !== 'string') throw new InvalidInputError('A metadata value must be a string', 'value');
  return client.request<VolumeMetadata>(
    { method: 'PUT', path: volumeMetadataItemPath(id, key), json: { meta: { [key]: value } }, expectStatus: [200], unwrap: 'meta' },
    options,
  );
}

/** Deletes one metadata item of a volume. A key the volume does not have answers 404. */
export async function deleteVolumeMetadataItem(client: BlockStorageClient, id: string, key: string, options?: CallOptions): Promise<void> {
  return client.execute({ method: 'DELETE', path: volumeMetadataItemPath(id, key), expectStatus: [200] }, options);
}
