import { waitForDelete, waitForStatus, type StatusWaitOptions } from '@openstack-ts/core';
import { isRecord } from '@openstack-ts/core/internal';
import type { BlockStorageClient } from '../client.js';
import { messagesPath } from '../volumes/urls.js';
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
 * Cinder keeps no fault on a snapshot: why it failed is a user message (`GET /messages`,
 * microversion 3.3). The newest one about the snapshot, or `undefined` when there is none or it
 * cannot be read.
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

/** Reads the snapshot and, when it is in a failure status, the user message saying why. */
function pollWithFault(client: BlockStorageClient, id: string, failOn: readonly string[], microversion: string | undefined) {
  const faults = new WeakMap<Snapshot, string>();
  return {
    get: async (signal: AbortSignal): Promise<Snapshot> => {
      const snapshot = await getSnapshot(client, id, { signal, microversion });
      if (failOn.includes(snapshot.status)) {
        const message = await latestUserMessage(client, id, signal, microversion);
        if (message !== undefined) faults.set(snapshot, message);
      }
      return snapshot;
    },
    faultOf: (snapshot: Snapshot): string | undefined => faults.get(snapshot),
  };
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
  const poll = pollWithFault(client, id, failOn, microversion);
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
  const poll = pollWithFault(client, id, failOn, microversion);
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
