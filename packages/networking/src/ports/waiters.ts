import { waitForStatus, type StatusWaitOptions } from '@openstack-ts/core';
import type { NetworkingClient } from '../client.js';
import { getPort } from './requests.js';
import type { Port, PortStatus } from './results.js';

/**
 * Polls a port until its status is `status` (or one of them) and returns it. A status in
 * `options.failOn` (default `ERROR`) ends the wait with a `ResourceStateError`; the caller's
 * `signal` or `timeoutMs` end it too (a `TimeoutError` for the latter). `onPoll` sees the port after
 * every poll.
 *
 * A port becomes `ACTIVE` once a mechanism driver has bound it and its agent has wired it up; an
 * unbound port (no `binding:host_id`) stays `DOWN`, so wait for `ACTIVE` only on a port a server
 * or router uses on a cloud with agents.
 */
export async function waitForPortStatus(
  client: NetworkingClient,
  id: string,
  status: PortStatus | readonly PortStatus[],
  options: StatusWaitOptions<Port> = {},
): Promise<Port> {
  return waitForStatus<Port>({
    ...options,
    resource: 'port',
    id,
    wanted: status,
    failOn: options.failOn ?? ['ERROR'],
    get: async (signal) => getPort(client, id, { signal }),
    statusOf: (port) => port.status,
  });
}
