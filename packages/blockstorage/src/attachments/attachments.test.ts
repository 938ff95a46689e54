import { describe, expect, it } from '@jest/globals';
import { isHttpError } from '@openstack-ts/core';
import { rejectionOf } from '@openstack-ts/core/testing';
import {
  completeAttachment,
  createAttachment,
  deleteAttachment,
  getAttachment,
  listAttachmentSummaries,
  listAttachments,
  updateAttachment,
} from './index.js';
import * as fx from './attachments.fixtures.js';
import { fakeCinder as cinder, inputRefusal, microversionRefusal } from '../fake-cinder.fixtures.js';

const id = fx.create.attachment.id;
const volumeId = fx.create.attachment.volume_id;
const serverId = fx.create.attachment.instance;
const connector = { initiator: 'iqn.1993-08.org.debian:01:osts', ip: '127.0.0.1', platform: 'x86_64', host: 'osts-host', os_type: 'linux', multipath: false, mountpoint: '/dev/vdb' };

describe('attachments', () => {
  it('reserves a volume for a server: no connector, no connection info yet', async () => {
    const cloud = cinder();
    cloud.reply('POST', 'attachments', fx.create);
    const attachment = await createAttachment(cloud.client, { volume_uuid: volumeId, instance_uuid: serverId });
    expect(attachment).toMatchObject({ id, status: 'reserved', instance: serverId, volume_id: volumeId, attach_mode: 'null', attached_at: '', connection_info: {} });
    expect(cloud.lastRequest().json).toEqual({ attachment: { volume_uuid: volumeId, instance_uuid: serverId } });
    expect(cloud.lastRequest().headers['openstack-api-version']).toBe('volume 3.70');
  });

  it("creates with a connector and a mode: the fake driver's connection info", async () => {
    const cloud = cinder();
    cloud.reply('POST', 'attachments', fx.createConnected);
    const attachment = await createAttachment(cloud.client, { volume_uuid: volumeId, instance_uuid: serverId, connector, mode: 'rw' });
    expect(attachment.attach_mode).toBe('rw');
    expect(attachment.connection_info).toMatchObject({ driver_volume_type: 'iscsi', access_mode: 'rw', attachment_id: attachment.id });
    expect(cloud.lastRequest().json).toEqual({ attachment: { volume_uuid: volumeId, instance_uuid: serverId, connector, mode: 'rw' } });
  });

  it('refuses before sending: below 3.27, a mode below 3.54, no volume_uuid', async () => {
    const old = cinder('3.26');
    expect(await microversionRefusal(async () => createAttachment(old.client, { volume_uuid: volumeId }))).toBe('The attachments API requires block-storage microversion 3.27 or later; this call uses 3.26');
    expect(await microversionRefusal(() => listAttachments(old.client))).toMatch(/3\.27/);
    expect(await microversionRefusal(async () => getAttachment(old.client, id))).toMatch(/3\.27/);
    expect(await microversionRefusal(async () => updateAttachment(old.client, id, connector))).toMatch(/3\.27/);
    expect(await microversionRefusal(async () => deleteAttachment(old.client, id))).toMatch(/3\.27/);
    expect(await microversionRefusal(async () => createAttachment(old.client, { volume_uuid: volumeId, mode: 'ro' }, { microversion: '3.53' }))).toMatch(/^The attach mode requires block-storage microversion 3\.54/);
    expect(await microversionRefusal(async () => completeAttachment(old.client, id, { microversion: '3.43' }))).toBe('Completing an attachment requires block-storage microversion 3.44 or later; this call uses 3.43');
    expect(old.requests).toHaveLength(0);
    expect(fx.list326.itemNotFound.code).toBe(404); // what Cinder answers below 3.27
    const cloud = cinder();
    expect((await inputRefusal(async () => createAttachment(cloud.client, { instance_uuid: serverId } as never))).field).toBe('volume_uuid');
    expect((await inputRefusal(async () => updateAttachment(cloud.client, id, null as never))).field).toBe('connector');
    expect(cloud.requests).toHaveLength(0);
  });

  it("surfaces Cinder's 404 for a missing volume", async () => {
    const cloud = cinder();
    cloud.reply('POST', 'attachments', fx.createMissing, { status: 404 });
    const error = await rejectionOf(async () => createAttachment(cloud.client, { volume_uuid: '00000000-0000-4000-8000-000000000000' }));
    expect(isHttpError(error, 404)).toBe(true);
    expect((error as Error).message).toContain('Volume 00000000-0000-4000-8000-000000000000 could not be found.');
  });

  it('gives a reserved attachment its connector, then completes it (204)', async () => {
    const cloud = cinder();
    cloud.reply('PUT', `attachments/${id}`, fx.update);
    const updated = await updateAttachment(cloud.client, id, connector);
    expect(updated.connection_info).toMatchObject({ driver_volume_type: 'iscsi', attachment_id: id });
    expect(cloud.lastRequest().json).toEqual({ attachment: { connector } });
    cloud.reply('POST', `attachments/${id}/action`, undefined, { status: 204 });
    await completeAttachment(cloud.client, id);
    expect(cloud.lastRequest().json).toEqual({ 'os-complete': {} });
    cloud.reply('GET', `attachments/${id}`, fx.get);
    expect(await getAttachment(cloud.client, id)).toMatchObject({ id, status: 'attached', attach_mode: 'rw', attached_at: fx.get.attachment.attached_at });
    expect(fx.volumeInUse.volume.attachments[0]).toMatchObject({ attachment_id: id, server_id: serverId, device: '/dev/vdb' });
  });

  it("surfaces Cinder's 500 for a connector another attachment of the volume has", async () => {
    const cloud = cinder();
    cloud.reply('PUT', `attachments/${id}`, fx.updateDuplicate, { status: 500 });
    const error = await rejectionOf(async () => updateAttachment(cloud.client, id, connector));
    expect(isHttpError(error, 500)).toBe(true);
    expect((error as Error).message).toContain('duplicate connectors detected');
  });

  it('lists details page by page with marker = the last ID, as Cinder sends no links', async () => {
    const cloud = cinder();
    const first = fx.page1.attachments[0]?.id ?? '';
    const second = fx.page2.attachments[0]?.id ?? '';
    cloud.reply('GET', `attachments/detail?volume_id=${volumeId}&limit=1&sort=id%3Aasc`, fx.page1);
    cloud.reply('GET', `attachments/detail?volume_id=${volumeId}&limit=1&sort=id%3Aasc&marker=${first}`, fx.page2);
    cloud.reply('GET', `attachments/detail?volume_id=${volumeId}&limit=1&sort=id%3Aasc&marker=${second}`, fx.page3);
    const all = await listAttachments(cloud.client, { volume_id: volumeId, limit: 1, sort: 'id:asc' }).all();
    expect(all.map((a) => [a.id, a.status])).toEqual([[first, 'attached'], [second, 'reserved']]);
    cloud.reply('GET', `attachments?volume_id=${volumeId}`, fx.listSummaries);
    // Without a limit the server's page size applies: the page after the last ID (empty) ends the listing.
    cloud.reply('GET', `attachments?volume_id=${volumeId}&marker=${fx.listSummaries.attachments[1]?.id ?? ''}`, { attachments: [] });
    const summaries = await listAttachmentSummaries(cloud.client, { volume_id: volumeId }).all();
    expect(Object.keys(summaries[0] ?? {}).sort()).toEqual(['id', 'instance', 'status', 'volume_id']);
    cloud.reply('GET', 'attachments?instance=x', fx.filterRefused, { status: 400 });
    expect(isHttpError(await rejectionOf(() => listAttachmentSummaries(cloud.client, { instance: 'x' } as never)), 400)).toBe(true);
    expect((await inputRefusal(() => listAttachments(cloud.client, { sort: 'id', sort_key: 'id' }))).field).toBe('sort');
  });

  it('deletes an attachment (200, with the volume’s other attachments, which it ignores)', async () => {
    const cloud = cinder();
    cloud.reply('DELETE', `attachments/${id}`, fx.deleteOther);
    await expect(deleteAttachment(cloud.client, id)).resolves.toBeUndefined();
    expect(cloud.lastRequest().method).toBe('DELETE');
  });
});
