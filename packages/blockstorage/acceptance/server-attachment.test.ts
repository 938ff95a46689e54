/**
 * The end-to-end proof of issue 15: a volume made with @openstack-ts/blockstorage is attached to a
 * server through @openstack-ts/compute, becomes in-use in Cinder, is detached and is available
 * again; everything is deleted afterwards.
 */
import { expect, it } from '@jest/globals';
import { describeWithService, memberProvider, uniqueName, useCleanup } from '@openstack-ts/acceptance';
import {
  attachVolume as attachServerVolume,
  createComputeClient,
  createServer,
  deleteServer,
  detachVolume as detachServerVolume,
  findFlavorId,
  getVolumeAttachment,
  listVolumeAttachments,
  waitForServerDeleted,
  waitForServerStatus,
  waitForVolumeDetached,
  type ComputeClient,
  type Server,
} from '@openstack-ts/compute';
import { createServiceClient, findIdByName, isHttpError, linkedPages, paginate } from '@openstack-ts/core';
import type { BlockStorageClient } from '../src/client.js';
import { createVolume, deleteVolume, getVolume, waitForVolumeDeleted, waitForVolumeStatus, type Volume } from '../src/volumes/index.js';
import { memberBlockStorage, testImageId } from './helpers.js';

const wait = { intervalMs: 1000, timeoutMs: 180_000 };
const TEST_FLAVOR = process.env.OSTS_FLAVOR ?? 'm1.tiny';
const TEST_NETWORK = process.env.OSTS_NETWORK ?? 'private';

async function privateNetworkId(): Promise<string> {
  const neutron = await createServiceClient(await memberProvider(), { type: 'network', base: 'v2.0/' });
  return findIdByName(
    paginate<{ id: string; name: string }>(neutron, { path: 'networks', query: { name: TEST_NETWORK }, itemsKey: 'networks', strategy: linkedPages('networks_links') }),
    TEST_NETWORK,
    'network',
  );
}

describeWithService('compute', 'a blockstorage volume attached to a compute server', () => {
  const cleanup = useCleanup();
  let cinder: BlockStorageClient;
  let nova: ComputeClient;
  let volume: Volume;
  let server: Server;

  it('creates a volume and boots a server on the private network', async () => {
    cinder = await memberBlockStorage();
    nova = await createComputeClient(await memberProvider());
    const volumeName = uniqueName('volume');
    const created = await createVolume(cinder, { size: 1, name: volumeName });
    // Registered first, so it runs last: after the server is gone, the volume is detached.
    cleanup.add(`volume ${volumeName}`, async () => {
      const read = await getVolume(cinder, created.id);
      if (read.status !== 'available' && !read.status.startsWith('error')) await waitForVolumeStatus(cinder, created.id, 'available', wait);
      await deleteVolume(cinder, created.id);
      await waitForVolumeDeleted(cinder, created.id, wait);
    });
    const serverName = uniqueName('server');
    const booted = await createServer(nova, {
      name: serverName,
      flavorRef: (await findFlavorId(nova, TEST_FLAVOR)).id,
      imageRef: await testImageId(),
      networks: [{ uuid: await privateNetworkId() }],
    });
    cleanup.add(`server ${serverName}`, async () => {
      await deleteServer(nova, booted.id);
      await waitForServerDeleted(nova, booted.id, wait);
    });
    volume = await waitForVolumeStatus(cinder, created.id, 'available', wait);
    server = await waitForServerStatus(nova, booted.id, 'ACTIVE', wait);
    expect(volume.attachments).toEqual([]);
  });

  it('attaches the volume through Nova; Cinder shows it in-use, attached to the server', async () => {
    const reserved = await attachServerVolume(nova, server.id, { volumeId: volume.id });
    expect(reserved).toMatchObject({ serverId: server.id, volumeId: volume.id });
    const attachment = await getVolumeAttachment(nova, server.id, volume.id);
    const inUse = await waitForVolumeStatus(cinder, volume.id, 'in-use', wait);
    expect(inUse.attachments).toEqual([expect.objectContaining({ server_id: server.id, volume_id: volume.id, device: attachment.device }) as unknown]);
    expect((await listVolumeAttachments(nova, server.id).all()).map((a) => a.volumeId)).toContain(volume.id);
  });

  it('detaches the volume through Nova; Cinder shows it available with no attachment', async () => {
    await detachServerVolume(nova, server.id, volume.id);
    await waitForVolumeDetached(nova, server.id, volume.id, wait);
    const available = await waitForVolumeStatus(cinder, volume.id, 'available', wait);
    expect(available.attachments).toEqual([]);
    const gone = await getVolumeAttachment(nova, server.id, volume.id).catch((error: unknown) => error);
    expect(isHttpError(gone, 404)).toBe(true);
  });
});
