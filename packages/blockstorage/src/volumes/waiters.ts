import { waitForDelete, waitForStatus, type StatusWaitOptions } from '@openstack-ts/core';
import type { BlockStorageClient } from '../client.js';
import { getVolume } from './requests.js';
import type { Volume, VolumeStatus } from './results.js';
import { pollWithFault } from '../user-messages.js';

/** Options of the volume waiters. The caller's signal bounds the wait; `timeoutMs` also can. */
export interface WaitForVolumeOptions extends StatusWaitOptions<Volume> {
  /**
   * Statuses that end the wait with a `ResourceStateError`. Default: every `error*` status for
   * {@link waitForVolumeStatus}, `error_deleting` for {@link waitForVolumeDeleted}.
   */
  failOn?: readonly VolumeStatus[] | undefined;
  /** Microversion for the polling calls. */
  microversion?: string | undefined;
}

const ERROR_STATUSES: readonly VolumeStatus[] = ['error', 'error_deleting', 'error_extending', 'error_restoring', 'error_backing-up', 'error_managing'];

/**
 * Polls a volume until its status is `status` (or one of them) and returns it. Fails fast with a
 * `ResourceStateError` when it reaches a `failOn` status (default: every `error*` status), carrying
 * Cinder's user message about the volume (from microversion 3.3) as the fault. Built on core's
 * `waitForStatus`; `onPoll` sees the volume after every poll.
 */
export async function waitForVolumeStatus(
  client: BlockStorageClient,
  id: string,
  status: VolumeStatus | readonly VolumeStatus[],
  options: WaitForVolumeOptions = {},
): Promise<Volume> {
  const { microversion, failOn = ERROR_STATUSES, ...wait } = options;
  const poll = pollWithFault(client, id, failOn, microversion, async (signal) => getVolume(client, id, { signal, microversion }));
  return waitForStatus<Volume>({
    ...wait,
    resource: 'volume',
    id,
    get: poll.get,
    statusOf: (volume) => volume.status,
    wanted: status,
    failOn,
    faultOf: poll.faultOf,
  });
}

/**
 * Polls until the volume is gone (Cinder answers 404). Fails fast with a `ResourceStateError`
 * when it reaches a `failOn` status instead (default `error_deleting`), with Cinder's user message
 * as the fault. Built on core's `waitForDelete`.
 */
export async function waitForVolumeDeleted(client: BlockStorageClient, id: string, options: WaitForVolumeOptions = {}): Promise<void> {
  const { microversion, failOn = ['error_deleting'], ...wait } = options;
  const poll = pollWithFault(client, id, failOn, microversion, async (signal) => getVolume(client, id, { signal, microversion }));
  await waitForDelete<Volume>({
    ...wait,
    resource: 'volume',
    id,
    get: poll.get,
    statusOf: (volume) => volume.status,
    failOn,
    faultOf: poll.faultOf,
  });
}
