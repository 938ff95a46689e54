import type { ComputeClient } from '../client.js';
import { InvalidInputError, paginate, singlePage, type CallOptions, type Paged } from '@openstack-ts/core';
import type { InterfaceAttachment } from './results.js';
import { interfaceAttachmentPath, interfaceAttachmentsPath } from './urls.js';

/**
 * The body of {@link attachInterface}: an existing port (`port_id`), or a network (`net_id`) on
 * which Nova creates a port, optionally with one fixed IP. With neither, Nova picks the network
 * itself and fails when the choice is ambiguous.
 */
export interface AttachInterfaceInput {
  /** An existing, unbound port. Not with `net_id`. */
  port_id?: string;
  /** A network to create the port on. Not with `port_id`. */
  net_id?: string;
  /** The fixed IP for the port Nova creates: one entry at most, and only with `net_id`. */
  fixed_ips?: [{ ip_address: string }];
  /** A device tag, shown to the guest through the metadata service. Requires microversion 2.49. */
  tag?: string;
}

/** Lists the ports attached to a server (Nova asks Neutron for the ports bound to it). */
export function listInterfaceAttachments(client: ComputeClient, serverId: string, options?: CallOptions): Paged<InterfaceAttachment> {
  return paginate<InterfaceAttachment>(
    client,
    () => ({ path: interfaceAttachmentsPath(serverId), itemsKey: 'interfaceAttachments', strategy: singlePage() }),
    options,
  );
}

/** Shows one port attached to a server; 404 when the port is not attached to it. */
export async function getInterfaceAttachment(client: ComputeClient, serverId: string, portId: string, options?: CallOptions): Promise<InterfaceAttachment> {
  return client.request<InterfaceAttachment>(
    { method: 'GET', path: interfaceAttachmentPath(serverId, portId), expectStatus: [200], unwrap: 'interfaceAttachment' },
    options,
  );
}

/**
 * Attaches a port to a server, by port or by network, and returns the attached port once the
 * hypervisor has plugged it (Nova waits for it). `tag` requires microversion 2.49. Passing both
 * `port_id` and `net_id`, or `fixed_ips` without `net_id`, fails before any request, as Nova
 * would refuse it.
 */
export async function attachInterface(
  client: ComputeClient,
  serverId: string,
  input: AttachInterfaceInput = {},
  options?: CallOptions,
): Promise<InterfaceAttachment> {
  if (input.port_id !== undefined && input.net_id !== undefined) {
    throw new InvalidInputError('port_id and net_id cannot be given together: attach a port, or a new port on a network', 'net_id');
  }
  if (input.fixed_ips !== undefined && input.net_id === undefined) {
    throw new InvalidInputError('fixed_ips needs net_id: it sets the address of the port Nova creates on that network', 'fixed_ips');
  }
  if (input.tag !== undefined) client.requireMicroversion('2.49', 'An interface attachment tag', options);
  return client.request<InterfaceAttachment>(
    { method: 'POST', path: interfaceAttachmentsPath(serverId), json: { interfaceAttachment: input }, expectStatus: [200], unwrap: 'interfaceAttachment' },
    options,
  );
}

/**
 * Detaches a port from a server. Nova answers 202 and detaches in the background: wait with
 * {@link waitForInterfaceDetached}. A port Nova created (attached by `net_id`, or booted on a
 * network) is deleted; a port the caller created stays, unbound.
 */
export async function detachInterface(client: ComputeClient, serverId: string, portId: string, options?: CallOptions): Promise<void> {
  return client.execute({ method: 'DELETE', path: interfaceAttachmentPath(serverId, portId), expectStatus: [202] }, options);
}
