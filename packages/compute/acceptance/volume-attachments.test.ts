import { randomUUID } from 'node:crypto';
import { expect, it } from '@jest/globals';
import { adminProvider, describeAsAdmin, describeWithService, memberProvider, uniqueName, useCleanup, type Cleanup } from '@openstack-ts/acceptance';
import { createServiceClient, isHttpError, waitFor, type ServiceClient } from '@openstack-ts/core';
import { rejectionOf } from '@openstack-ts/core/testing';
import { createComputeClient, type ComputeClient } from '../src/client.js';
import type { Server } from '../src/servers/index.js';
import {
  attachVolume,
  detachVolume,
  getVolumeAttachment,
  listVolumeAttachments,
  updateVolumeAttachment,
  waitForVolumeDetached,
} from '../src/volume-attachments/index.js';
import { bootServer, memberCompute } from './helpers.js';

// Volumes come from Cinder, which has no package yet: raw requests through core.
interface CinderVolume {
  id: string;
  name: string;
  status: string;
  attachments: { server_id: string; attachment_id: string }[];
}

const volumePath = (id: string): string => `volumes/${encodeURIComponent(id)}`;

async function getVolume(cinder: ServiceClient, id: string, signal?: AbortSignal): Promise<CinderVolume> {
  return cinder.request<CinderVolume>({ method: 'GET', path: volumePath(id), unwrap: 'volume' }, { signal });
}

async function waitForVolume(cinder: ServiceClient, id: string, status: string): Promise<CinderVolume> {
  return waitFor(
    async (signal) => {
      const volume = await getVolume(cinder, id, signal);
      if (volume.status === status) return volume;
      if (volume.status.startsWith('error')) throw new Error(`volume ${id} went to ${volume.status} instead of ${status}`);
      return undefined;
    },
    { intervalMs: 1000, timeoutMs: 120_000, description: `volume ${id} to be ${status}` },
  );
}

/**
 * Creates a 1 GiB volume and waits until it is available. Its cleanup detaches it from any server
 * first (a test that failed midway may leave it attached), then deletes it and waits until it is gone.
 */
async function createVolume(cinder: ServiceClient, compute: ComputeClient, cleanup: Cleanup): Promise<string> {
  const name = uniqueName('volume');
  const { id } = await cinder.request<CinderVolume>({ method: 'POST', path: 'volumes', json: { volume: { size: 1, name } }, expectStatus: [202], unwrap: 'volume' });
  cleanup.add(`volume ${name}`, async () => {
    const volume = await getVolume(cinder, id);
    for (const attachment of volume.attachments) await detachVolume(compute, attachment.server_id, id);
    if (volume.status !== 'available' && !volume.status.startsWith('error')) await waitForVolume(cinder, id, 'available');
    await cinder.execute({ method: 'DELETE', path: volumePath(id), expectStatus: [202] });
    await waitFor(
      async (signal) => getVolume(cinder, id, signal).then(() => undefined, (error: unknown) => {
        if (isHttpError(error, 404)) return true;
        throw error;
      }),
      { intervalMs: 1000, timeoutMs: 120_000, description: `volume ${id} to be deleted` },
    );
  });
  await waitForVolume(cinder, id, 'available');
  return id;
}

