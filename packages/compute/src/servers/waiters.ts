import { ResourceStateError, isHttpError, waitFor, type ServiceClient } from '@openstack-ts/core';
import type { Server, ServerStatus } from './results.js';
import { getServer } from './requests.js';

/** Options of the server waiters. The caller's signal bounds the wait; `timeoutMs` also can. */
export interface WaitForServerOptions {
  signal?: AbortSignal | undefined;
  /** Pause between polls. Default 2000 ms. */
  intervalMs?: number | undefined;
  timeoutMs?: number | undefined;
  /** Statuses that end the wait with a `ResourceStateError`. Default `['ERROR']`. */
  failOn?: readonly ServerStatus[] | undefined;
  /** Microversion for the polling calls. */
  microversion?: string | undefined;
  /** Called with the server after every poll, for progress displays. */
  onPoll?: ((server: Server) => void) | undefined;
}

/**
 * Polls a server until its status is `status` (or one of them) and returns it. Fails fast with a
 * `ResourceStateError` carrying Nova's `fault.message` when it reaches a `failOn` status (ERROR).
 */
export function waitForServerStatus(
  client: ServiceClient,
  id: string,
  status: ServerStatus | readonly ServerStatus[],
  options: WaitForServerOptions = {},
): Promise<Server> {
  const wanted = typeof status === 'string' ? [status] : status;
  const failOn = options.failOn ?? ['ERROR'];
  return waitFor(
    async (signal) => {
      const server = await getServer(client, id, { signal, microversion: options.microversion });
      options.onPoll?.(server);
      if (wanted.includes(server.status)) return server;
      if (failOn.includes(server.status)) {
        throw new ResourceStateError({ resource: 'server', id, status: server.status, reason: server.fault?.message, wanted: wanted.join(' or ') });
      }
      return undefined;
    },
    { signal: options.signal, intervalMs: options.intervalMs, timeoutMs: options.timeoutMs, description: `server ${id} to become ${wanted.join(' or ')}` },
  );
}

/** Polls until the server is gone (404). Fails fast when it goes to ERROR instead. */
export async function waitForServerDeleted(client: ServiceClient, id: string, options: Omit<WaitForServerOptions, 'failOn'> = {}): Promise<void> {
  await waitFor(
    async (signal) => {
      let server: Server;
      try {
        server = await getServer(client, id, { signal, microversion: options.microversion });
      } catch (error) {
        if (isHttpError(error, 404)) return true;
        throw error;
      }
      if (server.status === 'ERROR') {
        throw new ResourceStateError({ resource: 'server', id, status: server.status, reason: server.fault?.message, wanted: 'deletion' });
      }
      return server.status === 'DELETED' || server.status === 'SOFT_DELETED' ? true : undefined;
    },
    { signal: options.signal, intervalMs: options.intervalMs, timeoutMs: options.timeoutMs, description: `server ${id} to be deleted` },
  );
}
