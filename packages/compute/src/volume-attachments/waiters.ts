import { waitForDelete, type WaitOptions } from '@openstack-ts/core';
import type { ComputeClient } from '../client.js';
import { getVolumeAttachment } from './requests.js';
import type { VolumeAttachment } from './results.js';

/**
 * Options of the detach waiters ({@link waitForVolumeDetached}, `waitForInterfaceDetached`). The
 * caller's signal bounds the wait; `timeoutMs` also can.
 */
export interface WaitForDetachOptions<T = VolumeAttachment> extends WaitOptions {
  /** Microversion of the polling calls. */
  microversion?: string | undefined;
  /** Sees the attachment after every poll that still finds it, for progress displays. */
  onPoll?: ((attachment: T) => void) | undefined;
}

/**
 * Polls a server's attachment of a volume until Nova no longer shows it (404) after
 * {@link detachVolume}. Nova drops it last: the volume can be `available` in Cinder a moment
 * before. Built on core's `waitForDelete`.
 */
export async function waitForVolumeDetached(
  client: ComputeClient,
  serverId: string,
  volumeId: string,
  options: WaitForDetachOptions = {},
): Promise<void> {
  const { microversion, ...wait } = options;
  await waitForDelete<VolumeAttachment>({
    description: `volume ${volumeId} to be detached from server ${serverId}`,
    ...wait,
    resource: 'volume attachment',
    id: `${serverId}/${volumeId}`,
    get: async (signal) => getVolumeAttachment(client, serverId, volumeId, { signal, microversion }),
  });
}