describeWithService('compute', 'volume attachments against the real Nova', () => {
  const cleanup = useCleanup();
  let compute: ComputeClient;
  let cinder: ServiceClient;
  let server: Server;
  let volumeId: string;

  it('attaches a Cinder volume with a tag and delete_on_termination; Cinder shows it in-use', async () => {
    compute = await memberCompute();
    cinder = await createServiceClient(await memberProvider(), { type: 'block-storage' });
    server = await bootServer(compute, cleanup);
    volumeId = await createVolume(cinder, compute, cleanup);
    const attachment = await attachVolume(compute, server.id, { volumeId, device: '/dev/vdb', tag: 'data', delete_on_termination: false });
    expect(attachment).toMatchObject({ id: volumeId, volumeId, serverId: server.id, tag: 'data', delete_on_termination: false });
    const volume = await waitForVolume(cinder, volumeId, 'in-use');
    expect(volume.attachments.map((a) => a.server_id)).toEqual([server.id]);
  });

  it('lists and shows the attachment with the Cinder attachment ID (2.89)', async () => {
    const [cinderAttachment] = (await getVolume(cinder, volumeId)).attachments;
    const listed = await listVolumeAttachments(compute, server.id).all();
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatchObject({ volumeId, serverId: server.id, tag: 'data', delete_on_termination: false, attachment_id: cinderAttachment?.attachment_id });
    expect(typeof listed[0]?.bdm_uuid).toBe('string');
    expect(listed[0]?.id).toBeUndefined();
    expect(await getVolumeAttachment(compute, server.id, volumeId)).toEqual(listed[0]);
    // Before 2.89 the volume's ID doubles as the attachment's.
    expect((await getVolumeAttachment(compute, server.id, volumeId, { microversion: '2.79' })).id).toBe(volumeId);
  });

  it('pages over block device mappings, the root disk included', async () => {
    // The image-booted server's root disk is mapping 0: a window of one holds no volume.
    expect(await listVolumeAttachments(compute, server.id, { limit: 1 }).all()).toEqual([]);
    expect((await listVolumeAttachments(compute, server.id, { limit: 1, offset: 1 }).all()).map((a) => a.volumeId)).toEqual([volumeId]);
    expect(await listVolumeAttachments(compute, server.id, { offset: 2 }).all()).toEqual([]);
  });

  it('sets delete_on_termination (2.85)', async () => {
    await updateVolumeAttachment(compute, server.id, volumeId, { volumeId, delete_on_termination: true });
    expect((await getVolumeAttachment(compute, server.id, volumeId)).delete_on_termination).toBe(true);
    await updateVolumeAttachment(compute, server.id, volumeId, { volumeId, delete_on_termination: false });
    expect((await getVolumeAttachment(compute, server.id, volumeId)).delete_on_termination).toBe(false);
  });

  it('refuses a member\'s swap by policy, and a change of an immutable field', async () => {
    const swap = await rejectionOf(async () => updateVolumeAttachment(compute, server.id, volumeId, { volumeId: randomUUID() }));
    expect(isHttpError(swap, 403)).toBe(true);
    expect((swap as Error).message).toMatch(/os-volumes-attachments:swap/);
    const tag = await rejectionOf(async () => updateVolumeAttachment(compute, server.id, volumeId, { volumeId, tag: 'other' }));
    expect(isHttpError(tag, 400)).toBe(true);
    expect((tag as Error).message).toMatch(/The tag property is not mutable/);
  });

  describeAsAdmin('as admin', () => {
    it('passes the swap policy and has Nova look up the new volume', async () => {
      // A real swap outside Cinder's volume migration leaves Zed's Nova with a mapping it cannot
      // detach, so the test swaps to a volume that does not exist: Nova refuses it only after the
      // policy check and the lookup of the attached volume.
      const admin = await createComputeClient(await adminProvider());
      const missing = randomUUID();
      const error = await rejectionOf(async () => updateVolumeAttachment(admin, server.id, volumeId, { volumeId: missing }));
      if (isHttpError(error, 409)) {
        // Newer Nova releases accept a swap only from Cinder's volume migration.
        expect((error as Error).message).toMatch(/is not migrating/);
        return;
      }
      expect(isHttpError(error, 400)).toBe(true);
      expect((error as Error).message).toMatch(new RegExp(`Volume ${missing} could not be found`));
      expect((await getVolumeAttachment(compute, server.id, volumeId)).volumeId).toBe(volumeId);
    });
  });

  it('attaches a second volume by ID alone, detaches it, and Cinder makes it available', async () => {
    // The tagged volume stays attached until the server goes: the local cloud's fake driver keeps no
    // device metadata, and Zed's compute fails to detach a tagged volume without it (Cinder frees it
    // while Nova keeps the mapping).
    const otherId = await createVolume(cinder, compute, cleanup);
    const attachment = await attachVolume(compute, server.id, { volumeId: otherId });
    expect(attachment).toMatchObject({ id: otherId, volumeId: otherId, serverId: server.id, tag: null, delete_on_termination: false });
    await waitForVolume(cinder, otherId, 'in-use');
    expect((await listVolumeAttachments(compute, server.id).all()).map((a) => a.volumeId).sort()).toEqual([volumeId, otherId].sort());
    await detachVolume(compute, server.id, otherId);
    await waitForVolumeDetached(compute, server.id, otherId, { intervalMs: 1000, timeoutMs: 120_000 });
    expect((await listVolumeAttachments(compute, server.id).all()).map((a) => a.volumeId)).toEqual([volumeId]);
    expect((await waitForVolume(cinder, otherId, 'available')).attachments).toEqual([]);
    const again = await rejectionOf(async () => detachVolume(compute, server.id, otherId));
    expect(isHttpError(again, 404)).toBe(true);
  });
});
