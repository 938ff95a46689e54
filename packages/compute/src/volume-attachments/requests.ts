import { InvalidInputError, paginate, singlePage, type CallOptions, type Paged } from '@openstack-ts/core';
import { isRecord } from '@openstack-ts/core/internal';
import type { ComputeClient } from '../client.js';
import type { VolumeAttachment } from './results.js';
import { volumeAttachmentPath, volumeAttachmentsPath } from './urls.js';

/** Paging of {@link listVolumeAttachments}; each field is the query parameter of the same name. */
export interface ListVolumeAttachmentsQuery {
  /**
   * At most this many block device mappings. Nova counts every mapping of the server, the root
   * disk of an image-booted server included, before it drops those without a volume: a window
   * can hold fewer attachments than `limit`, even none while more follow.
   */
  limit?: number;
  /** Skip this many block device mappings (counted as for `limit`). */
  offset?: number;
}

/** The body of {@link attachVolume}. */
export interface AttachVolumeInput {
  /** The Cinder volume to attach; it must be `available` (or multiattach). */
  volumeId: string;
  /**
   * The device name to ask for (`/dev/vdb`). Many hypervisors (libvirt among them) ignore it and
   * pick their own; the answer says which Nova recorded.
   */
  device?: string | null;
  /** A device tag, shown to the guest through the metadata service. Requires microversion 2.49. */
  tag?: string;
  /** Delete the volume when the server is deleted (default `false`). Requires microversion 2.79. */
  delete_on_termination?: boolean;
}

/**
 * The body of {@link updateVolumeAttachment}. `volumeId` names the volume the server should have:
 * the attached one to change its other fields, another to swap volumes.
 */
export interface UpdateVolumeAttachmentInput {
  /** The attached volume (to update the fields below), or the volume to swap to. */
  volumeId: string;
  /** Requires microversion 2.85: the only field besides `volumeId` that may change. */
  delete_on_termination?: boolean;
  /** Accepted for symmetry with the GET answer; must equal the current value. Requires microversion 2.85. */
  device?: string | null;
  /** Accepted for symmetry; must equal the current value. Requires microversion 2.85. */
  tag?: string;
  /** Accepted for symmetry; must be the server's ID. Requires microversion 2.85. */
  serverId?: string;
  /** Accepted for symmetry; must be the attached volume's ID. Requires microversion 2.85. */
  id?: string;
}

/**
 * Lists the volumes attached to a server. Nova answers in one piece; `limit` and `offset` select
 * one window of the server's block device mappings and the listing does not page on by itself.
 */
export function listVolumeAttachments(
  client: ComputeClient,
  serverId: string,
  query: ListVolumeAttachmentsQuery = {},
  options?: CallOptions,
): Paged<VolumeAttachment> {
  return paginate<VolumeAttachment>(
    client,
    () => ({ path: volumeAttachmentsPath(serverId), query: { ...query }, itemsKey: 'volumeAttachments', strategy: singlePage() }),
    options,
  );
}

/** Shows the attachment of one volume to a server; 404 when the volume is not attached to it. */
export async function getVolumeAttachment(client: ComputeClient, serverId: string, volumeId: string, options?: CallOptions): Promise<VolumeAttachment> {
  return client.request<VolumeAttachment>(
    { method: 'GET', path: volumeAttachmentPath(serverId, volumeId), expectStatus: [200], unwrap: 'volumeAttachment' },
    options,
  );
}

/**
 * Attaches a Cinder volume to a server. The attachment completes in the background: watch the
 * volume in Cinder until it is `in-use`. Returns the attachment Nova reserved (its `device` may be
 * `null`), or `undefined` from microversion 2.101, where Nova answers 202 without a body. `tag`
 * requires microversion 2.49, `delete_on_termination` 2.79.
 */
export async function attachVolume(
  client: ComputeClient,
  serverId: string,
  input: AttachVolumeInput,
  options?: CallOptions,
): Promise<VolumeAttachment | undefined> {
  if (typeof input.volumeId !== 'string' || input.volumeId === '') throw new InvalidInputError('Attaching a volume needs its volumeId', 'volumeId');
  if (input.tag !== undefined) client.requireMicroversion('2.49', 'A volume attachment tag', options);
  if (input.delete_on_termination !== undefined) client.requireMicroversion('2.79', 'delete_on_termination when attaching a volume', options);
  const response = await client.send(
    { method: 'POST', path: volumeAttachmentsPath(serverId), json: { volumeAttachment: input }, expectStatus: [200, 202] },
    options,
  );
  if (response.status === 202) {
    await response.discard();
    return undefined;
  }
  const body = await response.json();
  const attachment = isRecord(body) ? body.volumeAttachment : undefined;
  if (!isRecord(attachment)) throw response.error('the body has no "volumeAttachment" object');
  return attachment as unknown as VolumeAttachment;
}

/**
 * Updates a volume attachment; `volumeId` in the path is the volume attached now. With the same
 * `volumeId` in the input it changes `delete_on_termination` (microversion 2.85; the other fields
 * may only repeat their current values). With another `volumeId` it swaps the attached volume for
 * that one: admin only by default, meant for Cinder's volume migration, and before microversion
 * 2.85 every call is such a swap. Nova answers 202 and swaps in the background.
 */
export async function updateVolumeAttachment(
  client: ComputeClient,
  serverId: string,
  volumeId: string,
  input: UpdateVolumeAttachmentInput,
  options?: CallOptions,
): Promise<void> {
  const changed = Object.entries(input).filter(([key, value]) => key !== 'volumeId' && value !== undefined).map(([key]) => key);
  if (changed.length > 0) client.requireMicroversion('2.85', `Updating ${changed.join(', ')} of a volume attachment`, options);
  return client.execute(
    { method: 'PUT', path: volumeAttachmentPath(serverId, volumeId), json: { volumeAttachment: input }, expectStatus: [202] },
    options,
  );
}

/**
 * Detaches a volume from a server. Nova answers 202 and detaches in the background: wait with
 * {@link waitForVolumeDetached} (or for the volume to be `available` in Cinder). A server's root
 * volume cannot be detached.
 */
export async function detachVolume(client: ComputeClient, serverId: string, volumeId: string, options?: CallOptions): Promise<void> {
  return client.execute({ method: 'DELETE', path: volumeAttachmentPath(serverId, volumeId), expectStatus: [202] }, options);
}
