import { InvalidInputError, markerPages, paginate, type CallOptions, type Paged } from '@openstack-ts/core';
import { isRecord } from '@openstack-ts/core/internal';
import type { BlockStorageClient } from '../client.js';
import type { SortDirection } from '../common.js';
import type { CreatedVolumeTransfer, VolumeTransfer, VolumeTransferSummary } from './results.js';
import { transferAcceptPath, transferPath, transfersDetailPath, transfersPath } from './urls.js';

/** The input of {@link createVolumeTransfer}. */
export interface CreateVolumeTransferInput {
  /** The volume to offer; it must be `available`. */
  volume_id: string;
  name?: string;
  /** Leave the volume's snapshots behind (by default they move with it). Microversion 3.55 and later. */
  no_snapshots?: boolean;
}

/** Filters and paging of {@link listVolumeTransfers} and {@link listVolumeTransferSummaries}. */
export interface ListVolumeTransfersQuery {
  /** Admin: the transfers of every project. */
  all_tenants?: boolean;
  /** Page size; the listing still yields every transfer. */
  limit?: number;
  marker?: string;
  offset?: number;
  sort_key?: string;
  sort_dir?: SortDirection;
}

/**
 * From microversion 3.55 transfers live at `/volume-transfers` (and take `no_snapshots`); before
 * it, at `/os-volume-transfer`. Every call here picks the path from the microversion it uses.
 */
function modern(client: BlockStorageClient, options: CallOptions | undefined): boolean {
  return client.microversionAtLeast('3.55', options);
}

function requireText(value: unknown, field: string): void {
  if (typeof value !== 'string' || value === '') throw new InvalidInputError(`${field} must be a non-empty string`, field);
}

/**
 * Offers a volume to another project. The answer carries `auth_key`, the secret the receiving
 * project needs: Cinder shows it this once only. The volume is `awaiting-transfer` until the
 * transfer is accepted or deleted. `no_snapshots` needs microversion 3.55 and fails before
 * sending below it.
 */
export async function createVolumeTransfer(client: BlockStorageClient, input: CreateVolumeTransferInput, options?: CallOptions): Promise<CreatedVolumeTransfer> {
  if (!isRecord(input)) throw new InvalidInputError('createVolumeTransfer needs an input object', 'input');
  requireText(input.volume_id, 'volume_id');
  if (input.no_snapshots !== undefined) client.requireMicroversion('3.55', 'A transfer without snapshots', options);
  return client.request<CreatedVolumeTransfer>(
    { method: 'POST', path: transfersPath(modern(client, options)), json: { transfer: input }, expectStatus: [202], unwrap: 'transfer' },
    options,
  );
}

/**
 * Lists the project's volume transfers with their details, page by page with `marker` (the last
 * transfer's ID) on the same path. Cinder's own `transfers_links` point at the legacy
 * `os-volume-transfer` summary listing whatever was asked, and there Zed's marker answers an empty
 * page: they are not followed. Sends nothing until iteration starts.
 */
export function listVolumeTransfers(client: BlockStorageClient, query: ListVolumeTransfersQuery = {}, options?: CallOptions): Paged<VolumeTransfer> {
  return paginate<VolumeTransfer>(
    client,
    () => ({ path: transfersDetailPath(modern(client, options)), query: { ...query }, itemsKey: 'transfers', strategy: markerPages('id') }),
    options,
  );
}

/** Lists the project's volume transfers as ID, name, volume ID and links, paged as {@link listVolumeTransfers}. */
export function listVolumeTransferSummaries(client: BlockStorageClient, query: ListVolumeTransfersQuery = {}, options?: CallOptions): Paged<VolumeTransferSummary> {
  return paginate<VolumeTransferSummary>(
    client,
    () => ({ path: transfersPath(modern(client, options)), query: { ...query }, itemsKey: 'transfers', strategy: markerPages('id') }),
    options,
  );
}

/** Shows one volume transfer (without its `auth_key`). */
export async function getVolumeTransfer(client: BlockStorageClient, id: string, options?: CallOptions): Promise<VolumeTransfer> {
  return client.request<VolumeTransfer>({ method: 'GET', path: transferPath(modern(client, options), id), expectStatus: [200], unwrap: 'transfer' }, options);
}

/**
 * Accepts a volume transfer as the calling project, which must not be the one offering it: the
 * volume (and its snapshots, unless `no_snapshots`) moves to the caller's project. A wrong
 * `authKey` answers 400.
 */
export async function acceptVolumeTransfer(client: BlockStorageClient, id: string, authKey: string, options?: CallOptions): Promise<VolumeTransferSummary> {
  requireText(authKey, 'authKey');
  return client.request<VolumeTransferSummary>(
    { method: 'POST', path: transferAcceptPath(modern(client, options), id), json: { accept: { auth_key: authKey } }, expectStatus: [202], unwrap: 'transfer' },
    options,
  );
}

/** Withdraws a volume transfer that was not accepted; the volume is `available` again. */
export async function deleteVolumeTransfer(client: BlockStorageClient, id: string, options?: CallOptions): Promise<void> {
  return client.execute({ method: 'DELETE', path: transferPath(modern(client, options), id), expectStatus: [202] }, options);
}
