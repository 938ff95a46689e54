/**
 * Shared set-up for block storage acceptance tests: the member's and admin's clients, and test
 * volumes that are deleted (and waited for) in the file's cleanup.
 */
import { adminProvider, memberProvider, uniqueName, type Cleanup } from '@openstack-ts/acceptance';
import { createServiceClient, findIdByName, nextPages, paginate } from '@openstack-ts/core';
import { createBlockStorageClient, type BlockStorageClient } from '../src/client.js';
import { createVolume, deleteVolume, waitForVolumeDeleted, waitForVolumeStatus, type CreateVolumeInput, type Volume } from '../src/volumes/index.js';

/** The image volumes are made from: the local cloud's seed, or OSTS_IMAGE. */
export const TEST_IMAGE = process.env.OSTS_IMAGE ?? 'cirros-fake';

/** The ID of the test image, looked up in Glance. */
export async function testImageId(): Promise<string> {
  const image = await createServiceClient(await memberProvider(), { type: 'image' });
  return findIdByName(paginate<{ id: string; name: string }>(image, { path: 'v2/images', query: { name: TEST_IMAGE }, itemsKey: 'images', strategy: nextPages('next') }), TEST_IMAGE, 'image');
}

/** The member's block storage client (negotiated microversion). */
export async function memberBlockStorage(): Promise<BlockStorageClient> {
  return createBlockStorageClient(await memberProvider());
}

/** The admin's block storage client (negotiated microversion). */
export async function adminBlockStorage(): Promise<BlockStorageClient> {
  return createBlockStorageClient(await adminProvider());
}

/** Registers the deletion of a volume (with its snapshots), and the wait for it, with `cleanup`. */
export function deleteInCleanup(client: BlockStorageClient, cleanup: Cleanup, id: string, what = `volume ${id}`): void {
  cleanup.add(what, async () => {
    await deleteVolume(client, id, { cascade: true });
    await waitForVolumeDeleted(client, id, { intervalMs: 1000, timeoutMs: 120_000 });
  });
}

/**
 * Creates a volume (1 GiB unless `input` says otherwise) and waits until it is available. Its
 * deletion, and the wait for it, are registered with `cleanup` first.
 */
export async function createTestVolume(client: BlockStorageClient, cleanup: Cleanup, input: CreateVolumeInput = {}): Promise<Volume> {
  const name = uniqueName('volume');
  const created = await createVolume(client, { size: 1, name, ...input });
  deleteInCleanup(client, cleanup, created.id, `volume ${name}`);
  return waitForVolumeStatus(client, created.id, 'available', { intervalMs: 1000, timeoutMs: 120_000 });
}
