import { describe, expect, it } from '@jest/globals';
import { isHttpError } from '@openstack-ts/core';
import { rejectionOf } from '@openstack-ts/core/testing';
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
  type AttachVolumeInput,
} from './index.js';
import * as fx from './volume-actions.fixtures.js';
import { fakeCinder as cinder, inputRefusal, microversionRefusal } from '../fake-cinder.fixtures.js';

const id = fx.volumeId;
const action = `volumes/${id}/action`;
const connector = { initiator: 'iqn.1993-08.org.debian:01:rec', host: 'rec-host', ip: '127.0.0.1', multipath: false, platform: 'x86_64', os_type: 'linux' };

describe('actions without an answer body', () => {
  const cases: [string, (c: ReturnType<typeof cinder>['client']) => Promise<void>, unknown, number][] = [
    ['retype', async (c) => retypeVolume(c, id, { new_type: 'rec-type', migration_policy: 'on-demand' }), { 'os-retype': { new_type: 'rec-type', migration_policy: 'on-demand' } }, 202],
    ['attach to a host', async (c) => attachVolume(c, id, { host_name: 'rec-host', mountpoint: '/dev/vdb', mode: 'ro' }), { 'os-attach': { host_name: 'rec-host', mountpoint: '/dev/vdb', mode: 'ro' } }, 202],
    ['attach to a server', async (c) => attachVolume(c, id, { instance_uuid: 's', mountpoint: '/dev/vdb' }), { 'os-attach': { instance_uuid: 's', mountpoint: '/dev/vdb' } }, 202],
    ['detach one attachment', async (c) => detachVolume(c, id, 'att'), { 'os-detach': { attachment_id: 'att' } }, 202],
    ['detach the only attachment', async (c) => detachVolume(c, id), { 'os-detach': {} }, 202],
    ['reserve', async (c) => reserveVolume(c, id), { 'os-reserve': null }, 202],
    ['unreserve', async (c) => unreserveVolume(c, id), { 'os-unreserve': null }, 202],
    ['begin detaching', async (c) => beginDetachingVolume(c, id), { 'os-begin_detaching': null }, 202],
    ['roll detaching', async (c) => rollDetachingVolume(c, id), { 'os-roll_detaching': null }, 202],
    ['terminate a connection', async (c) => terminateVolumeConnection(c, id, connector), { 'os-terminate_connection': { connector } }, 202],
    ['force detach', async (c) => forceDetachVolume(c, id, { attachment_id: 'att', connector: { host: 'h' } }), { 'os-force_detach': { attachment_id: 'att', connector: { host: 'h' } } }, 202],
    ['force detach everything', async (c) => forceDetachVolume(c, id), { 'os-force_detach': {} }, 202],
    ['revert to a snapshot', async (c) => revertVolumeToSnapshot(c, id, 'snap'), { revert: { snapshot_id: 'snap' } }, 202],
    ['unset an image metadata item', async (c) => unsetVolumeImageMetadata(c, id, 'rec'), { 'os-unset_image_metadata': { key: 'rec' } }, 200],
  ];
  it.each(cases)('%s: POSTs the action and resolves on its status', async (_name, call, body, status) => {
    const cloud = cinder();
    cloud.handle('POST', action, () => ({ status }));
    await expect(call(cloud.client)).resolves.toBeUndefined();
    const request = cloud.lastRequest();
    expect(request.json).toEqual(body);
    expect(request.headers['openstack-api-version']).toBe('volume 3.70');
  });
});

describe('actions with an answer', () => {
  it('initializes a connection and returns connection_info', async () => {
    const cloud = cinder();
    cloud.reply('POST', action, fx.initializeConnection);
    expect(await initializeVolumeConnection(cloud.client, id, connector)).toEqual(fx.initializeConnection.connection_info);
    expect(cloud.lastRequest().json).toEqual({ 'os-initialize_connection': { connector } });
  });

  it('uploads to an image and returns the upload', async () => {
    const cloud = cinder();
    cloud.handle('POST', action, () => ({ status: 202, body: fx.uploadImage }));
    const input = { image_name: 'rec-upload', disk_format: 'raw', container_format: 'bare', force: false, visibility: 'private', protected: false };
    const upload = await uploadVolumeToImage(cloud.client, id, input);
    expect(upload).toMatchObject({ image_id: 'cdfe1a8e-efbf-4f19-9292-7ea19136b68b', status: 'uploading', visibility: 'private' });
    expect(cloud.lastRequest().json).toEqual({ 'os-volume_upload_image': input });
  });

  it('sets, shows image metadata', async () => {
    const cloud = cinder();
    cloud.reply('POST', action, fx.setImageMetadata);
    expect(await setVolumeImageMetadata(cloud.client, id, { os_distro: 'cirros', rec: '1' })).toEqual({ os_distro: 'cirros', rec: '1' });
    expect(cloud.lastRequest().json).toEqual({ 'os-set_image_metadata': { metadata: { os_distro: 'cirros', rec: '1' } } });
    const shown = cinder();
    shown.reply('POST', action, fx.showImageMetadata);
    expect(await getVolumeImageMetadata(shown.client, id)).toEqual({ os_distro: 'cirros' });
    expect(shown.lastRequest().json).toEqual({ 'os-show_image_metadata': null });
  });
});

