import { waitForDelete, waitForStatus, type StatusWaitOptions } from '@openstack-ts/core';
import { isRecord } from '@openstack-ts/core/internal';
import type { BlockStorageClient } from '../client.js';
import { getVolume } from './requests.js';
import type { Volume, VolumeStatus } from './results.js';
import { messagesPath } from './urls.js';

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
 * Cinder keeps no fault on a volume: why it failed is a user message (`GET /messages`, microversion
 * 3.3). The newest one about the volume, or `undefined` when there is none or it cannot be read.
 */
async function latestUserMessage(client: BlockStorageClient, id: string, signal: AbortSignal, microversion: string | undefined): Promise<string | undefined> {
  if (!client.microversionAtLeast('3.3', { microversion })) return undefined;
  try {
    const body = await client.request<unknown>({ method: 'GET', path: messagesPath(), query: { resource_uuid: id } }, { signal, microversion });
    const messages = isRecord(body) && Array.isArray(body.messages) ? body.messages.filter(isRecord) : [];
    const newest = messages.sort((a, b) => String(b.created_at).localeCompare(String(a.created_at)))[0];
    return typeof newest?.user_message === 'string' ? newest.user_message : undefined;
  } catch (error) {
    if (signal.aborted) throw error;
    return undefined; // the status alone still explains the failure
  }
}

/** Reads the volume and, when it is in a failure status, the user message saying why. */
function pollWithFault(client: BlockStorageClient, id: string, failOn: readonly string[], microversion: string | undefined) {
  const faults = new WeakMap<Volume, string>();
  return {
    get: async (signal: AbortSignal): Promise<Volume> => {
      const volume = await getVolume(client, id, { signal, microversion });
      if (failOn.includes(volume.status)) {
        const message = await latestUserMessage(client, id, signal, microversion);
        if (message !== undefined) faults.set(volume, message);
      }
      return volume;
    },
    faultOf: (volume: Volume): string | undefined => faults.get(volume),
  };
}

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
  const poll = pollWithFault(client, id, failOn, microversion);
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
  const poll = pollWithFault(client, id, failOn, microversion);
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
