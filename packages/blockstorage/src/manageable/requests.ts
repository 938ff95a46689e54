import { InvalidInputError, paginate, singlePage, type CallOptions, type Paged } from '@openstack-ts/core';
import { isRecord } from '@openstack-ts/core/internal';
import type { BlockStorageClient } from '../client.js';
import type { SortDirection } from '../common.js';
import type { Volume } from '../volumes/results.js';
import { volumeActionPath } from '../volumes/urls.js';
import type { BackendReference, ManageableSnapshot, ManageableSnapshotSummary, ManageableVolume, ManageableVolumeSummary, ManagedSnapshot } from './results.js';
import {
  manageableSnapshotsDetailPath,
  manageableSnapshotsPath,
  manageableVolumesDetailPath,
  manageableVolumesPath,
  snapshotActionPath,
} from './urls.js';

/** The input of {@link manageVolume}: a volume that exists on a backend, to be taken over by Cinder. */
export interface ManageVolumeInput {
  /** The backend (`host@backend#pool`); give `host` or `cluster`. */
  host?: string;
  /** The cluster of the backend. Microversion 3.16 and later. */
  cluster?: string;
  /** How the driver names the volume, `{ 'source-name': 'volume-…' }`. */
  ref: BackendReference;
  name?: string;
  description?: string;
  volume_type?: string;
  availability_zone?: string;
  metadata?: Record<string, string>;
  bootable?: boolean;
}

/** The input of {@link manageSnapshot}: a snapshot that exists on a backend, to be taken over by Cinder. */
export interface ManageSnapshotInput {
  /** The Cinder volume the snapshot is of. */
  volume_id: string;
  /** How the driver names the snapshot, `{ 'source-name': 'snapshot-…' }`. */
  ref: BackendReference;
  name?: string;
  description?: string;
  metadata?: Record<string, string>;
}

/** The backend and paging of the manageable listings; give `host` or `cluster`. */
export interface ListManageableQuery {
  /** The backend (`host@backend#pool`). */
  host?: string;
  /** The backend's cluster. Microversion 3.17 and later. */
  cluster?: string;
  limit?: number;
  offset?: number;
  /** A backend reference to start after (as the driver names it). */
  marker?: string;
  /** `size` or `reference`. */
  sort_key?: 'size' | 'reference' | (string & {});
  sort_dir?: SortDirection;
}

function requireBackend(client: BlockStorageClient, input: { host?: string; cluster?: string }, clusterVersion: string, options: CallOptions | undefined): void {
  if ((input.host === undefined) === (input.cluster === undefined)) throw new InvalidInputError('Give either host or cluster', 'host');
  if (input.cluster !== undefined) client.requireMicroversion(clusterVersion, 'A cluster', options);
}

function requireReference(ref: unknown): void {
  if (!isRecord(ref) || Object.keys(ref).length === 0) throw new InvalidInputError("ref must name the backend's object, { 'source-name': … }", 'ref');
}

function listManageable<T>(
  client: BlockStorageClient,
  path: string,
  itemsKey: string,
  query: ListManageableQuery,
  options: CallOptions | undefined,
): Paged<T> {
  return paginate<T>(
    client,
    () => {
      client.requireMicroversion('3.8', 'Listing manageable volumes and snapshots', options);
      requireBackend(client, query, '3.17', options);
      return { path, query: { ...query }, itemsKey, strategy: singlePage() };
    },
    options,
  );
}

/**
 * Takes over a volume that exists on a backend but not in Cinder (`POST /manageable_volumes`). Admin
 * only. Cinder answers 202 with the volume `creating` (size 0) and asks the driver: it becomes
 * `available`, or `error_managing` when the driver refuses (as the fake driver of the local cloud
 * does). `cluster` needs microversion 3.16.
 */
