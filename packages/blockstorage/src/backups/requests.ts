import type { BlockStorageClient } from '../client.js';
import { InvalidInputError, findIdOrName, linkedPages, paginate, type CallOptions, type FoundId, type Paged, type QueryValue } from '@openstack-ts/core';
import { isRecord } from '@openstack-ts/core/internal';
import type { SortDirection } from '../common.js';
import type { Backup, BackupRecord, BackupRestore, BackupStatus, BackupSummary } from './results.js';
import { backupActionPath, backupExportPath, backupImportPath, backupPath, backupRestorePath, backupsDetailPath, backupsPath } from './urls.js';

/**
 * Filters of {@link listBackups} and {@link listBackupSummaries}; each field is the query parameter
 * of the same name. From microversion 3.31 Cinder refuses (400) a filter the cloud's
 * `resource_filters` do not allow for the caller; by default non-admins may filter backups by
 * `name`, `status` and `volume_id`. Admins may use every filter.
 */
export interface ListBackupsQuery {
  /** Admin: backups of every project. */
  all_tenants?: boolean;
  /** Admin, with `all_tenants`: the backups of this project. */
  project_id?: string;
  name?: string;
  status?: BackupStatus;
  volume_id?: string;
  /** Sort keys with directions, `name:asc,created_at:desc` (Cinder's `sort`); refused together with `sort_key` or `sort_dir`. */
  sort?: string;
  sort_key?: string;
  sort_dir?: SortDirection;
  /** Page size; the listing still yields every backup. */
  limit?: number;
  marker?: string;
  /** Backups to skip before the first page. */
  offset?: number;
}

/** The input of {@link createBackup}. Field names are the API's own. */
export interface CreateBackupInput {
  /** The volume to back up. */
  volume_id: string;
  name?: string;
  description?: string;
  /** Back up only what changed since the volume's latest backup (which must exist and be available). */
  incremental?: boolean;
  /** Back up a volume that is attached (`in-use`). */
  force?: boolean;
  /** Back up this snapshot of the volume instead of the volume itself. */
  snapshot_id?: string;
  /** Where the backup driver puts the data (a Swift container, a directory); the driver picks one when omitted. */
  container?: string;
  /** Microversion 3.43 and later. */
  metadata?: Record<string, string>;
  /** The availability zone of the backup service to use. Microversion 3.51 and later. */
  availability_zone?: string;
}

/** The input of {@link updateBackup}. */
export interface UpdateBackupInput {
  name?: string | null;
  description?: string | null;
  /** Replaces all of the backup's metadata. Microversion 3.43 and later. */
  metadata?: Record<string, string>;
}

/** The input of {@link restoreBackup}: give `volume_id` to overwrite an existing volume, or nothing (or `name`) for a new one. */
export interface RestoreBackupInput {
  /** An existing, available volume at least as large as the backup; its data is overwritten. */
  volume_id?: string;
  /** The name of the new volume (ignored with `volume_id`). */
  name?: string;
}

function toListQuery(query: ListBackupsQuery): Record<string, QueryValue> {
  if (query.sort !== undefined && (query.sort_key !== undefined || query.sort_dir !== undefined)) {
    throw new InvalidInputError('Cinder refuses sort together with sort_key or sort_dir: give the directions in sort (name:asc,created_at)', 'sort');
  }
  return { ...query };
}

/**
 * Lists backups with their details (`GET /backups/detail`), following `backups_links`. Sends
 * nothing until iteration starts.
 */
export function listBackups(client: BlockStorageClient, query: ListBackupsQuery = {}, options?: CallOptions): Paged<Backup> {
  return paginate<Backup>(
    client,
    () => ({ path: backupsDetailPath(), query: toListQuery(query), itemsKey: 'backups', strategy: linkedPages('backups_links') }),
    options,
  );
}

/** Lists backups as ID, name and links only (cheaper than {@link listBackups}); the same filters. */
export function listBackupSummaries(client: BlockStorageClient, query: ListBackupsQuery = {}, options?: CallOptions): Paged<BackupSummary> {
  return paginate<BackupSummary>(
    client,
    () => ({ path: backupsPath(), query: toListQuery(query), itemsKey: 'backups', strategy: linkedPages('backups_links') }),
    options,
  );
}

/** Shows one backup. */
export async function getBackup(client: BlockStorageClient, id: string, options?: CallOptions): Promise<Backup> {
  return client.request<Backup>({ method: 'GET', path: backupPath(id), expectStatus: [200], unwrap: 'backup' }, options);
}

/**
 * Backs up a volume (or one of its snapshots). Cinder answers at once (202) with the backup's ID,
 * name and links; the backup is `creating`, and so is the volume `backing-up`: wait with
 * `waitForBackupStatus(client, id, 'available')`. `metadata` (3.43) or `availability_zone` (3.51)
 * the call's microversion lacks fails before sending.
 */
