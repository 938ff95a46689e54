import { InvalidInputError, type CallOptions } from '@openstack-ts/core';
import { isRecord } from '@openstack-ts/core/internal';
import type { BlockStorageClient } from '../client.js';
import { volumeActionPath } from '../volumes/urls.js';
import type { VolumeConnectionInfo, VolumeImageMetadata, VolumeImageUpload } from './results.js';

/** The body of {@link retypeVolume}. */
export interface RetypeVolumeInput {
  /** The new volume type's name or ID; it must differ from the volume's type. */
  new_type: string;
  /**
   * Whether Cinder may move the volume to another backend when its own cannot retype it in place:
   * `never` (the default) or `on-demand`.
   */
  migration_policy?: 'never' | 'on-demand';
}

/**
 * The body of {@link attachVolume} (`os-attach`): what Cinder records about an attachment another
 * service made. Nova does this itself when a server attaches the volume; call it only when you
 * manage attachments yourself. Give `instance_uuid` or `host_name`.
 */
export interface AttachVolumeInput {
  /** The server the volume is attached to. */
  instance_uuid?: string;
  /** The host the volume is attached to, for an attachment outside Nova. */
  host_name?: string;
  /** The device path, `/dev/vdb`. */
  mountpoint: string;
  /** Read-write (`rw`, the default) or read-only (`ro`). */
  mode?: 'rw' | 'ro';
}

/**
 * A host's description of itself for `os-initialize_connection` and `os-terminate_connection`,
 * as os-brick's `get_connector_properties` gives it. Which fields a driver needs varies.
 */
export interface VolumeConnector {
  host?: string;
  ip?: string;
  initiator?: string;
  wwpns?: string[];
  wwnns?: string[];
  multipath?: boolean;
  platform?: string;
  os_type?: string;
  [key: string]: unknown;
}

/** The body of {@link forceDetachVolume} (`os-force_detach`). */
export interface ForceDetachVolumeInput {
  /** The attachment to end; without it Cinder ends every attachment of the volume. */
  attachment_id?: string;
  /** The connector of the host, to end its connection on the backend too. */
  connector?: VolumeConnector;
}

/** The body of {@link uploadVolumeToImage} (`os-volume_upload_image`). */
export interface UploadVolumeToImageInput {
  image_name: string;
  /** `raw` (the default), `qcow2`, `vmdk`, `vdi`, `vhd`, `vhdx`, `ploop`, … */
  disk_format?: string;
  /** `bare` (the default), `ovf`, … */
  container_format?: string;
  /** Upload an attached (`in-use`) volume too; refused by default by Cinder's `enable_force_upload`. */
  force?: boolean;
  /** `public`, `private`, `shared` or `community`. Microversion 3.1 and later. */
  visibility?: 'public' | 'private' | 'shared' | 'community' | (string & {});
  /** Microversion 3.1 and later. */
  protected?: boolean;
}

/** POSTs a volume action whose answer has no body the caller needs. */
async function act(client: BlockStorageClient, id: string, body: Record<string, unknown>, status: number, options: CallOptions | undefined): Promise<void> {
  return client.execute({ method: 'POST', path: volumeActionPath(id), json: body, expectStatus: [status] }, options);
}

function requireText(value: unknown, field: string): void {
  if (typeof value !== 'string' || value === '') throw new InvalidInputError(`${field} must be a non-empty string`, field);
}

/**
 * Changes a volume's type (`os-retype`). Cinder answers 202 at once and the status goes
 * `retyping` and back; a volume that must move to another backend needs
 * `migration_policy: 'on-demand'`. Cinder refuses (400) a type equal to the volume's own.
 */
export async function retypeVolume(client: BlockStorageClient, id: string, input: RetypeVolumeInput, options?: CallOptions): Promise<void> {
  if (!isRecord(input)) throw new InvalidInputError('retypeVolume needs an input object', 'input');
  requireText(input.new_type, 'new_type');
  return act(client, id, { 'os-retype': input }, 202, options);
}

/**
 * Records an attachment of the volume in Cinder (`os-attach`); the volume becomes `in-use`. For
 * a server, attach through Nova instead (compute's `attachVolume`), which calls this itself.
 */
export async function attachVolume(client: BlockStorageClient, id: string, input: AttachVolumeInput, options?: CallOptions): Promise<void> {
  if (!isRecord(input)) throw new InvalidInputError('attachVolume needs an input object', 'input');
  if ((input.instance_uuid === undefined) === (input.host_name === undefined)) {
    throw new InvalidInputError('An attachment needs either instance_uuid or host_name', 'instance_uuid');
  }
  requireText(input.mountpoint, 'mountpoint');
  return act(client, id, { 'os-attach': input }, 202, options);
}

/**
 * Ends an attachment recorded in Cinder (`os-detach`): the attachment with `attachmentId`, or
 * the volume's only one when omitted. For a server, detach through Nova instead.
 */
export async function detachVolume(client: BlockStorageClient, id: string, attachmentId?: string, options?: CallOptions): Promise<void> {
  return act(client, id, { 'os-detach': attachmentId === undefined ? {} : { attachment_id: attachmentId } }, 202, options);
}

/** Marks an available volume `attaching` (`os-reserve`) so nothing else attaches it first. */
export async function reserveVolume(client: BlockStorageClient, id: string, options?: CallOptions): Promise<void> {
  return act(client, id, { 'os-reserve': null }, 202, options);
}

/** Undoes {@link reserveVolume} (`os-unreserve`): the volume is `available` again. */
export async function unreserveVolume(client: BlockStorageClient, id: string, options?: CallOptions): Promise<void> {
  return act(client, id, { 'os-unreserve': null }, 202, options);
}

