import { InvalidInputError, ResourceStateError, waitForStatus, type StatusWaitOptions } from '@openstack-ts/core';
import { isRecord, requireId } from '@openstack-ts/core/internal';
import type { NetworkingClient } from '../client.js';
import { getPort, listPorts } from '../ports/requests.js';
import type { Port, PortStatus } from '../ports/results.js';

/** Which interface {@link waitForRouterInterface} waits for: the one on a subnet, or a given port. */
export type RouterInterfaceSelector = { subnetId: string; portId?: never } | { portId: string; subnetId?: never };

/** Options of {@link waitForRouterInterface}. */
export interface WaitForRouterInterfaceOptions extends StatusWaitOptions<Port> {
  /**
   * The status (or statuses) waited for. Default `ACTIVE`. Without an L3 agent (or another L3
   * backend) an interface port stays `DOWN`; `DOWN` then only waits for the interface to exist.
   */
  status?: PortStatus | readonly PortStatus[] | undefined;
}

/** The `device_owner` of a router's interface ports: plain, distributed (DVR) and HA routers. */
function isRouterInterfaceOwner(owner: string | undefined): boolean {
  return owner !== undefined && (owner.startsWith('network:router_interface') || owner === 'network:ha_router_replicated_interface');
}

/**
 * Polls a router's interface, named by its subnet or its port, until the interface port's status is
 * `ACTIVE` (or `options.status`) and returns the port. The interface port is the port whose
 * `device_id` is the router and whose `device_owner` is `network:router_interface` (or
 * `network:router_interface_distributed`, `network:ha_router_replicated_interface`), with an
 * address on the subnet or with the given ID. Until such a port exists the wait goes on (so it may
 * start before {@link addRouterInterface} returns). A status in `options.failOn` (default `ERROR`)
 * ends the wait with a `ResourceStateError`; the caller's `signal` or `timeoutMs` end it too.
 * `onPoll` sees the port after every poll that found it.
 *
 * Neutron reports the port `ACTIVE` once the L3 agent has plugged the interface; a cloud without
 * one leaves it `DOWN`.
 */
export async function waitForRouterInterface(
  client: NetworkingClient,
  routerId: string,
  selector: RouterInterfaceSelector,
  options: WaitForRouterInterfaceOptions = {},
): Promise<Port> {
  requireId(routerId, 'routerId');
  const given: unknown = selector;
  const { subnetId, portId } = (isRecord(given) ? given : {}) as { subnetId?: unknown; portId?: unknown };
  if ((subnetId === undefined) === (portId === undefined)) {
    throw new InvalidInputError('A router interface is named by subnetId or by portId (one of them)', subnetId === undefined ? 'subnetId' : 'portId');
  }
  const named = portId === undefined ? { subnetId: requireId(subnetId, 'subnetId') } : { portId: requireId(portId, 'portId') };
  const { status = 'ACTIVE', onPoll, failOn = ['ERROR'], ...rest } = options;
  const wanted: readonly string[] = typeof status === 'string' ? [status] : status;
  if (!Array.isArray(wanted) || wanted.length === 0 || wanted.some((s) => typeof s !== 'string' || s === '')) {
    throw new InvalidInputError('status must be a port status or a non-empty list of them', 'status');
  }
  const isInterface = (port: Port): boolean => port.device_id === routerId && isRouterInterfaceOwner(port.device_owner);
  const where = named.portId === undefined ? `on subnet ${named.subnetId}` : `on port ${named.portId}`;

  const port = await waitForStatus<Port | undefined>({
    ...rest,
    resource: 'router interface port',
    id: named.portId ?? where,
    description: rest.description ?? `the interface of router ${routerId} ${where} to become ${wanted.join(' or ')}`,
    wanted,
    get: async (signal) => {
      const found = named.portId === undefined
        ? (await listPorts(client, { device_id: routerId, fixed_ips: [{ subnet_id: named.subnetId }] }, { signal }).all()).find(isInterface)
        : await getPort(client, named.portId, { signal }).then((candidate) => (isInterface(candidate) ? candidate : undefined));
      // Checked here rather than by waitForStatus's failOn, so that the error names the port found.
      if (found !== undefined && failOn.includes(found.status)) {
        throw new ResourceStateError({ resource: 'router interface port', id: found.id, status: found.status, wanted: wanted.join(' or ') });
      }
      return found;
    },
    // No interface port yet: a status neither wanted (they are non-empty) nor failing, so the wait goes on.
    statusOf: (found) => found?.status ?? '',
    onPoll: (found) => {
      if (found !== undefined) onPoll?.(found);
    },
  });
  // waitForStatus resolves only to what reached a wanted status, and '' (no port yet) is none of them.
  if (port === undefined) throw new Error(`waitForRouterInterface: no interface port of router ${routerId} ${where}`);
  return port;
}
