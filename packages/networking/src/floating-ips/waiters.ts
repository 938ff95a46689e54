import { waitForStatus, type StatusWaitOptions } from '@openstack-ts/core';
import type { NetworkingClient } from '../client.js';
import { getFloatingIp } from './requests.js';
import type { FloatingIp } from './results.js';

/**
 * Polls a floating IP until its status is `status` (`ACTIVE` or `DOWN`, or several) and returns
 * it. A status in `options.failOn` (default `ERROR`) ends the wait with a `ResourceStateError`; the
 * caller's `signal` or `timeoutMs` end it too. `onPoll` sees the floating IP after every poll.
 *
 * Neutron reports `ACTIVE` once the L3 agent (or the backend, such as OVN) has set up the NAT for
 * an associated address; an address without a port, or on a cloud without an L3 agent, stays `DOWN`.
 */
export async function waitForFloatingIpStatus(
  client: NetworkingClient,
  id: string,
  status: FloatingIp['status'] | readonly FloatingIp['status'][],
  options: StatusWaitOptions<FloatingIp> = {},
): Promise<FloatingIp> {
  return waitForStatus<FloatingIp>({
    ...options,
    resource: 'floating IP',
    id,
    wanted: status,
    failOn: options.failOn ?? ['ERROR'],
    get: async (signal) => getFloatingIp(client, id, { signal }),
    statusOf: (floatingIp) => floatingIp.status,
  });
}
