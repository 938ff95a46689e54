import { waitForDelete, waitForStatus, type StatusWaitOptions } from '@openstack-ts/core';
import type { BlockStorageClient } from '../client.js';
import { pollWithFault } from '../user-messages.js';
import { getSnapshot } from './requests.js';
import type { Snapshot, SnapshotStatus } from './results.js';

/** Options of the snapshot waiters. The caller's signal bounds the wait; `timeoutMs` also can. */
export interface WaitForSnapshotOptions extends StatusWaitOptions<Snapshot> {
  /**
   * Statuses that end the wait with a `ResourceStateError`. Default: `error` and `error_deleting`
   * for {@link waitForSnapshotStatus}, `error_deleting` for {@link waitForSnapshotDeleted}.
   */
  failOn?: readonly SnapshotStatus[] | undefined;
  /** Microversion for the polling calls. */
  microversion?: string | undefined;
}

/**
 * Polls a snapshot until its status is `status` (or one of them) and returns it. Fails fast with a
 * `ResourceStateError` when it reaches a `failOn` status (default `error` and `error_deleting`),
 * carrying Cinder's user message about the snapshot (from microversion 3.3) as the fault. Built on
 * core's `waitForStatus`; `onPoll` sees the snapshot after every poll.
 */
export async function waitForSnapshotStatus(
  client: BlockStorageClient,
  id: string,
  status: SnapshotStatus | readonly SnapshotStatus[],
  options: WaitForSnapshotOptions = {},
): Promise<Snapshot> {
  const { microversion, failOn = ['error', 'error_deleting'], ...wait } = options;
  const poll = pollWithFault(client, id, failOn, microversion, async (signal) => getSnapshot(client, id, { signal, microversion }));
  return waitForStatus<Snapshot>({
    ...wait,
    resource: 'snapshot',
    id,
    get: poll.get,
    statusOf: (snapshot) => snapshot.status,
    wanted: status,
    failOn,
    faultOf: poll.faultOf,
  });
}

/**
 * Polls until the snapshot is gone (Cinder answers 404). Fails fast with a `ResourceStateError`
 * when it reaches a `failOn` status instead (default `error_deleting`), with Cinder's user message
 * as the fault. Built on core's `waitForDelete`.
 */
export async function waitForSnapshotDeleted(client: BlockStorageClient, id: string, options: WaitForSnapshotOptions = {}): Promise<void> {
  const { microversion, failOn = ['error_deleting'], ...wait } = options;
  const poll = pollWithFault(client, id, failOn, microversion, async (signal) => getSnapshot(client, id, { signal, microversion }));
  await waitForDelete<Snapshot>({
    ...wait,
    resource: 'snapshot',
    id,
    get: poll.get,
    statusOf: (snapshot) => snapshot.status,
    failOn,
    faultOf: poll.faultOf,
  });
}