describe('refusals', () => {
  it("passes Cinder's refusals on as HTTP errors", async () => {
    const cloud = cinder();
    cloud.handle('POST', action, (request) => {
      const key = Object.keys(request.json as object)[0];
      if (key === 'os-retype') return { status: 400, body: fx.retypeSameType };
      if (key === 'os-begin_detaching') return { status: 400, body: fx.beginDetachingAvailable };
      return { status: 403, body: fx.forceDetachForbidden };
    });
    const retype = await rejectionOf(async () => retypeVolume(cloud.client, id, { new_type: '__DEFAULT__', migration_policy: 'never' }));
    expect(isHttpError(retype) && retype.status).toBe(400);
    expect((retype as Error).message).toMatch(/requested type has to be different/);
    const begin = await rejectionOf(async () => beginDetachingVolume(cloud.client, id));
    expect(isHttpError(begin) && begin.status).toBe(400);
    const force = await rejectionOf(async () => forceDetachVolume(cloud.client, id, { attachment_id: 'a' }));
    expect(isHttpError(force) && force.status).toBe(403);
  });

  it('refuses bad input before sending', async () => {
    const cloud = cinder();
    expect(await inputRefusal(async () => retypeVolume(cloud.client, id, { new_type: '' }))).toMatchObject({ field: 'new_type' });
    expect(await inputRefusal(async () => attachVolume(cloud.client, id, { mountpoint: '/dev/vdb' }))).toMatchObject({ field: 'instance_uuid' });
    const both: AttachVolumeInput = { instance_uuid: 's', host_name: 'h', mountpoint: '/dev/vdb' };
    expect(await inputRefusal(async () => attachVolume(cloud.client, id, both))).toMatchObject({ message: 'An attachment needs either instance_uuid or host_name' });
    expect(await inputRefusal(async () => attachVolume(cloud.client, id, { host_name: 'h', mountpoint: '' }))).toMatchObject({ field: 'mountpoint' });
    expect(await inputRefusal(async () => initializeVolumeConnection(cloud.client, id, null as never))).toMatchObject({ field: 'connector' });
    expect(await inputRefusal(async () => uploadVolumeToImage(cloud.client, id, { image_name: '' }))).toMatchObject({ field: 'image_name' });
    expect(await inputRefusal(async () => setVolumeImageMetadata(cloud.client, id, { a: 1 as never }))).toMatchObject({ field: 'metadata' });
    expect(await inputRefusal(async () => unsetVolumeImageMetadata(cloud.client, id, ''))).toMatchObject({ field: 'key' });
    expect(await inputRefusal(async () => revertVolumeToSnapshot(cloud.client, id, ''))).toMatchObject({ field: 'snapshotId' });
    expect(cloud.serviceRequests()).toEqual([]);
  });

  it('refuses what the microversion lacks before sending', async () => {
    const cloud = cinder('3.0');
    expect(await microversionRefusal(async () => revertVolumeToSnapshot(cloud.client, id, 's'))).toBe(
      'Reverting a volume to a snapshot requires block-storage microversion 3.40 or later; this call uses 3.0',
    );
    expect(await microversionRefusal(async () => uploadVolumeToImage(cloud.client, id, { image_name: 'i', visibility: 'public' }))).toMatch(/^An image visibility requires block-storage microversion 3\.1/);
    expect(await microversionRefusal(async () => uploadVolumeToImage(cloud.client, id, { image_name: 'i', protected: true }))).toMatch(/^A protected image requires/);
    expect(cloud.serviceRequests()).toEqual([]);
  });
});