export async function createBackup(client: BlockStorageClient, input: CreateBackupInput, options?: CallOptions): Promise<BackupSummary> {
  if (!isRecord(input) || typeof input.volume_id !== 'string' || input.volume_id === '') {
    throw new InvalidInputError('createBackup needs the volume_id of the volume to back up', 'volume_id');
  }
  if (input.metadata !== undefined) client.requireMicroversion('3.43', 'Backup metadata', options);
  if (input.availability_zone !== undefined) client.requireMicroversion('3.51', 'The availability zone of a backup', options);
  return client.request<BackupSummary>({ method: 'POST', path: backupsPath(), json: { backup: input }, expectStatus: [202], unwrap: 'backup' }, options);
}

/**
 * Updates a backup's name, description or (3.43) metadata; returns its ID, name and links.
 * Requires microversion 3.9; metadata needs 3.43.
 */
export async function updateBackup(client: BlockStorageClient, id: string, input: UpdateBackupInput, options?: CallOptions): Promise<BackupSummary> {
  client.requireMicroversion('3.9', 'A backup update', options);
  if (isRecord(input) && input.metadata !== undefined) client.requireMicroversion('3.43', 'Backup metadata', options);
  return client.request<BackupSummary>({ method: 'PUT', path: backupPath(id), json: { backup: input }, expectStatus: [200], unwrap: 'backup' }, options);
}

/**
 * Deletes a backup; deletion is asynchronous: wait with `waitForBackupDeleted`. A backup that
 * incremental backups depend on cannot be deleted before them (400).
 */
export async function deleteBackup(client: BlockStorageClient, id: string, options?: CallOptions): Promise<void> {
  return client.execute({ method: 'DELETE', path: backupPath(id), expectStatus: [202] }, options);
}

/**
 * Deletes a backup whatever its status (`os-force_delete`). Admin only; asynchronous like
 * {@link deleteBackup}, as `forceDeleteSnapshot` for snapshots.
 */
export async function forceDeleteBackup(client: BlockStorageClient, id: string, options?: CallOptions): Promise<void> {
  return client.execute({ method: 'POST', path: backupActionPath(id), json: { 'os-force_delete': {} }, expectStatus: [202] }, options);
}

/**
 * Restores a backup into a new volume (named `name`) or over an existing available volume
 * (`volume_id`). Cinder answers at once (202); the backup goes `restoring` and the volume
 * `restoring-backup`, then both back to `available`.
 */
export async function restoreBackup(client: BlockStorageClient, id: string, input: RestoreBackupInput = {}, options?: CallOptions): Promise<BackupRestore> {
  return client.request<BackupRestore>({ method: 'POST', path: backupRestorePath(id), json: { restore: input }, expectStatus: [202], unwrap: 'restore' }, options);
}

/** Exports a backup's database record, to import elsewhere with {@link importBackupRecord}. Admin only. */
export async function exportBackupRecord(client: BlockStorageClient, id: string, options?: CallOptions): Promise<BackupRecord> {
  return client.request<BackupRecord>({ method: 'GET', path: backupExportPath(id), expectStatus: [200], unwrap: 'backup-record' }, options);
}

/**
 * Imports a backup record (from {@link exportBackupRecord}) into this Cinder, in the caller's
 * project; answers (201) with the backup's ID, name and links. A backup that still exists here is
 * refused (400 "Backup already exists in database"). Admin only.
 */
export async function importBackupRecord(client: BlockStorageClient, record: BackupRecord, options?: CallOptions): Promise<BackupSummary> {
  if (!isRecord(record) || typeof record.backup_service !== 'string' || typeof record.backup_url !== 'string') {
    throw new InvalidInputError('A backup record needs backup_service and backup_url', 'record');
  }
  const body = { 'backup-record': { backup_service: record.backup_service, backup_url: record.backup_url } };
  return client.request<BackupSummary>({ method: 'POST', path: backupImportPath(), json: body, expectStatus: [201], unwrap: 'backup' }, options);
}

/**
 * Writes a backup's status into Cinder's database (`os-reset_status`); the backup service applies
 * it asynchronously. Admin only.
 */
export async function resetBackupStatus(client: BlockStorageClient, id: string, status: BackupStatus, options?: CallOptions): Promise<void> {
  if (typeof status !== 'string' || status === '') throw new InvalidInputError('A status reset needs a status', 'status');
  return client.execute({ method: 'POST', path: backupActionPath(id), json: { 'os-reset_status': { status } }, expectStatus: [202] }, options);
}

/**
 * Resolves a backup ID or name to its ID: tried as an ID first (`GET /backups/{id}`), then as a
 * name exactly one backup of the project has. Rejects with `NameLookupError` when neither matches
 * or several backups have the name, with `InvalidInputError` for an empty input.
 */
export async function findBackupId(client: BlockStorageClient, nameOrId: string, options?: CallOptions): Promise<FoundId> {
  return findIdOrName<BackupSummary>({
    nameOrId,
    what: 'backup',
    get: async (id) => getBackup(client, id, options),
    list: () => listBackupSummaries(client, { name: nameOrId }, options),
  });
}
