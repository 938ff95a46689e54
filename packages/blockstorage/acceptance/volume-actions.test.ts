import { expect, it } from '@jest/globals';
import { describeAsAdmin, describeWithService, memberProvider, uniqueName, useCleanup } from '@openstack-ts/acceptance';
import { createServiceClient, isHttpError, waitFor } from '@openstack-ts/core';
import { rejectionOf } from '@openstack-ts/core/testing';
import type { BlockStorageClient } from '../src/client.js';
import {
  attachVolume,
  beginDetachingVolume,
  detachVolume,
  forceDetachVolume,
  getVolumeImageMetadata,
  initializeVolumeConnection,
  reserveVolume,
  retypeVolume,
  revertVolumeToSnapshot,
  rollDetachingVolume,
  setVolumeImageMetadata,
  terminateVolumeConnection,
  unreserveVolume,
  unsetVolumeImageMetadata,
  uploadVolumeToImage,
} from '../src/volume-actions/index.js';
import { getVolume, waitForVolumeStatus, type Volume } from '../src/volumes/index.js';
import { adminBlockStorage, createTestVolume, memberBlockStorage } from './helpers.js';

const wait = { intervalMs: 1000, timeoutMs: 120_000 };
const connector = { host: 'osts-acceptance-host', initiator: 'iqn.1993-08.org.debian:01:osts', ip: '127.0.0.1', multipath: false, platform: 'x86_64', os_type: 'linux' };

/** The ID of the volume's only attachment. */
async function attachmentId(cinder: BlockStorageClient, id: string): Promise<string> {
  const [attachment] = (await getVolume(cinder, id)).attachments;
  if (attachment === undefined) throw new Error(`volume ${id} has no attachment`);
  return attachment.attachment_id;
}

