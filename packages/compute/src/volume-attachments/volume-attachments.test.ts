import { describe, expect, it } from '@jest/globals';
import { isHttpError, isResponseError, isTimeoutError } from '@openstack-ts/core';
import { rejectionOf } from '@openstack-ts/core/testing';
import {
  attachVolume,
  detachVolume,
  getVolumeAttachment,
  listVolumeAttachments,
  updateVolumeAttachment,
  waitForVolumeDetached,
} from './index.js';
import * as fx from './volume-attachments.fixtures.js';
import { fakeNova as nova, inputRefusal, microversionRefusal } from '../fake-nova.fixtures.js';

// The recorded links and IDs come from the local cloud's Nova, so the fake cloud uses the same endpoint.

const SERVER = fx.attach.volumeAttachment.serverId;
const VOLUME = fx.attach.volumeAttachment.volumeId;
const OTHER = fx.attach21.volumeAttachment.volumeId;
const base = `servers/${SERVER}/os-volume_attachments`;

describe('volume attachments', () => {
  it('lists the attachments with the 2.89 fields', async () => {
    const cloud = nova();
    cloud.reply('GET', base, fx.list);
    const attachments = await listVolumeAttachments(cloud.client, SERVER).all();
    expect(cloud.lastRequest().headers['openstack-api-version']).toBe('compute 2.93');
    expect(cloud.lastRequest().query).toEqual({});
    expect(attachments.map((a) => a.volumeId)).toEqual([VOLUME, OTHER]);
    expect(attachments[0]).toEqual({
      volumeId: VOLUME,
      serverId: SERVER,
      device: '/dev/sdb',
      tag: 'data',
      delete_on_termination: false,
      attachment_id: '826027b8-b761-445d-a195-eda506c35830',
      bdm_uuid: 'ac55b888-9c28-4ada-bd1a-456feed0212d',
    });
    expect(attachments[0]?.id).toBeUndefined();
  });

  it('sends limit and offset and reads one window only', async () => {
    const cloud = nova();
    cloud.reply('GET', `${base}?limit=1&offset=1`, fx.listWindow);
    const attachments = await listVolumeAttachments(cloud.client, SERVER, { limit: 1, offset: 1 }).all();
    expect(cloud.serviceRequests()).toHaveLength(1);
    expect(cloud.lastRequest().query).toEqual({ limit: '1', offset: '1' });
    expect(attachments.map((a) => a.volumeId)).toEqual([VOLUME]);
  });

  it('reads the older shapes: id before 2.89, no tag before 2.70', async () => {
    const cloud = nova('2.1');
    cloud.reply('GET', base, fx.list21);
    const [first] = await listVolumeAttachments(cloud.client, SERVER).all();
    expect(cloud.lastRequest().headers['x-openstack-nova-api-version']).toBe('2.1');
    expect(first).toEqual({ id: VOLUME, volumeId: VOLUME, serverId: SERVER, device: '/dev/sdb' });
    const at279 = nova('2.79');
    at279.reply('GET', base, fx.list279);
    const [, second] = await listVolumeAttachments(at279.client, SERVER).all();
    expect(second).toEqual({ id: OTHER, volumeId: OTHER, serverId: SERVER, device: '/dev/sdc', tag: null, delete_on_termination: false });
  });

  it('shows one attachment', async () => {
    const cloud = nova();
    cloud.reply('GET', `${base}/${VOLUME}`, fx.get);
    const attachment = await getVolumeAttachment(cloud.client, SERVER, VOLUME);
    expect(cloud.lastRequest().method).toBe('GET');
    expect(attachment).toMatchObject({ volumeId: VOLUME, serverId: SERVER, tag: 'data', attachment_id: '826027b8-b761-445d-a195-eda506c35830' });
  });

  it('lists nothing once detached, and raises Nova\'s 404 for a volume that is not attached', async () => {
    const cloud = nova();
    const [server, volume] = ['669aaed0-060e-4bce-bc6e-c96591a7229a', 'f0df85b6-3269-471d-9d6a-3319d161cce7'];
    cloud.reply('GET', `servers/${server}/os-volume_attachments`, fx.listEmpty);
    cloud.reply('GET', `servers/${server}/os-volume_attachments/${volume}`, fx.notAttached, { status: 404 });
    expect(await listVolumeAttachments(cloud.client, server).all()).toEqual([]);
    const error = await rejectionOf(async () => getVolumeAttachment(cloud.client, server, volume));
    expect(isHttpError(error, 404)).toBe(true);
    expect((error as Error).message).toMatch(/is not attached to volume f0df85b6/);
  });

  it('attaches with a device, a tag and delete_on_termination', async () => {
    const cloud = nova();
    cloud.reply('POST', base, fx.attach);
    const input = { volumeId: VOLUME, device: '/dev/vdb', tag: 'data', delete_on_termination: false };
    const attachment = await attachVolume(cloud.client, SERVER, input);
    expect(cloud.lastRequest().method).toBe('POST');
    expect(cloud.lastRequest().json).toEqual({ volumeAttachment: input });
    expect(attachment).toEqual({ id: VOLUME, serverId: SERVER, volumeId: VOLUME, device: '/dev/sdb', tag: 'data', delete_on_termination: false });
  });

  it('attaches by volumeId alone at 2.1', async () => {
    const cloud = nova('2.1');
    cloud.reply('POST', base, fx.attach21);
    const attachment = await attachVolume(cloud.client, SERVER, { volumeId: OTHER });
    expect(cloud.lastRequest().json).toEqual({ volumeAttachment: { volumeId: OTHER } });
    expect(attachment?.device).toBe('/dev/sdc');
  });

  it('returns undefined for the bodiless 202 of microversion 2.101', async () => {
    const cloud = nova();
    cloud.reply('POST', base, undefined, { status: 202 });
    expect(await attachVolume(cloud.client, SERVER, { volumeId: VOLUME }, { microversion: '2.101' })).toBeUndefined();
    expect(cloud.lastRequest().headers['openstack-api-version']).toBe('compute 2.101');
  });

  it('says so when a 200 lacks the envelope', async () => {
    const cloud = nova();
    cloud.reply('POST', base, { attachment: {} });
    const error = await rejectionOf(async () => attachVolume(cloud.client, SERVER, { volumeId: VOLUME }));
    expect(isResponseError(error)).toBe(true);
    expect((error as Error).message).toMatch(/no "volumeAttachment" object/);
  });

  it('refuses a tag before 2.49 and delete_on_termination before 2.79 without sending', async () => {
    const cloud = nova('2.48');
    expect(await microversionRefusal(async () => attachVolume(cloud.client, SERVER, { volumeId: VOLUME, tag: 'data' }))).toBe(
      'A volume attachment tag requires compute microversion 2.49 or later; this call uses 2.48',
    );
    const at278 = nova('2.78');
    expect(await microversionRefusal(async () => attachVolume(at278.client, SERVER, { volumeId: VOLUME, delete_on_termination: true }))).toBe(
      'delete_on_termination when attaching a volume requires compute microversion 2.79 or later; this call uses 2.78',
    );
    expect(cloud.requests).toHaveLength(0);
    expect(at278.requests).toHaveLength(0);
  });

  it('updates delete_on_termination with a PUT that answers 202', async () => {
    const cloud = nova();
    cloud.reply('PUT', `${base}/${VOLUME}`, undefined, { status: 202 });
    await updateVolumeAttachment(cloud.client, SERVER, VOLUME, { volumeId: VOLUME, delete_on_termination: true });
    expect(cloud.lastRequest().method).toBe('PUT');
    expect(cloud.lastRequest().json).toEqual({ volumeAttachment: { volumeId: VOLUME, delete_on_termination: true } });
    cloud.reply('GET', `${base}/${VOLUME}`, fx.getAfterUpdate);
    expect((await getVolumeAttachment(cloud.client, SERVER, VOLUME)).delete_on_termination).toBe(true);
  });

  it('sends the fields 2.85 accepts for symmetry with the GET answer', async () => {
    const cloud = nova('2.85');
    cloud.reply('PUT', `${base}/${VOLUME}`, undefined, { status: 202 });
    const input = { volumeId: VOLUME, id: VOLUME, serverId: SERVER, device: '/dev/sdb', tag: 'data', delete_on_termination: false };
    await updateVolumeAttachment(cloud.client, SERVER, VOLUME, input);
    expect(cloud.lastRequest().json).toEqual({ volumeAttachment: input });
    expect(cloud.lastRequest().headers['openstack-api-version']).toBe('compute 2.85');
  });

  it('swaps volumes with another volumeId, and surfaces the policy refusal', async () => {
    const cloud = nova('2.1');
    cloud.reply('PUT', `${base}/${VOLUME}`, undefined, { status: 202 });
    await updateVolumeAttachment(cloud.client, SERVER, VOLUME, { volumeId: OTHER });
    expect(cloud.lastRequest().json).toEqual({ volumeAttachment: { volumeId: OTHER } });
    const member = nova();
    member.reply('PUT', `${base}/${OTHER}`, fx.swapForbidden, { status: 403 });
    const error = await rejectionOf(async () => updateVolumeAttachment(member.client, SERVER, OTHER, { volumeId: VOLUME }));
    expect(isHttpError(error, 403)).toBe(true);
    expect((error as Error).message).toMatch(/os-volumes-attachments:swap/);
  });

  it('refuses fields other than volumeId before 2.85 without sending', async () => {
    const cloud = nova('2.84');
    expect(await microversionRefusal(async () => updateVolumeAttachment(cloud.client, SERVER, VOLUME, { volumeId: VOLUME, delete_on_termination: true, tag: 'data' }))).toBe(
      'Updating delete_on_termination, tag of a volume attachment requires compute microversion 2.85 or later; this call uses 2.84',
    );
    expect(cloud.requests).toHaveLength(0);
  });

  it('detaches with a DELETE that answers 202', async () => {
    const cloud = nova();
    cloud.reply('DELETE', `${base}/${VOLUME}`, undefined, { status: 202 });
    await detachVolume(cloud.client, SERVER, VOLUME);
    expect(cloud.lastRequest().method).toBe('DELETE');
    expect(cloud.lastRequest().url).toBe(`http://127.0.0.1:8774/v2.1/${base}/${VOLUME}`);
  });

  it('waits until Nova no longer shows the attachment', async () => {
    const cloud = nova();
    cloud.replyOnce('GET', `${base}/${VOLUME}`, fx.get);
    cloud.replyOnce('GET', `${base}/${VOLUME}`, fx.notAttached, { status: 404 });
    const seen: unknown[] = [];
    await waitForVolumeDetached(cloud.client, SERVER, VOLUME, { intervalMs: 0, microversion: '2.89', onPoll: (attachment) => seen.push(attachment.volumeId) });
    expect(cloud.serviceRequests().map((r) => r.headers['openstack-api-version'])).toEqual(['compute 2.89', 'compute 2.89']);
    expect(seen).toEqual([fx.get.volumeAttachment.volumeId]);
  });

  it('gives up waiting at the timeout, and passes other errors through', async () => {
    const cloud = nova();
    cloud.reply('GET', `${base}/${VOLUME}`, fx.get);
    const timeout = await rejectionOf(async () => waitForVolumeDetached(cloud.client, SERVER, VOLUME, { intervalMs: 1, timeoutMs: 20 }));
    expect(isTimeoutError(timeout)).toBe(true);
    const denied = nova();
    denied.reply('GET', `${base}/${VOLUME}`, fx.swapForbidden, { status: 403 });
    expect(isHttpError(await rejectionOf(async () => waitForVolumeDetached(denied.client, SERVER, VOLUME, { intervalMs: 0 })), 403)).toBe(true);
  });

  it('rejects empty IDs before sending', async () => {
    const cloud = nova();
    expect(await inputRefusal(async () => attachVolume(cloud.client, SERVER, { volumeId: '' }))).toMatchObject({ name: 'InvalidInputError', field: 'volumeId' });
    expect(await inputRefusal(() => listVolumeAttachments(cloud.client, ''))).toMatchObject({ name: 'InvalidInputError', field: 'serverId' });
    expect(await inputRefusal(async () => getVolumeAttachment(cloud.client, SERVER, ''))).toMatchObject({ name: 'InvalidInputError', field: 'volumeId', message: expect.stringMatching(/volumeId must be a non-empty string/) });
    expect(await inputRefusal(async () => detachVolume(cloud.client, '', VOLUME))).toMatchObject({ name: 'InvalidInputError', field: 'serverId', message: expect.stringMatching(/serverId must be a non-empty string/) });
    expect(cloud.requests).toHaveLength(0);
  });
});
