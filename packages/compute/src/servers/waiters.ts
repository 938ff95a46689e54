import { waitForDelete, waitForStatus, type StatusWaitOptions } from '@openstack-ts/core';
import type { ComputeClient } from '../client.js';
import type { Server, ServerStatus } from './results.js';
import { getServer } from './requests.js';

/** Options of the server waiters. The caller's signal bounds the wait; `timeoutMs` also can. */
export interface WaitForServerOptions extends StatusWaitOptions<Server> {
  /** Statuses that end the wait with a `ResourceStateError`. Default `['ERROR']`. */
  failOn?: readonly ServerStatus[] | undefined;
  /** Microversion for the polling calls. */
  microversion?: string | undefined;
}

const DEFAULT_FAIL_ON: readonly ServerStatus[] = ['ERROR'];

/**
 * Polls a server until its status is `status` (or one of them) and returns it. Fails fast with a
 * `ResourceStateError` carrying Nova's `fault.message` when it reaches a `failOn` status (default
 * `ERROR`). Built on core's `waitForStatus`; `onPoll` sees the server after every poll.
 */
export async function waitForServerStatus(
  client: ComputeClient,
  id: string,
  status: ServerStatus | readonly ServerStatus[],
  options: WaitForServerOptions = {},
): Promise<Server> {
  const { microversion, failOn = DEFAULT_FAIL_ON, ...wait } = options;
  return waitForStatus<Server>({
    ...wait,
    resource: 'server',
    id,
    get: async (signal) => getServer(client, id, { signal, microversion }),
    statusOf: (server) => server.status,
    wanted: status,
    failOn,
    faultOf: (server) => server.fault?.message,
  });
}

/**
 * Polls until the server is gone: Nova answers 404, or shows it `DELETED` or `SOFT_DELETED`
 * (soft delete). Fails fast with a `ResourceStateError` carrying Nova's fault message when it
 * reaches a `failOn` status instead (default `ERROR`; pass `failOn: []` to wait out the deletion
 * of a server already in ERROR). Built on core's `waitForDelete`.
 */
export async function waitForServerDeleted(client: ComputeClient, id: string, options: WaitForServerOptions = {}): Promise<void> {
  const { microversion, failOn = DEFAULT_FAIL_ON, ...wait } = options;
  await waitForDelete<Server>({
    ...wait,
    resource: 'server',
    id,
    get: async (signal) => getServer(client, id, { signal, microversion }),
    statusOf: (server) => server.status,
    gone: ['DELETED', 'SOFT_DELETED'],
    failOn,
    faultOf: (server) => server.fault?.message,
  });
}