describeWithService('block-storage', 'volume actions against the real Cinder', () => {
  const cleanup = useCleanup();
  let cinder: BlockStorageClient;
  let volume: Volume;

  it('reserves and unreserves a volume', async () => {
    cinder = await memberBlockStorage();
    volume = await createTestVolume(cinder, cleanup);
    await reserveVolume(cinder, volume.id);
    expect((await getVolume(cinder, volume.id)).status).toBe('attaching');
    await unreserveVolume(cinder, volume.id);
    expect((await getVolume(cinder, volume.id)).status).toBe('available');
  });

  it("initializes and terminates a host's connection (the fake driver's iSCSI answer)", async () => {
    const info = await initializeVolumeConnection(cinder, volume.id, connector);
    expect(info).toMatchObject({ driver_volume_type: 'iscsi', data: { access_mode: 'rw', encrypted: false } });
    await terminateVolumeConnection(cinder, volume.id, connector);
  });

  it("records an attachment to a host, refuses begin-detaching when available, detaches", async () => {
    const refused = await rejectionOf(async () => beginDetachingVolume(cinder, volume.id));
    expect(isHttpError(refused, 400) && refused.message).toMatch(/Volume status must be 'in-use' and attach_status must be 'attached'/);
    await attachVolume(cinder, volume.id, { host_name: connector.host, mountpoint: '/dev/vdb', mode: 'rw' });
    const attached = await waitForVolumeStatus(cinder, volume.id, 'in-use', wait);
    expect(attached.attachments).toEqual([expect.objectContaining({ device: '/dev/vdb', volume_id: volume.id }) as unknown]);
    await beginDetachingVolume(cinder, volume.id);
    expect((await getVolume(cinder, volume.id)).status).toBe('detaching');
    await rollDetachingVolume(cinder, volume.id);
    expect((await getVolume(cinder, volume.id)).status).toBe('in-use');
    const forbidden = await rejectionOf(async () => forceDetachVolume(cinder, volume.id, { attachment_id: attached.attachments[0]?.attachment_id ?? '' }));
    expect(isHttpError(forbidden, 403) && forbidden.message).toMatch(/volume_admin_actions:force_detach/);
    await detachVolume(cinder, volume.id, await attachmentId(cinder, volume.id));
    expect((await waitForVolumeStatus(cinder, volume.id, 'available', wait)).attachments).toEqual([]);
    // Without an attachment ID Cinder ends the volume's only attachment.
    await attachVolume(cinder, volume.id, { host_name: connector.host, mountpoint: '/dev/vdb' });
    await waitForVolumeStatus(cinder, volume.id, 'in-use', wait);
    await detachVolume(cinder, volume.id);
    expect((await waitForVolumeStatus(cinder, volume.id, 'available', wait)).attachments).toEqual([]);
  });

  it('sets, shows and unsets image metadata', async () => {
    const key = uniqueName('key');
    expect(await setVolumeImageMetadata(cinder, volume.id, { [key]: 'one', os_distro: 'cirros' })).toEqual({ [key]: 'one', os_distro: 'cirros' });
    expect(await getVolumeImageMetadata(cinder, volume.id)).toEqual({ [key]: 'one', os_distro: 'cirros' });
    expect((await getVolume(cinder, volume.id)).volume_image_metadata).toEqual({ [key]: 'one', os_distro: 'cirros' });
    await unsetVolumeImageMetadata(cinder, volume.id, key);
    expect(await getVolumeImageMetadata(cinder, volume.id)).toEqual({ os_distro: 'cirros' });
    const missing = await rejectionOf(async () => unsetVolumeImageMetadata(cinder, volume.id, key));
    expect(isHttpError(missing, 404)).toBe(true);
  });

  it("refuses a retype to the volume's own type", async () => {
    const refused = await rejectionOf(async () => retypeVolume(cinder, volume.id, { new_type: volume.volume_type, migration_policy: 'never' }));
    expect(isHttpError(refused, 400) && refused.message).toMatch(/requested type has to be different/);
  });

  it('reverts a volume to its latest snapshot (3.40)', async () => {
    const name = uniqueName('snapshot');
    const snapshot = await cinder.request<{ id: string; status: string }>({
      method: 'POST', path: 'snapshots', json: { snapshot: { volume_id: volume.id, name } }, expectStatus: [202], unwrap: 'snapshot',
    });
    // The volume's cleanup deletes it with cascade, which deletes the snapshot too.
    await waitFor(async (signal) => {
      const read = await cinder.request<{ status: string }>({ method: 'GET', path: `snapshots/${snapshot.id}`, unwrap: 'snapshot' }, { signal });
      return read.status === 'available' ? true : undefined;
    }, { ...wait, description: `snapshot ${name} to be available` });
    await revertVolumeToSnapshot(cinder, volume.id, snapshot.id);
    expect((await waitForVolumeStatus(cinder, volume.id, 'available', wait)).id).toBe(volume.id);
  });

  it("uploads a volume to an image: Cinder accepts, the fake driver's copy fails and the volume is available again", async () => {
    const upload = await uploadVolumeToImage(cinder, volume.id, { image_name: uniqueName('image'), disk_format: 'raw', container_format: 'bare', visibility: 'private', protected: false });
    expect(upload).toMatchObject({ id: volume.id, status: 'uploading', disk_format: 'raw', visibility: 'private', protected: false });
    expect(upload.image_id).toMatch(/^[0-9a-f-]{36}$/);
    const image = await createServiceClient(await memberProvider(), { type: 'image' });
    cleanup.add(`image ${upload.image_id}`, async () => image.execute({ method: 'DELETE', path: `v2/images/${upload.image_id}`, expectStatus: [204] }));
    await waitForVolumeStatus(cinder, volume.id, 'available', wait);
    // FakeLoggingVolumeDriver copies nothing: Cinder deletes the image and leaves a user message.
    await waitFor(async (signal) => image.request({ method: 'GET', path: `v2/images/${upload.image_id}` }, { signal }).then(() => undefined, (error: unknown) => {
      if (isHttpError(error, 404)) return true;
      throw error;
    }), { ...wait, description: 'the failed image to be deleted' });
  });
});

describeAsAdmin('volume actions as the admin against the real Cinder', () => {
  const cleanup = useCleanup();

  it('retypes a volume to a new type (never migrate) and force-detaches an attachment', async () => {
    const admin = await adminBlockStorage();
    const typeName = uniqueName('type');
    const type = await admin.request<{ id: string }>({ method: 'POST', path: 'types', json: { volume_type: { name: typeName } }, unwrap: 'volume_type' });
    cleanup.add(`volume type ${typeName}`, async () => admin.execute({ method: 'DELETE', path: `types/${type.id}`, expectStatus: [202] }));
    const volume = await createTestVolume(admin, cleanup);
    await retypeVolume(admin, volume.id, { new_type: typeName, migration_policy: 'never' });
    expect((await waitForVolumeStatus(admin, volume.id, 'available', wait)).volume_type).toBe(typeName);

    await attachVolume(admin, volume.id, { host_name: connector.host, mountpoint: '/dev/vdc' });
    await waitForVolumeStatus(admin, volume.id, 'in-use', wait);
    await forceDetachVolume(admin, volume.id, { attachment_id: await attachmentId(admin, volume.id), connector });
    expect((await waitForVolumeStatus(admin, volume.id, 'available', wait)).attachments).toEqual([]);
  });
});

