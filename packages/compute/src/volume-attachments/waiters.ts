import { isHttpError, waitFor, type ServiceClient } from '@openstack-ts/core';
import { getVolumeAttachment } from './requests.js';

/** Options of the detach waiters. The caller's signal bounds the wait; `timeoutMs` also can. */
export interface WaitForDetachOptions {
  signal?: AbortSignal | undefined;
  /** Pause between polls. Default 2000 ms. */
  intervalMs?: number | undefined;
  timeoutMs?: number | undefined;
  /** Microversion of the polling calls. */
  microversion?: string | undefined;
}

/**
 * Polls a server's attachment of a volume until Nova no longer shows it (404) after
 * {@link detachVolume}. Nova drops it last: the volume can be `available` in Cinder a moment before.
 */
export async function waitForVolumeDetached(client: ServiceClient, serverId: string, volumeId: string, options: WaitForDetachOptions = {}): Promise<void> {
  await waitFor(
    async (signal) => {
      try {
        await getVolumeAttachment(client, serverId, volumeId, { signal, microversion: options.microversion });
      } catch (error) {
        if (isHttpError(error, 404)) return true;
        throw error;
      }
      return undefined;
    },
    { signal: options.signal, intervalMs: options.intervalMs, timeoutMs: options.timeoutMs, description: `volume ${volumeId} to be detached from server ${serverId}` },
  );
}
