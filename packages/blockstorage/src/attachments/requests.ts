import type { BlockStorageClient } from '../client.js';
import { InvalidInputError, markerPages, paginate, type CallOptions, type Paged, type QueryValue } from '@openstack-ts/core';
import { isRecord } from '@openstack-ts/core/internal';
import type { SortDirection } from '../common.js';
import type { Attachment, AttachmentConnector, AttachmentStatus, AttachmentSummary } from './results.js';
import { attachmentActionPath, attachmentPath, attachmentsDetailPath, attachmentsPath } from './urls.js';

const ATTACHMENTS = '3.27';

/**
 * Filters of {@link listAttachments} and {@link listAttachmentSummaries}; each field is the query
 * parameter of the same name. By default non-admins may filter by `volume_id`, `status`,
 * `instance_id` and `attach_status` (Cinder's `resource_filters`); others answer 400.
 */
export interface ListAttachmentsQuery {
  /** Admin: attachments of every project. */
  all_tenants?: boolean;
  /** Admin, with `all_tenants`: the attachments of this project. */
  project_id?: string;
  volume_id?: string;
  instance_id?: string;
  /** Accepted, but in Zed it matches no attachment (the list is empty): filter with `attach_status`. */
  status?: AttachmentStatus;
  /** The attachment's status as the answers show it in `status` (`reserved`, `attached`, …). */
  attach_status?: AttachmentStatus;
  sort?: string;
  sort_key?: string;
  sort_dir?: SortDirection;
  /** Page size; the listing still yields every attachment. */
  limit?: number;
  marker?: string;
  offset?: number;
}

/** The input of {@link createAttachment}. Field names are the API's own. */
export interface CreateAttachmentInput {
  /** The volume to attach. */
  volume_uuid: string;
  /** The server the volume is for; Cinder does not check it with compute. */
  instance_uuid?: string;
  /** The host connector; without one the attachment is only `reserved` (give it later with {@link updateAttachment}). */
  connector?: AttachmentConnector;
  /** `rw` or `ro`. Microversion 3.54 and later. */
  mode?: 'rw' | 'ro';
}

function toListQuery(client: BlockStorageClient, query: ListAttachmentsQuery, options: CallOptions | undefined): Record<string, QueryValue> {
  client.requireMicroversion(ATTACHMENTS, 'The attachments API', options);
  if (query.sort !== undefined && (query.sort_key !== undefined || query.sort_dir !== undefined)) {
    throw new InvalidInputError('Cinder refuses sort together with sort_key or sort_dir: give the directions in sort', 'sort');
  }
  return { ...query };
}

/**
 * Lists attachments with their details (`GET /attachments/detail`). Cinder sends no
 * `attachments_links`: the listing asks for the page after the last attachment's ID (`marker`)
 * until a page is empty (or shorter than the `limit` sent). Microversion 3.27 and later; refused, when iteration
 * starts, before.
 */
export function listAttachments(client: BlockStorageClient, query: ListAttachmentsQuery = {}, options?: CallOptions): Paged<Attachment> {
  return paginate<Attachment>(
    client,
    () => ({ path: attachmentsDetailPath(), query: toListQuery(client, query, options), itemsKey: 'attachments', strategy: markerPages('id') }),
    options,
  );
}

/** Lists attachments as ID, status, server and volume only; the same filters and paging as {@link listAttachments}. */
export function listAttachmentSummaries(client: BlockStorageClient, query: ListAttachmentsQuery = {}, options?: CallOptions): Paged<AttachmentSummary> {
  return paginate<AttachmentSummary>(
    client,
    () => ({ path: attachmentsPath(), query: toListQuery(client, query, options), itemsKey: 'attachments', strategy: markerPages('id') }),
    options,
  );
}

/** Shows one attachment. Microversion 3.27 and later. */
export async function getAttachment(client: BlockStorageClient, id: string, options?: CallOptions): Promise<Attachment> {
  client.requireMicroversion(ATTACHMENTS, 'The attachments API', options);
  return client.request<Attachment>({ method: 'GET', path: attachmentPath(id), expectStatus: [200], unwrap: 'attachment' }, options);
}

/**
 * Creates an attachment of a volume (what compute does before attaching): without a connector it
 * only reserves the volume (`reserved`, the volume `reserved`); with one the volume driver
 * exports the volume and the answer carries the `connection_info`. Microversion 3.27 and later;
 * `mode` needs 3.54.
 */
export async function createAttachment(client: BlockStorageClient, input: CreateAttachmentInput, options?: CallOptions): Promise<Attachment> {
  client.requireMicroversion(ATTACHMENTS, 'The attachments API', options);
  if (!isRecord(input) || typeof input.volume_uuid !== 'string' || input.volume_uuid === '') {
    throw new InvalidInputError('createAttachment needs the volume_uuid of the volume to attach', 'volume_uuid');
  }
  if (input.mode !== undefined) client.requireMicroversion('3.54', 'The attach mode', options);
  return client.request<Attachment>({ method: 'POST', path: attachmentsPath(), json: { attachment: input }, expectStatus: [200], unwrap: 'attachment' }, options);
}

/**
 * Gives a reserved attachment its host connector: the volume driver exports the volume and the
 * answer carries the `connection_info`; the attachment goes `attaching` (the answer itself still
 * says `reserved`). Microversion 3.27
 * and later.
 */
export async function updateAttachment(client: BlockStorageClient, id: string, connector: AttachmentConnector, options?: CallOptions): Promise<Attachment> {
  client.requireMicroversion(ATTACHMENTS, 'The attachments API', options);
  if (!isRecord(connector)) throw new InvalidInputError('updateAttachment needs a connector object', 'connector');
  return client.request<Attachment>({ method: 'PUT', path: attachmentPath(id), json: { attachment: { connector } }, expectStatus: [200], unwrap: 'attachment' }, options);
}

/**
 * Marks an attachment complete (`os-complete`, what compute does once the guest sees the disk):
 * the attachment goes `attached` and the volume `in-use`. Microversion 3.44 and later.
 */
export async function completeAttachment(client: BlockStorageClient, id: string, options?: CallOptions): Promise<void> {
  client.requireMicroversion('3.44', 'Completing an attachment', options);
  return client.execute({ method: 'POST', path: attachmentActionPath(id), json: { 'os-complete': {} }, expectStatus: [204] }, options);
}

/**
 * Deletes an attachment: the volume driver unexports the volume, which goes back to `available`
 * when it was its last attachment. Microversion 3.27 and later.
 */
export async function deleteAttachment(client: BlockStorageClient, id: string, options?: CallOptions): Promise<void> {
  client.requireMicroversion(ATTACHMENTS, 'The attachments API', options);
  return client.execute({ method: 'DELETE', path: attachmentPath(id), expectStatus: [200] }, options);
}
