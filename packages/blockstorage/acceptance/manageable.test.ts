import { expect, it } from '@jest/globals';
import { describeAsAdmin, describeWithService, uniqueName, useCleanup } from '@openstack-ts/acceptance';
import { isHttpError, waitFor } from '@openstack-ts/core';
import { rejectionOf } from '@openstack-ts/core/testing';
import type { BlockStorageClient } from '../src/client.js';
import {
  listManageableSnapshotSummaries,
  listManageableSnapshots,
  listManageableVolumeSummaries,
  listManageableVolumes,
  manageSnapshot,
  manageVolume,
  unmanageSnapshot,
  unmanageVolume,
} from '../src/manageable/index.js';
import { getVolume, waitForVolumeDeleted, type Volume } from '../src/volumes/index.js';
import { adminBlockStorage, createTestVolume, deleteInCleanup, memberBlockStorage } from './helpers.js';

const wait = { intervalMs: 1000, timeoutMs: 120_000 };

/** Polls a volume until its status leaves `creating`, and returns it. */
async function settled(cinder: BlockStorageClient, id: string): Promise<Volume> {
  return waitFor(async (signal) => {
    const volume = await getVolume(cinder, id, { signal });
    return volume.status === 'creating' ? undefined : volume;
  }, { ...wait, description: `volume ${id} to leave creating` });
}

interface Snapshot { id: string; status: string }

async function snapshotStatus(cinder: BlockStorageClient, id: string): Promise<string | undefined> {
  return cinder.request<Snapshot>({ method: 'GET', path: `snapshots/${id}`, unwrap: 'snapshot' }).then((s) => s.status, (error: unknown) => {
    if (isHttpError(error, 404)) return undefined;
    throw error;
  });
}

describeWithService('block-storage', 'manageable volumes and snapshots against the real Cinder', () => {
  it('refuses the member (policy)', async () => {
    const cinder = await memberBlockStorage();
    const listing = await rejectionOf(() => listManageableVolumes(cinder, { host: 'localhost@fake#fake' }));
    expect(isHttpError(listing, 403) && listing.message).toMatch(/volume_extension:list_manageable/);
    const manage = await rejectionOf(async () => manageVolume(cinder, { host: 'localhost@fake#fake', ref: { 'source-name': 'volume-x' } }));
    expect(isHttpError(manage, 403)).toBe(true);
  });

  describeAsAdmin('as the admin', () => {
    const cleanup = useCleanup();
    let admin: BlockStorageClient;
    let host: string;

    it("lists what the fake driver offers to manage: nothing", async () => {
      admin = await adminBlockStorage();
      const probe = await createTestVolume(admin, cleanup);
      host = probe['os-vol-host-attr:host'] ?? '';
      expect(host).toMatch(/@/);
      expect(await listManageableVolumes(admin, { host }).all()).toEqual([]);
      expect(await listManageableVolumeSummaries(admin, { host, limit: 10, sort_key: 'size', sort_dir: 'asc' }).all()).toEqual([]);
      expect(await listManageableSnapshots(admin, { host }).all()).toEqual([]);
      expect(await listManageableSnapshotSummaries(admin, { host }).all()).toEqual([]);
      const unknown = await rejectionOf(() => listManageableVolumes(admin, { host: 'nohost@nobackend#nopool' }));
      expect(isHttpError(unknown, 404) && unknown.message).toMatch(/Service cinder-volume could not be found on host nohost@nobackend/);
    });

    it('unmanages a snapshot and manages it back', async () => {
      const volume = await createTestVolume(admin, cleanup);
      const name = uniqueName('snapshot');
      const snapshot = await admin.request<Snapshot>({ method: 'POST', path: 'snapshots', json: { snapshot: { volume_id: volume.id, name } }, expectStatus: [202], unwrap: 'snapshot' });
      await waitFor(async () => ((await snapshotStatus(admin, snapshot.id)) === 'available' ? true : undefined), { ...wait, description: 'snapshot available' });
      await unmanageSnapshot(admin, snapshot.id);
      await waitFor(async () => ((await snapshotStatus(admin, snapshot.id)) === undefined ? true : undefined), { ...wait, description: 'snapshot unmanaged' });
      const managed = await manageSnapshot(admin, { volume_id: volume.id, ref: { 'source-name': `snapshot-${snapshot.id}` }, name: `${name}-managed` });
      expect(managed).toMatchObject({ volume_id: volume.id, name: `${name}-managed`, status: 'creating' });
      const final = await waitFor(async () => {
        const status = await snapshotStatus(admin, managed.id);
        return status === 'creating' ? undefined : status;
      }, { ...wait, description: 'managed snapshot to settle' });
      expect(final).toBe('error'); // the fake driver refuses
    });

    it("unmanages a volume; managing it back is accepted, and the fake driver refuses it (status error)", async () => {
      const volume = await createTestVolume(admin, cleanup);
      await unmanageVolume(admin, volume.id);
      await waitForVolumeDeleted(admin, volume.id, wait);
      const managed = await manageVolume(admin, { host, ref: { 'source-name': `volume-${volume.id}` }, name: uniqueName('managed'), metadata: { managed: 'yes' } });
      deleteInCleanup(admin, cleanup, managed.id, `managed volume ${managed.id}`);
      expect(managed).toMatchObject({ status: 'creating', size: 0 });
      expect(managed.id).not.toBe(volume.id);
      const final = await settled(admin, managed.id);
      expect(final.status).toBe('error'); // error_managing inside Cinder, shown as error
    });
  });
});

