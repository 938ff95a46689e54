import { expect, it } from '@jest/globals';
import { describeAsAdmin, describeWithService, uniqueName, useCleanup } from '@openstack-ts/acceptance';
import { isHttpError, isNameLookupError, isResourceStateError, type ResourceStateError } from '@openstack-ts/core';
import { rejectionOf } from '@openstack-ts/core/testing';
import type { BlockStorageClient } from '../src/client.js';
import {
  createBackup,
  deleteBackup,
  forceDeleteBackup,
  exportBackupRecord,
  findBackupId,
  getBackup,
  importBackupRecord,
  listBackupSummaries,
  listBackups,
  resetBackupStatus,
  restoreBackup,
  updateBackup,
  waitForBackupDeleted,
  waitForBackupStatus,
  type Backup,
  type CreateBackupInput,
} from '../src/backups/index.js';
import { getVolume, waitForVolumeStatus, type Volume } from '../src/volumes/index.js';
import { adminBlockStorage, createTestVolume, deleteInCleanup, memberBlockStorage } from './helpers.js';

const WAIT = { intervalMs: 1000, timeoutMs: 120_000 };

/** Deletes a backup unless it is gone already, and waits for it. */
async function removeBackup(client: BlockStorageClient, id: string, force = false): Promise<void> {
  try {
    await (force ? forceDeleteBackup(client, id) : deleteBackup(client, id));
  } catch (error) {
    if (isHttpError(error, 404)) return;
    throw error;
  }
  await waitForBackupDeleted(client, id, WAIT);
}