export async function manageVolume(client: BlockStorageClient, input: ManageVolumeInput, options?: CallOptions): Promise<Volume> {
  if (!isRecord(input)) throw new InvalidInputError('manageVolume needs an input object', 'input');
  requireBackend(client, input, '3.16', options);
  requireReference(input.ref);
  return client.request<Volume>({ method: 'POST', path: manageableVolumesPath(), json: { volume: input }, expectStatus: [202], unwrap: 'volume' }, options);
}

/**
 * Removes a volume from Cinder but leaves it on the backend (`os-unmanage`); the volume is gone
 * from Cinder once deleted (wait with `waitForVolumeDeleted`). Admin only.
 */
export async function unmanageVolume(client: BlockStorageClient, id: string, options?: CallOptions): Promise<void> {
  return client.execute({ method: 'POST', path: volumeActionPath(id), json: { 'os-unmanage': null }, expectStatus: [202] }, options);
}

/**
 * Takes over a snapshot that exists on a backend but not in Cinder (`POST /manageable_snapshots`).
 * Admin only. Cinder answers 202 with the snapshot `creating`; it becomes `available`, or `error`
 * when the driver refuses.
 */
export async function manageSnapshot(client: BlockStorageClient, input: ManageSnapshotInput, options?: CallOptions): Promise<ManagedSnapshot> {
  if (!isRecord(input)) throw new InvalidInputError('manageSnapshot needs an input object', 'input');
  if (typeof input.volume_id !== 'string' || input.volume_id === '') throw new InvalidInputError('volume_id must be a non-empty string', 'volume_id');
  requireReference(input.ref);
  return client.request<ManagedSnapshot>(
    { method: 'POST', path: manageableSnapshotsPath(), json: { snapshot: input }, expectStatus: [202], unwrap: 'snapshot' },
    options,
  );
}

/** Removes a snapshot from Cinder but leaves it on the backend (`os-unmanage` on the snapshot). Admin only. */
export async function unmanageSnapshot(client: BlockStorageClient, id: string, options?: CallOptions): Promise<void> {
  return client.execute({ method: 'POST', path: snapshotActionPath(id), json: { 'os-unmanage': null }, expectStatus: [202] }, options);
}

/**
 * Lists the volumes a backend holds that Cinder could take over, in detail
 * (`GET /manageable_volumes/detail`). Admin only; requires microversion 3.8 (3.17 for `cluster`)
 * and a `host` or `cluster`, checked when the listing starts. Cinder answers one page: `limit`,
 * `offset` and `marker` select it, and the listing does not page on by itself.
 */
export function listManageableVolumes(client: BlockStorageClient, query: ListManageableQuery, options?: CallOptions): Paged<ManageableVolume> {
  return listManageable<ManageableVolume>(client, manageableVolumesDetailPath(), 'manageable-volumes', query, options);
}

/** The thin listing of {@link listManageableVolumes} (reference, size, safe_to_manage). */
export function listManageableVolumeSummaries(client: BlockStorageClient, query: ListManageableQuery, options?: CallOptions): Paged<ManageableVolumeSummary> {
  return listManageable<ManageableVolumeSummary>(client, manageableVolumesPath(), 'manageable-volumes', query, options);
}

/** Lists the snapshots a backend holds that Cinder could take over, in detail; as {@link listManageableVolumes}. */
export function listManageableSnapshots(client: BlockStorageClient, query: ListManageableQuery, options?: CallOptions): Paged<ManageableSnapshot> {
  return listManageable<ManageableSnapshot>(client, manageableSnapshotsDetailPath(), 'manageable-snapshots', query, options);
}

/** The thin listing of {@link listManageableSnapshots}. */
export function listManageableSnapshotSummaries(client: BlockStorageClient, query: ListManageableQuery, options?: CallOptions): Paged<ManageableSnapshotSummary> {
  return listManageable<ManageableSnapshotSummary>(client, manageableSnapshotsPath(), 'manageable-snapshots', query, options);
}
