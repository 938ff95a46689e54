import { waitForDelete, waitForStatus, type StatusWaitOptions } from '@openstack-ts/core';
import type { BlockStorageClient } from '../client.js';
import { getBackup } from './requests.js';
import type { Backup, BackupStatus } from './results.js';

/** Options of the backup waiters. The caller's signal bounds the wait; `timeoutMs` also can. */
export interface WaitForBackupOptions extends StatusWaitOptions<Backup> {
  /**
   * Statuses that end the wait with a `ResourceStateError`. Default: every `error*` status for
   * {@link waitForBackupStatus}, `error_deleting` for {@link waitForBackupDeleted}.
   */
  failOn?: readonly BackupStatus[] | undefined;
  /** Microversion for the polling calls. */
  microversion?: string | undefined;
}

const ERROR_STATUSES: readonly BackupStatus[] = ['error', 'error_deleting', 'error_restoring'];

const faultOf = (backup: Backup): string | undefined => backup.fail_reason ?? undefined;

/**
 * Polls a backup until its status is `status` (or one of them) and returns it. Fails fast with a
 * `ResourceStateError` when it reaches a `failOn` status (default: every `error*` status), with
 * the backup's `fail_reason` as the fault. Built on core's `waitForStatus`.
 */
export async function waitForBackupStatus(
  client: BlockStorageClient,
  id: string,
  status: BackupStatus | readonly BackupStatus[],
  options: WaitForBackupOptions = {},
): Promise<Backup> {
  const { microversion, failOn = ERROR_STATUSES, ...wait } = options;
  return waitForStatus<Backup>({
    ...wait,
    resource: 'backup',
    id,
    get: async (signal) => getBackup(client, id, { signal, microversion }),
    statusOf: (backup) => backup.status,
    wanted: status,
    failOn,
    faultOf,
  });
}

/**
 * Polls until the backup is gone (Cinder answers 404). Fails fast with a `ResourceStateError`
 * when it reaches a `failOn` status instead (default `error_deleting`), with the backup's
 * `fail_reason`. Built on core's `waitForDelete`.
 */
export async function waitForBackupDeleted(client: BlockStorageClient, id: string, options: WaitForBackupOptions = {}): Promise<void> {
  const { microversion, failOn = ['error_deleting'], ...wait } = options;
  await waitForDelete<Backup>({
    ...wait,
    resource: 'backup',
    id,
    get: async (signal) => getBackup(client, id, { signal, microversion }),
    statusOf: (backup) => backup.status,
    failOn,
    faultOf,
  });
}