/**
 * Marks an attached volume `detaching` (`os-begin_detaching`). Cinder refuses (400) a volume
 * that is not `in-use` and attached.
 */
export async function beginDetachingVolume(client: BlockStorageClient, id: string, options?: CallOptions): Promise<void> {
  return act(client, id, { 'os-begin_detaching': null }, 202, options);
}

/** Undoes {@link beginDetachingVolume} (`os-roll_detaching`): a `detaching` volume is `in-use` again. */
export async function rollDetachingVolume(client: BlockStorageClient, id: string, options?: CallOptions): Promise<void> {
  return act(client, id, { 'os-roll_detaching': null }, 202, options);
}

/**
 * Has the backend export the volume to a host (`os-initialize_connection`) and returns how to
 * connect to it.
 */
export async function initializeVolumeConnection(
  client: BlockStorageClient,
  id: string,
  connector: VolumeConnector,
  options?: CallOptions,
): Promise<VolumeConnectionInfo> {
  if (!isRecord(connector)) throw new InvalidInputError('A connector object is needed', 'connector');
  return client.request<VolumeConnectionInfo>(
    { method: 'POST', path: volumeActionPath(id), json: { 'os-initialize_connection': { connector } }, expectStatus: [200], unwrap: 'connection_info' },
    options,
  );
}

/** Ends a host's connection to the volume on the backend (`os-terminate_connection`). */
export async function terminateVolumeConnection(client: BlockStorageClient, id: string, connector: VolumeConnector, options?: CallOptions): Promise<void> {
  if (!isRecord(connector)) throw new InvalidInputError('A connector object is needed', 'connector');
  return act(client, id, { 'os-terminate_connection': { connector } }, 202, options);
}

/**
 * Ends an attachment whatever state it is in, and the backend's connection when `connector` is
 * given (`os-force_detach`). Admin only: members get 403.
 */
export async function forceDetachVolume(client: BlockStorageClient, id: string, input: ForceDetachVolumeInput = {}, options?: CallOptions): Promise<void> {
  if (!isRecord(input)) throw new InvalidInputError('forceDetachVolume needs an input object', 'input');
  return act(client, id, { 'os-force_detach': input }, 202, options);
}

/**
 * Copies a volume into a new Glance image (`os-volume_upload_image`). Cinder answers 202 with the
 * image's ID; the volume is `uploading` until the copy ends (then `available`, or `in-use`), and
 * the image becomes `active` or, if the backend fails, is deleted (a user message in
 * `GET /messages` says why). `visibility` and `protected` need microversion 3.1 and fail before
 * sending below it.
 */
export async function uploadVolumeToImage(
  client: BlockStorageClient,
  id: string,
  input: UploadVolumeToImageInput,
  options?: CallOptions,
): Promise<VolumeImageUpload> {
  if (!isRecord(input)) throw new InvalidInputError('uploadVolumeToImage needs an input object', 'input');
  requireText(input.image_name, 'image_name');
  if (input.visibility !== undefined) client.requireMicroversion('3.1', 'An image visibility', options);
  if (input.protected !== undefined) client.requireMicroversion('3.1', 'A protected image', options);
  return client.request<VolumeImageUpload>(
    { method: 'POST', path: volumeActionPath(id), json: { 'os-volume_upload_image': input }, expectStatus: [202], unwrap: 'os-volume_upload_image' },
    options,
  );
}

/**
 * Reverts a volume to its latest snapshot (`revert`); the status goes `reverting` and back to
 * `available`. Cinder refuses any snapshot but the volume's most recent one. Requires
 * microversion 3.40 and fails before sending below it.
 */
export async function revertVolumeToSnapshot(client: BlockStorageClient, id: string, snapshotId: string, options?: CallOptions): Promise<void> {
  client.requireMicroversion('3.40', 'Reverting a volume to a snapshot', options);
  requireText(snapshotId, 'snapshotId');
  return act(client, id, { revert: { snapshot_id: snapshotId } }, 202, options);
}

/**
 * Sets image metadata items of a volume (`os-set_image_metadata`): the given keys are created or
 * overwritten, the others stay. Returns the items sent, as Cinder echoes them.
 */
export async function setVolumeImageMetadata(
  client: BlockStorageClient,
  id: string,
  metadata: VolumeImageMetadata,
  options?: CallOptions,
): Promise<VolumeImageMetadata> {
  if (!isRecord(metadata) || Object.values(metadata).some((value) => typeof value !== 'string')) {
    throw new InvalidInputError('Image metadata must be an object of string values', 'metadata');
  }
  return client.request<VolumeImageMetadata>(
    { method: 'POST', path: volumeActionPath(id), json: { 'os-set_image_metadata': { metadata } }, expectStatus: [200], unwrap: 'metadata' },
    options,
  );
}

/** Deletes one image metadata item of a volume (`os-unset_image_metadata`). A key the volume lacks answers 404. */
export async function unsetVolumeImageMetadata(client: BlockStorageClient, id: string, key: string, options?: CallOptions): Promise<void> {
  requireText(key, 'key');
  return act(client, id, { 'os-unset_image_metadata': { key } }, 200, options);
}

/** Reads a volume's image metadata (`os-show_image_metadata`), as one map of key to value. */
export async function getVolumeImageMetadata(client: BlockStorageClient, id: string, options?: CallOptions): Promise<VolumeImageMetadata> {
  return client.request<VolumeImageMetadata>(
    { method: 'POST', path: volumeActionPath(id), json: { 'os-show_image_metadata': null }, expectStatus: [200], unwrap: 'metadata' },
    options,
  );
}
