import { isHttpError, waitFor, type ServiceClient } from '@openstack-ts/core';
import type { WaitForDetachOptions } from '../volume-attachments/waiters.js';
import { getInterfaceAttachment } from './requests.js';

/** Polls a server's port until Nova no longer shows it attached (404) after {@link detachInterface}. */
export async function waitForInterfaceDetached(client: ServiceClient, serverId: string, portId: string, options: WaitForDetachOptions = {}): Promise<void> {
  await waitFor(
    async (signal) => {
      try {
        await getInterfaceAttachment(client, serverId, portId, { signal, microversion: options.microversion });
      } catch (error) {
        if (isHttpError(error, 404)) return true;
        throw error;
      }
      return undefined;
    },
    { signal: options.signal, intervalMs: options.intervalMs, timeoutMs: options.timeoutMs, description: `port ${portId} to be detached from server ${serverId}` },
  );
}