describeWithService('block-storage', 'backups against the real Cinder (posix backup driver)', () => {
  const cleanup = useCleanup();
  let cinder: BlockStorageClient;
  let volume: Volume;
  let full: Backup;
  let incremental: Backup;
  const tag = uniqueName('tag');

  /** Creates a backup, registering its deletion (after the backups made later) first. */
  async function backup(input: Omit<CreateBackupInput, 'volume_id'>): Promise<string> {
    const created = await createBackup(cinder, { volume_id: volume.id, name: uniqueName('backup'), ...input });
    cleanup.add(`backup ${created.name}`, async () => removeBackup(cinder, created.id));
    return created.id;
  }

  it('backs up a volume with metadata and waits until the backup is available', async () => {
    cinder = await memberBlockStorage();
    volume = await createTestVolume(cinder, cleanup);
    const id = await backup({ description: 'acceptance', metadata: { suite: tag } });
    full = await waitForBackupStatus(cinder, id, 'available', WAIT);
    expect(full).toMatchObject({ volume_id: volume.id, size: 1, is_incremental: false, description: 'acceptance', metadata: { suite: tag }, fail_reason: null });
    expect(full['os-backup-project-attr:project_id']).toBeUndefined(); // admin only
    expect((await waitForVolumeStatus(cinder, volume.id, 'available', WAIT)).status).toBe('available');
  });

  it('makes an incremental backup on top of it; the full one now has dependents and cannot be deleted first', async () => {
    incremental = await waitForBackupStatus(cinder, await backup({ incremental: true }), 'available', WAIT);
    expect(incremental.is_incremental).toBe(true);
    expect((await getBackup(cinder, full.id)).has_dependent_backups).toBe(true);
    const error = await rejectionOf(async () => deleteBackup(cinder, full.id));
    expect(isHttpError(error, 400)).toBe(true);
    expect((error as Error).message).toContain('Incremental backups exist for this backup.');
  });

  it('lists with filters, following backups_links one backup per page, and finds by name', async () => {
    const pages: string[][] = [];
    for await (const page of listBackups(cinder, { volume_id: volume.id, limit: 1, sort: 'created_at:asc' }).byPage()) pages.push(page.map((b) => b.id));
    expect(pages.flat()).toEqual([full.id, incremental.id]);
    expect(pages.length).toBeGreaterThanOrEqual(2);
    expect(await listBackupSummaries(cinder, { name: full.name ?? '', status: 'available' }).all()).toEqual([{ id: full.id, name: full.name, links: expect.any(Array) as unknown }]);
    expect(await findBackupId(cinder, full.name ?? '')).toEqual({ id: full.id, matchedBy: 'name' });
    expect(await findBackupId(cinder, full.id)).toEqual({ id: full.id, matchedBy: 'id' });
    expect(isNameLookupError(await rejectionOf(async () => findBackupId(cinder, uniqueName('missing'))))).toBe(true);
    // project_id is not among the default resource_filters of members
    const refused = await rejectionOf(() => listBackupSummaries(cinder, { project_id: 'x' }));
    expect(isHttpError(refused, 400)).toBe(true);
    expect((refused as Error).message).toContain('Invalid filters project_id are found in query options.');
  });

  it('updates name, description and metadata', async () => {
    const name = uniqueName('renamed');
    expect(await updateBackup(cinder, full.id, { name, description: 'updated', metadata: { suite: tag, step: '2' } })).toMatchObject({ id: full.id, name });
    expect(await getBackup(cinder, full.id)).toMatchObject({ name, description: 'updated', metadata: { suite: tag, step: '2' } });
    full = await getBackup(cinder, full.id);
  });

  it('restores into a new volume, then over the existing one', async () => {
    const name = uniqueName('restored');
    const restored = await restoreBackup(cinder, incremental.id, { name });
    deleteInCleanup(cinder, cleanup, restored.volume_id, `volume ${name}`);
    expect(restored).toMatchObject({ backup_id: incremental.id, volume_name: name });
    expect((await waitForVolumeStatus(cinder, restored.volume_id, 'available', WAIT)).size).toBe(1);
    await waitForBackupStatus(cinder, incremental.id, 'available', WAIT);
    const over = await restoreBackup(cinder, full.id, { volume_id: volume.id });
    expect(over).toEqual({ backup_id: full.id, volume_id: volume.id, volume_name: volume.name });
    await waitForBackupStatus(cinder, full.id, 'available', WAIT);
    expect((await waitForVolumeStatus(cinder, volume.id, 'available', WAIT)).id).toBe(volume.id);
    expect((await getVolume(cinder, volume.id)).status).toBe('available');
  });

  it("fails fast with the driver's fail_reason when the backup cannot be written", async () => {
    const id = await backup({ container: '/proc/osts-acceptance-nope' });
    const error = await rejectionOf(async () => waitForBackupStatus(cinder, id, 'available', WAIT));
    expect(isResourceStateError(error)).toBe(true);
    expect((error as ResourceStateError).status).toBe('error');
    expect((error as ResourceStateError).reason).toContain('/proc/osts-acceptance-nope');
    await waitForVolumeStatus(cinder, volume.id, 'available', WAIT);
  });

  it('refuses the admin calls to the member (403)', async () => {
    for (const call of [async () => exportBackupRecord(cinder, full.id), async () => resetBackupStatus(cinder, full.id, 'error'), async () => forceDeleteBackup(cinder, full.id)]) {
      expect(isHttpError(await rejectionOf(call), 403)).toBe(true);
    }
  });

  it('deletes the incremental backup and waits until it is gone', async () => {
    await deleteBackup(cinder, incremental.id);
    await waitForBackupDeleted(cinder, incremental.id, WAIT);
    expect(isHttpError(await rejectionOf(async () => getBackup(cinder, incremental.id)), 404)).toBe(true);
  });

  describeAsAdmin('as admin', () => {
    let admin: BlockStorageClient;

    it('sees the project and resets the status (applied asynchronously)', async () => {
      admin = await adminBlockStorage();
      const read = await getBackup(admin, full.id);
      expect(read['os-backup-project-attr:project_id']).toMatch(/^[0-9a-f]{32}$/);
      await resetBackupStatus(admin, full.id, 'error');
      expect((await waitForBackupStatus(admin, full.id, 'error', { ...WAIT, failOn: [] })).status).toBe('error');
      // The backup service applies a reset asynchronously: the first polls may still see the old status.
      await resetBackupStatus(admin, full.id, 'available');
      await waitForBackupStatus(admin, full.id, 'available', { ...WAIT, failOn: [] });
    });

    it('exports a record, refuses its import while the backup exists, imports it after the delete, force-deletes it', async () => {
      const record = await exportBackupRecord(admin, full.id);
      expect(record.backup_service).toMatch(/PosixBackupDriver$/);
      const exists = await rejectionOf(async () => importBackupRecord(admin, record));
      expect(isHttpError(exists, 400)).toBe(true);
      expect((exists as Error).message).toContain('Backup already exists in database.');
      await removeBackup(cinder, full.id);
      cleanup.add(`imported backup ${full.id}`, async () => removeBackup(admin, full.id, true));
      const imported = await importBackupRecord(admin, record);
      expect(imported).toMatchObject({ id: full.id, name: full.name });
      expect((await waitForBackupStatus(admin, full.id, 'available', WAIT)).volume_id).toBe(volume.id);
      await removeBackup(admin, full.id, true);
    });
  });
});
