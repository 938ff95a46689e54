import { linkedPages, paginate, type CallOptions, type Paged } from '@openstack-ts/core';
import type { BlockStorageClient } from '../client.js';
import type { SortDirection } from '../common.js';
import type { Message } from './results.js';
import { userMessagePath, userMessagesPath } from './urls.js';

const MESSAGES = '3.3';

/** Filters of {@link listMessages} (Cinder's default `resource_filters` allow all of them to members). */
export interface ListMessagesQuery {
  resource_uuid?: string;
  resource_type?: string;
  event_id?: string;
  request_id?: string;
  message_level?: string;
  sort?: string;
  sort_key?: string;
  sort_dir?: SortDirection;
  /** Page size; the listing still yields every message. */
  limit?: number;
  marker?: string;
  offset?: number;
}

/**
 * Lists the project's user messages (`GET /messages`), following `messages_links`. Microversion
 * 3.3 and later; refused, when iteration starts, before.
 */
export function listMessages(client: BlockStorageClient, query: ListMessagesQuery = {}, options?: CallOptions): Paged<Message> {
  return paginate<Message>(
    client,
    () => {
      client.requireMicroversion(MESSAGES, 'User messages', options);
      return { path: userMessagesPath(), query: { ...query }, expectStatus: [200], itemsKey: 'messages', strategy: linkedPages('messages_links') };
    },
    options,
  );
}

/** Shows one user message. Microversion 3.3 and later. */
export async function getMessage(client: BlockStorageClient, id: string, options?: CallOptions): Promise<Message> {
  client.requireMicroversion(MESSAGES, 'User messages', options);
  return client.request<Message>({ method: 'GET', path: userMessagePath(id), expectStatus: [200], unwrap: 'message' }, options);
}

/** Deletes a user message (204). Microversion 3.3 and later. */
export async function deleteMessage(client: BlockStorageClient, id: string, options?: CallOptions): Promise<void> {
  client.requireMicroversion(MESSAGES, 'User messages', options);
  return client.execute({ method: 'DELETE', path: userMessagePath(id), expectStatus: [204] }, options);
}
