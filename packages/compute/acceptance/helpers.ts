/**
 * Shared set-up for compute acceptance tests: the member's compute client, and a booted server
 * that is deleted (and waited for) in the file's cleanup.
 */
import { memberProvider, uniqueName, type Cleanup } from '@openstack-ts/acceptance';
import { createServiceClient, findIdByName, nextPages, paginate } from '@openstack-ts/core';
import { createComputeClient, type ComputeClient } from '../src/client.js';
import { findFlavorId } from '../src/flavors/index.js';
import { createServer, deleteServer, waitForServerDeleted, waitForServerStatus, type CreateServerInput, type Server } from '../src/servers/index.js';

/** The image and flavor every test server uses: the local cloud's seeds, or OSTS_IMAGE / OSTS_FLAVOR. */
export const TEST_IMAGE = process.env.OSTS_IMAGE ?? 'cirros-fake';
export const TEST_FLAVOR = process.env.OSTS_FLAVOR ?? 'm1.tiny';

/** The member's compute client (negotiated microversion). */
export async function memberCompute(): Promise<ComputeClient> {
  return createComputeClient(await memberProvider());
}

/** The ID of the test image, looked up in Glance. */
export async function testImageId(): Promise<string> {
  const image = await createServiceClient(await memberProvider(), { type: 'image' });
  return findIdByName(paginate<{ id: string; name: string }>(image, { path: 'v2/images', query: { name: TEST_IMAGE }, itemsKey: 'images', strategy: nextPages('next') }), TEST_IMAGE, 'image');
}

/**
 * Boots a server (no network unless `input.networks` says otherwise) and waits until it is ACTIVE.
 * Its deletion, and the wait for it, are registered with `cleanup` first.
 */
export async function bootServer(compute: ComputeClient, cleanup: Cleanup, input: Partial<CreateServerInput> = {}): Promise<Server> {
  const name = uniqueName('server');
  const created = await createServer(compute, {
    name,
    flavorRef: (await findFlavorId(compute, TEST_FLAVOR)).id,
    imageRef: await testImageId(),
    networks: 'none',
    ...input,
  });
  cleanup.add(`server ${name}`, async () => {
    await deleteServer(compute, created.id);
    await waitForServerDeleted(compute, created.id, { intervalMs: 1000, timeoutMs: 120_000 });
  });
  return waitForServerStatus(compute, created.id, 'ACTIVE', { intervalMs: 1000, timeoutMs: 180_000 });
}
