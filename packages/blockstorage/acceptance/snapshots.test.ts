import { beforeAll, expect, it } from '@jest/globals';
import { adminProvider, describeAsAdmin, describeWithService, memberProvider, uniqueName, useCleanup } from '@openstack-ts/acceptance';
import { isHttpError } from '@openstack-ts/core';
import { rejectionOf } from '@openstack-ts/core/testing';
import {
  type BlockStorageClient,
  createBlockStorageClient,
  createSnapshot,
  createVolume,
  deleteSnapshot,
  deleteSnapshotMetadataItem,
  deleteVolume,
  findSnapshotId,
  forceDeleteSnapshot,
  getSnapshot,
  getSnapshotMetadata,
  getSnapshotMetadataItem,
  listSnapshotSummaries,
  listSnapshots,
  replaceSnapshotMetadata,
  resetSnapshotStatus,
  setSnapshotMetadataItem,
  type Snapshot,
  updateSnapshot,
  updateSnapshotMetadata,
  waitForSnapshotDeleted,
  waitForSnapshotStatus,
  waitForVolumeDeleted,
  waitForVolumeStatus,
} from '../src/index.js';

const wait = { intervalMs: 1000, timeoutMs: 120_000 };

describeWithService('block-storage', 'snapshots against the real Cinder', () => {
  const cleanup = useCleanup();
  let cinder: BlockStorageClient;
  let volumeId: string;

  /** Snapshots the test volume and waits until the snapshot is available; its deletion is registered first. */
  async function snapshot(client: BlockStorageClient, name: string, metadata?: Record<string, string>): Promise<Snapshot> {
    const created = await createSnapshot(client, { volume_id: volumeId, name, metadata });
    cleanup.add(`snapshot ${name}`, async () => {
      await deleteSnapshot(client, created.id);
      await waitForSnapshotDeleted(client, created.id, wait);
    });
    expect(created.status).toBe('creating');
    return waitForSnapshotStatus(client, created.id, 'available', wait);
  }

  beforeAll(async () => {
    cinder = await createBlockStorageClient(await memberProvider());
    const name = uniqueName('volume');
    const volume = await createVolume(cinder, { size: 1, name });
    volumeId = volume.id;
    // registered first, so it runs after the snapshots' deletions
    cleanup.add(`volume ${name}`, async () => {
      await deleteVolume(cinder, volume.id);
      await waitForVolumeDeleted(cinder, volume.id, wait);
    });
    await waitForVolumeStatus(cinder, volume.id, 'available', wait);
  });

  it('creates snapshots, lists them page by page with filters, and finds one', async () => {
    const a = await snapshot(cinder, uniqueName('snapshot'), { suite: 'snapshots' });
    const b = await snapshot(cinder, uniqueName('snapshot'), { suite: 'snapshots' });
    expect(a).toMatchObject({ volume_id: volumeId, size: 1, metadata: { suite: 'snapshots' }, 'os-extended-snapshot-attributes:progress': '100%' });
    const pages: string[][] = [];
    for await (const page of listSnapshots(cinder, { volume_id: volumeId, metadata: { suite: 'snapshots' }, sort: 'created_at:asc', limit: 1 }).byPage()) {
      pages.push(page.map((s) => s.id));
    }
    expect(pages.flat()).toEqual([a.id, b.id]);
    expect(pages.filter((page) => page.length > 0)).toHaveLength(2);
    const summaries = await listSnapshotSummaries(cinder, { volume_id: volumeId, status: 'available', name: b.name ?? '' }).all();
    expect(summaries.map((s) => s.id)).toEqual([b.id]);
    expect(summaries[0]).not.toHaveProperty('os-extended-snapshot-attributes:project_id');
    expect(await findSnapshotId(cinder, a.name ?? '')).toEqual({ id: a.id, matchedBy: 'name' });
    expect(await findSnapshotId(cinder, a.id)).toEqual({ id: a.id, matchedBy: 'id' });
  });

  it("refuses force: false from 3.66, as Cinder does; takes it at 3.65", async () => {
    const refused = await rejectionOf(async () => createSnapshot(cinder, { volume_id: volumeId, name: uniqueName('snapshot'), force: false }));
    expect(isHttpError(refused, 400) && refused.message).toMatch(/'force' flag is invalid/);
    const name = uniqueName('snapshot');
    const created = await createSnapshot(cinder, { volume_id: volumeId, name, force: false, description: 'forced' }, { microversion: '3.65' });
    cleanup.add(`snapshot ${name}`, async () => {
      await deleteSnapshot(cinder, created.id);
      await waitForSnapshotDeleted(cinder, created.id, wait);
    });
    expect((await waitForSnapshotStatus(cinder, created.id, 'available', wait)).description).toBe('forced');
  });

  it('updates a snapshot and its metadata, then deletes it', async () => {
    const s = await snapshot(cinder, uniqueName('snapshot'), { purpose: 'acceptance' });
    const renamed = uniqueName('snapshot');
    expect(await updateSnapshot(cinder, s.id, { name: renamed, description: 'changed' })).toMatchObject({ name: renamed, description: 'changed' });
    expect(await getSnapshotMetadata(cinder, s.id)).toEqual({ purpose: 'acceptance' });
    expect(await updateSnapshotMetadata(cinder, s.id, { stage: 'one' })).toEqual({ purpose: 'acceptance', stage: 'one' });
    expect(await replaceSnapshotMetadata(cinder, s.id, { stage: 'two', owner: 'test' })).toEqual({ stage: 'two', owner: 'test' });
    expect(await getSnapshotMetadataItem(cinder, s.id, 'stage')).toEqual({ stage: 'two' });
    expect(await setSnapshotMetadataItem(cinder, s.id, 'stage', 'three')).toEqual({ stage: 'three' });
    await deleteSnapshotMetadataItem(cinder, s.id, 'stage');
    expect(isHttpError(await rejectionOf(async () => getSnapshotMetadataItem(cinder, s.id, 'stage')), 404)).toBe(true);
    expect((await getSnapshot(cinder, s.id)).metadata).toEqual({ owner: 'test' });
    await deleteSnapshot(cinder, s.id);
    await waitForSnapshotDeleted(cinder, s.id, wait);
    expect(isHttpError(await rejectionOf(async () => getSnapshot(cinder, s.id)), 404)).toBe(true);
  });

  it("meets Cinder's refusal of the admin actions as the member", async () => {
    const s = await snapshot(cinder, uniqueName('snapshot'));
    const reset = await rejectionOf(async () => resetSnapshotStatus(cinder, s.id, { status: 'error' }));
    expect(isHttpError(reset, 403) && reset.message).toMatch(/snapshot_admin_actions:reset_status/);
    const force = await rejectionOf(async () => forceDeleteSnapshot(cinder, s.id));
    expect(isHttpError(force, 403) && force.message).toMatch(/snapshot_admin_actions:force_delete/);
  });

  describeAsAdmin('as admin', () => {
    it('resets a status (the waiter then fails fast), lists across projects, and force-deletes', async () => {
      const admin = await createBlockStorageClient(await adminProvider());
      const s = await snapshot(cinder, uniqueName('snapshot'));
      await resetSnapshotStatus(admin, s.id, { status: 'error' });
      const error = await rejectionOf(async () => waitForSnapshotStatus(cinder, s.id, 'available', wait));
      expect((error as Error).message).toMatch(new RegExp(`^snapshot ${s.id} went to error while waiting for available`));
      expect((await listSnapshotSummaries(admin, { all_tenants: true, name: s.name ?? '' }).all()).map((x) => x.id)).toEqual([s.id]);
      await forceDeleteSnapshot(admin, s.id);
      await waitForSnapshotDeleted(cinder, s.id, wait);
    });
  });
});
