import { expect, it } from '@jest/globals';
import { describeAsAdmin, describeWithService, useCleanup, uniqueName } from '@openstack-ts/acceptance';
import { isHttpError } from '@openstack-ts/core';
import { rejectionOf } from '@openstack-ts/core/testing';
import type { BlockStorageClient } from '../src/client.js';
import {
  acceptVolumeTransfer,
  createVolumeTransfer,
  deleteVolumeTransfer,
  getVolumeTransfer,
  listVolumeTransferSummaries,
  listVolumeTransfers,
} from '../src/volume-transfers/index.js';
import { getVolume, waitForVolumeStatus, type Volume } from '../src/volumes/index.js';
import { adminBlockStorage, createTestVolume, deleteInCleanup, memberBlockStorage } from './helpers.js';

const wait = { intervalMs: 1000, timeoutMs: 120_000 };

describeWithService('block-storage', 'volume transfers against the real Cinder', () => {
  const cleanup = useCleanup();
  let cinder: BlockStorageClient;
  let first: Volume;
  let second: Volume;

  it('creates transfers (3.55 volume-transfers and 3.54 os-volume-transfer), lists them page by page, reads one', async () => {
    cinder = await memberBlockStorage();
    first = await createTestVolume(cinder, cleanup);
    second = await createTestVolume(cinder, cleanup);
    const name = uniqueName('transfer');
    const created = await createVolumeTransfer(cinder, { volume_id: first.id, name, no_snapshots: true });
    cleanup.add(`transfer ${name}`, async () => deleteVolumeTransfer(cinder, created.id));
    expect(created).toMatchObject({ name, volume_id: first.id, no_snapshots: true, accepted: false, destination_project_id: null });
    expect(created.auth_key).toMatch(/^[0-9a-f]{16}$/);
    const old = await createVolumeTransfer(cinder, { volume_id: second.id, name: `${name}-old` }, { microversion: '3.54' });
    cleanup.add(`transfer ${name}-old`, async () => deleteVolumeTransfer(cinder, old.id));
    expect(old.links[0]?.href).toMatch(/\/os-volume-transfer\//);
    expect(old).not.toHaveProperty('no_snapshots');
    expect((await getVolume(cinder, first.id)).status).toBe('awaiting-transfer');

    const read = await getVolumeTransfer(cinder, created.id);
    expect(read).toMatchObject({ id: created.id, name, volume_id: first.id, no_snapshots: true });
    expect(read).not.toHaveProperty('auth_key');
    expect((await getVolumeTransfer(cinder, old.id, { microversion: '3.0' })).name).toBe(`${name}-old`);

    const pages: string[][] = [];
    for await (const page of listVolumeTransfers(cinder, { limit: 1 }).byPage()) pages.push(page.map((t) => t.id));
    expect(pages.flat()).toEqual(expect.arrayContaining([created.id, old.id]));
    expect(pages.length).toBeGreaterThanOrEqual(2);
    const summaries = await listVolumeTransferSummaries(cinder).all();
    expect(summaries.find((t) => t.id === created.id)).toEqual({ id: created.id, name, volume_id: first.id, links: expect.any(Array) as unknown });
    expect((await listVolumeTransfers(cinder, {}, { microversion: '3.0' }).all()).map((t) => t.id)).toEqual(expect.arrayContaining([created.id, old.id]));
  });

  it('deletes a transfer: the volume is available again', async () => {
    const [transfer] = (await listVolumeTransferSummaries(cinder).all()).filter((t) => t.volume_id === second.id);
    await deleteVolumeTransfer(cinder, transfer?.id ?? '');
    expect((await waitForVolumeStatus(cinder, second.id, 'available', wait)).id).toBe(second.id);
    expect(isHttpError(await rejectionOf(async () => getVolumeTransfer(cinder, transfer?.id ?? '')), 404)).toBe(true);
  });

  it("refuses the owner's own acceptance", async () => {
    const [transfer] = (await listVolumeTransferSummaries(cinder).all()).filter((t) => t.volume_id === first.id);
    const refused = await rejectionOf(async () => acceptVolumeTransfer(cinder, transfer?.id ?? '', '0000000000000000'));
    expect(isHttpError(refused, 400)).toBe(true);
  });

  describeAsAdmin('accepted by another project (the admin)', () => {
    it('refuses a wrong auth_key, accepts the right one; the volume moves to the admin project', async () => {
      const admin = await adminBlockStorage();
      const volume = await createTestVolume(cinder, cleanup);
      const transfer = await createVolumeTransfer(cinder, { volume_id: volume.id, name: uniqueName('transfer') });
      const wrong = await rejectionOf(async () => acceptVolumeTransfer(admin, transfer.id, '0000000000000000'));
      expect(isHttpError(wrong, 400) && wrong.message).toMatch(/auth key/i);
      const accepted = await acceptVolumeTransfer(admin, transfer.id, transfer.auth_key);
      deleteInCleanup(admin, cleanup, volume.id, `transferred volume ${volume.id}`);
      expect(accepted).toMatchObject({ id: transfer.id, volume_id: volume.id });
      const moved = await waitForVolumeStatus(admin, volume.id, 'available', wait);
      expect(moved['os-vol-tenant-attr:tenant_id']).not.toBe(volume['os-vol-tenant-attr:tenant_id']);
      expect(isHttpError(await rejectionOf(async () => getVolume(cinder, volume.id)), 404)).toBe(true);
    });
  });
});
