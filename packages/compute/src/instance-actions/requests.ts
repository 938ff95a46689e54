import type { ComputeClient } from '../client.js';
import { linkedPages, paginate, type CallOptions, type Paged } from '@openstack-ts/core';
import type { InstanceAction, InstanceActionDetails } from './results.js';
import { instanceActionPath, instanceActionsPath } from './urls.js';

/** Filters and paging of {@link listInstanceActions}; each field is the query parameter of the same name. */
export interface ListInstanceActionsQuery {
  /** Page size; the listing still yields every action. Microversion 2.58 and later. */
  limit?: number;
  /** Start after the action with this request ID. Microversion 2.58 and later. */
  marker?: string;
  /** Actions changed after this ISO 8601 time (UTC without an offset). Microversion 2.58 and later. */
  'changes-since'?: string;
  /** Actions changed at or before this ISO 8601 time. Microversion 2.66 and later. */
  'changes-before'?: string;
}

function toListQuery(client: ComputeClient, query: ListInstanceActionsQuery, options: CallOptions | undefined): Record<string, string | number | undefined> {
  // Before 2.58 Nova ignores these parameters rather than refusing them: fail here instead.
  if (query.limit !== undefined || query.marker !== undefined) client.requireMicroversion('2.58', 'Paging instance actions', options);
  if (query['changes-since'] !== undefined) client.requireMicroversion('2.58', 'The changes-since filter', options);
  if (query['changes-before'] !== undefined) client.requireMicroversion('2.66', 'The changes-before filter', options);
  return { ...query };
}

/**
 * Lists the actions taken on a server, newest first. The server's owner or an admin; from
 * microversion 2.21 also for a deleted server. Pages follow the reply's `links` (2.58). Sends
 * nothing until iteration starts; what the microversion lacks rejects the iteration before any
 * request.
 */
export function listInstanceActions(client: ComputeClient, serverId: string, query: ListInstanceActionsQuery = {}, options?: CallOptions): Paged<InstanceAction> {
  return paginate<InstanceAction>(
    client,
    () => ({ path: instanceActionsPath(serverId), query: toListQuery(client, query, options), itemsKey: 'instanceActions', strategy: linkedPages('links') }),
    options,
  );
}

/**
 * Shows one action of a server, by the ID of the request that started it, with its events.
 * What the events hold depends on the caller and the microversion: before 2.51 only admins get
 * events; from 2.51 owners get them without tracebacks; 2.62 adds `hostId` (and `host` for
 * admins); 2.84 adds `details` for admins.
 */
export async function getInstanceAction(client: ComputeClient, serverId: string, requestId: string, options?: CallOptions): Promise<InstanceActionDetails> {
  return client.request<InstanceActionDetails>(
    { method: 'GET', path: instanceActionPath(serverId, requestId), expectStatus: [200], unwrap: 'instanceAction' },
    options,
  );
}
