import { waitForDelete } from '@openstack-ts/core';
import type { ComputeClient } from '../client.js';
import type { WaitForDetachOptions } from '../volume-attachments/waiters.js';
import { getInterfaceAttachment } from './requests.js';
import type { InterfaceAttachment } from './results.js';

/**
 * Polls a server's port until Nova no longer shows it attached (404) after
 * {@link detachInterface}. Built on core's `waitForDelete`.
 */
export async function waitForInterfaceDetached(
  client: ComputeClient,
  serverId: string,
  portId: string,
  options: WaitForDetachOptions<InterfaceAttachment> = {},
): Promise<void> {
  const { microversion, ...wait } = options;
  await waitForDelete<InterfaceAttachment>({
    description: `port ${portId} to be detached from server ${serverId}`,
    ...wait,
    resource: 'interface attachment',
    id: `${serverId}/${portId}`,
    get: async (signal) => getInterfaceAttachment(client, serverId, portId, { signal, microversion }),
  });
}
