import { expect, it } from '@jest/globals';
import { describeWithService, useCleanup } from '@openstack-ts/acceptance';
import { isHttpError } from '@openstack-ts/core';
import { rejectionOf } from '@openstack-ts/core/testing';
import { randomUUID } from 'node:crypto';
import type { BlockStorageClient } from '../src/client.js';
import {
  completeAttachment,
  createAttachment,
  deleteAttachment,
  getAttachment,
  listAttachmentSummaries,
  listAttachments,
  updateAttachment,
  type Attachment,
} from '../src/attachments/index.js';
import { getVolume, waitForVolumeStatus, type Volume } from '../src/volumes/index.js';
import { createTestVolume, memberBlockStorage } from './helpers.js';

/** A connector written by hand: the local cloud has no compute host whose os-brick could report one. */
const connector = { initiator: 'iqn.1993-08.org.debian:01:osts-acceptance', ip: '127.0.0.1', platform: 'x86_64', host: 'osts-acceptance', os_type: 'linux', multipath: false, mountpoint: '/dev/vdb' };

describeWithService('block-storage', 'attachments (3.27+) against the real Cinder, with a made-up server and connector', () => {
  const cleanup = useCleanup();
  let cinder: BlockStorageClient;
  let volume: Volume;
  let attachment: Attachment;
  const server = randomUUID();

  /** Creates an attachment, registering its deletion first (the volume's is registered before). */
  async function attach(input: Parameters<typeof createAttachment>[1]): Promise<Attachment> {
    const created = await createAttachment(cinder, input);
    cleanup.add(`attachment ${created.id}`, async () => {
      try {
        await deleteAttachment(cinder, created.id);
      } catch (error) {
        if (!isHttpError(error, 404)) throw error;
      }
    });
    return created;
  }

  it('reserves the volume for a server: no connector, no connection info', async () => {
    cinder = await memberBlockStorage();
    volume = await createTestVolume(cinder, cleanup);
    attachment = await attach({ volume_uuid: volume.id, instance_uuid: server });
    expect(attachment).toMatchObject({ status: 'reserved', instance: server, volume_id: volume.id, attach_mode: 'null', connection_info: {} });
    expect((await getVolume(cinder, volume.id)).status).toBe('reserved');
  });

  it("gives it a connector: the fake driver's connection info", async () => {
    const updated = await updateAttachment(cinder, attachment.id, connector);
    expect(updated.status).toBe('reserved'); // the answer predates the status change
    expect((await getAttachment(cinder, attachment.id)).status).toBe('attaching');
    expect(updated.connection_info).toMatchObject({ driver_volume_type: 'iscsi', access_mode: 'rw', attachment_id: attachment.id });
  });

  it('completes it: attached, the volume in-use with the mountpoint as device', async () => {
    await completeAttachment(cinder, attachment.id);
    expect(await getAttachment(cinder, attachment.id)).toMatchObject({ status: 'attached', attach_mode: 'rw' });
    const inUse = await getVolume(cinder, volume.id);
    expect(inUse.status).toBe('in-use');
    expect(inUse.attachments).toEqual([expect.objectContaining({ attachment_id: attachment.id, server_id: server, device: '/dev/vdb' })]);
  });

  it('refuses a second attachment with the same connector (500 "duplicate connectors")', async () => {
    const second = await attach({ volume_uuid: volume.id, instance_uuid: server, mode: 'ro' });
    expect(second).toMatchObject({ status: 'reserved', attach_mode: 'ro' });
    const error = await rejectionOf(async () => updateAttachment(cinder, second.id, connector));
    expect(isHttpError(error, 500)).toBe(true);
    expect((error as Error).message).toContain('duplicate connectors detected');
  });

  it('lists page by page (marker = last ID, no links) and summaries; refuses filters members lack', async () => {
    const pages: string[][] = [];
    for await (const page of listAttachments(cinder, { volume_id: volume.id, limit: 1, sort: 'created_at:asc' }).byPage()) pages.push(page.map((a) => a.id));
    expect(pages.length).toBeGreaterThanOrEqual(2);
    expect(pages.flat()).toHaveLength(2);
    expect(pages.flat()).toContain(attachment.id);
    const summaries = await listAttachmentSummaries(cinder, { volume_id: volume.id, attach_status: 'attached', instance_id: server }).all();
    expect(summaries).toEqual([{ id: attachment.id, status: 'attached', instance: server, volume_id: volume.id }]);
    // Zed accepts the status filter but it matches nothing: attach_status is the one that works.
    expect(await listAttachmentSummaries(cinder, { volume_id: volume.id, status: 'attached' }).all()).toEqual([]);
    const refused = await rejectionOf(() => listAttachmentSummaries(cinder, { project_id: 'x' }));
    expect(isHttpError(refused, 400)).toBe(true);
  });

  it("surfaces Cinder's 404 for a missing volume", async () => {
    expect(isHttpError(await rejectionOf(async () => createAttachment(cinder, { volume_uuid: randomUUID(), instance_uuid: server })), 404)).toBe(true);
  });

  it('deletes the attachments: the volume is available again', async () => {
    for (const summary of await listAttachmentSummaries(cinder, { volume_id: volume.id }).all()) await deleteAttachment(cinder, summary.id);
    expect(isHttpError(await rejectionOf(async () => getAttachment(cinder, attachment.id)), 404)).toBe(true);
    expect((await waitForVolumeStatus(cinder, volume.id, 'available', { intervalMs: 1000, timeoutMs: 60_000 })).attachments).toEqual([]);
  });
});
