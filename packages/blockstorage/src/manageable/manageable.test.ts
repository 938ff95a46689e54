import { describe, expect, it } from '@jest/globals';
import { isHttpError } from '@openstack-ts/core';
import { rejectionOf } from '@openstack-ts/core/testing';
import {
  listManageableSnapshotSummaries,
  listManageableSnapshots,
  listManageableVolumeSummaries,
  listManageableVolumes,
  manageSnapshot,
  manageVolume,
  unmanageSnapshot,
  unmanageVolume,
} from './index.js';
import * as fx from './manageable.fixtures.js';
import { fakeCinder as cinder, inputRefusal, microversionRefusal } from '../fake-cinder.fixtures.js';

const host = encodeURIComponent(fx.host);

describe('managing and unmanaging', () => {
  it('manages a volume on a host and returns the new volume', async () => {
    const cloud = cinder();
    cloud.reply('POST', 'manageable_volumes', fx.manageVolume, { status: 202 });
    const input = { host: fx.host, ref: { 'source-name': 'volume-x' }, name: 'rec-managed', volume_type: '__DEFAULT__', metadata: { a: 'b' }, bootable: false };
    expect(await manageVolume(cloud.client, input)).toMatchObject({ id: fx.manageVolume.volume.id, status: 'creating', size: 0 });
    expect(cloud.lastRequest().json).toEqual({ volume: input });
  });

  it('manages a snapshot of a volume', async () => {
    const cloud = cinder();
    cloud.reply('POST', 'manageable_snapshots', fx.manageSnapshot, { status: 202 });
    const input = { volume_id: fx.manageSnapshot.snapshot.volume_id, ref: { 'source-name': 'snapshot-x' }, name: 'rec-managed-snap' };
    expect(await manageSnapshot(cloud.client, input)).toEqual(fx.manageSnapshot.snapshot);
    expect(cloud.lastRequest().json).toEqual({ snapshot: input });
  });

  it('unmanages a volume and a snapshot with os-unmanage', async () => {
    const cloud = cinder();
    cloud.reply('POST', 'volumes/v1/action', undefined, { status: 202 });
    cloud.reply('POST', 'snapshots/s1/action', undefined, { status: 202 });
    await unmanageVolume(cloud.client, 'v1');
    await unmanageSnapshot(cloud.client, 's1');
    expect(cloud.serviceRequests().map((r) => [r.path, r.json])).toEqual([
      ['volumes/v1/action', { 'os-unmanage': null }],
      ['snapshots/s1/action', { 'os-unmanage': null }],
    ]);
  });

  it('refuses bad input and a cluster below 3.16 before sending', async () => {
    const cloud = cinder('3.15');
    expect(await inputRefusal(async () => manageVolume(cloud.client, { ref: { 'source-name': 'x' } }))).toMatchObject({ field: 'host', message: 'Give either host or cluster' });
    expect(await inputRefusal(async () => manageVolume(cloud.client, { host: 'h', cluster: 'c', ref: { 'source-name': 'x' } }))).toMatchObject({ field: 'host' });
    expect(await inputRefusal(async () => manageVolume(cloud.client, { host: 'h', ref: {} }))).toMatchObject({ field: 'ref' });
    expect(await inputRefusal(async () => manageSnapshot(cloud.client, { volume_id: '', ref: { 'source-name': 'x' } }))).toMatchObject({ field: 'volume_id' });
    expect(await inputRefusal(async () => manageSnapshot(cloud.client, { volume_id: 'v', ref: null as never }))).toMatchObject({ field: 'ref' });
    expect(await microversionRefusal(async () => manageVolume(cloud.client, { cluster: 'c', ref: { 'source-name': 'x' } }))).toBe('A cluster requires block-storage microversion 3.16 or later; this call uses 3.15');
    expect(cloud.serviceRequests()).toEqual([]);
  });
});

describe('manageable listings (3.8)', () => {
  it('lists on a host: the recorded empty answer, and the API reference samples', async () => {
    const cloud = cinder();
    cloud.reply('GET', `manageable_volumes/detail?host=${host}`, fx.emptyVolumes);
    expect(await listManageableVolumes(cloud.client, { host: fx.host }).all()).toEqual([]);
    cloud.reply('GET', `manageable_volumes/detail?host=${host}&limit=2&sort_key=size&sort_dir=desc`, fx.referenceVolumesDetail);
    const volumes = await listManageableVolumes(cloud.client, { host: fx.host, limit: 2, sort_key: 'size', sort_dir: 'desc' }).all();
    expect(volumes.map((v) => [v.reference['source-name'], v.safe_to_manage, v.reason_not_safe])).toEqual([
      ['volume-9ba5bb53-4a18-4b38-be06-992999da338d', false, 'already managed'],
      ['lvol0', true, null],
    ]);
    expect(cloud.serviceRequests()).toHaveLength(2); // one page each: no paging on
    cloud.reply('GET', `manageable_snapshots?host=${host}`, fx.referenceSnapshots);
    expect((await listManageableSnapshotSummaries(cloud.client, { host: fx.host }).all())[0]?.source_reference).toEqual({ 'source-name': 'volume-7c064b34-1e4b-40bd-93ca-4ac5a973661b' });
    cloud.reply('GET', 'manageable_volumes?cluster=c', { 'manageable-volumes': [] });
    cloud.reply('GET', 'manageable_snapshots/detail?cluster=c', { 'manageable-snapshots': [] });
    expect(await listManageableVolumeSummaries(cloud.client, { cluster: 'c' }).all()).toEqual([]);
    expect(await listManageableSnapshots(cloud.client, { cluster: 'c' }).all()).toEqual([]);
    expect(cloud.lastRequest().headers['openstack-api-version']).toBe('volume 3.70');
  });

  it("passes Cinder's refusal of the member on", async () => {
    const cloud = cinder();
    cloud.reply('GET', `manageable_volumes/detail?host=${host}`, fx.memberForbidden, { status: 403 });
    const error = await rejectionOf(async () => listManageableVolumes(cloud.client, { host: fx.host }).all());
    expect(isHttpError(error, 403)).toBe(true);
  });

  it('refuses below 3.8, a cluster below 3.17 and a missing or double backend when the listing starts', async () => {
    const old = cinder('3.7');
    expect(await microversionRefusal(() => listManageableVolumes(old.client, { host: fx.host }))).toBe(
      'Listing manageable volumes and snapshots requires block-storage microversion 3.8 or later; this call uses 3.7',
    );
    const mid = cinder('3.16');
    expect(await microversionRefusal(() => listManageableSnapshots(mid.client, { cluster: 'c' }))).toMatch(/^A cluster requires block-storage microversion 3\.17/);
    expect(await inputRefusal(() => listManageableVolumeSummaries(mid.client, {}))).toMatchObject({ field: 'host' });
    expect(await inputRefusal(() => listManageableVolumeSummaries(mid.client, { host: 'h', cluster: 'c' }))).toMatchObject({ field: 'host' });
    expect([...old.serviceRequests(), ...mid.serviceRequests()]).toEqual([]);
  });
});
