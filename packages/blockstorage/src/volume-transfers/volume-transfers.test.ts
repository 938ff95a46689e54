import { describe, expect, it } from '@jest/globals';
import {
  acceptVolumeTransfer,
  createVolumeTransfer,
  deleteVolumeTransfer,
  getVolumeTransfer,
  listVolumeTransferSummaries,
  listVolumeTransfers,
} from './index.js';
import * as fx from './volume-transfers.fixtures.js';
import { fakeCinder as cinder, inputRefusal, microversionRefusal } from '../fake-cinder.fixtures.js';

const id = fx.transferId;

describe('volume transfers from microversion 3.55 (volume-transfers)', () => {
  it('creates a transfer and returns its auth_key', async () => {
    const cloud = cinder();
    cloud.reply('POST', 'volume-transfers', fx.create, { status: 202 });
    const created = await createVolumeTransfer(cloud.client, { volume_id: fx.volumeId, name: 'rec-transfer', no_snapshots: true });
    expect(created.auth_key).toBe('2d32a533ebb3d5d3');
    expect(created).toMatchObject({ id, accepted: false, no_snapshots: true });
    expect(cloud.lastRequest().json).toEqual({ transfer: { volume_id: fx.volumeId, name: 'rec-transfer', no_snapshots: true } });
    expect(cloud.lastRequest().headers['openstack-api-version']).toBe('volume 3.70');
  });

  it('lists summaries and details, gets one', async () => {
    const cloud = cinder();
    cloud.reply('GET', 'volume-transfers?limit=5', fx.listSummaries);
    cloud.reply('GET', 'volume-transfers/detail?all_tenants=true', fx.listDetail);
    cloud.reply('GET', `volume-transfers/detail?all_tenants=true&marker=${id}`, { transfers: [] });
    cloud.reply('GET', `volume-transfers/${id}`, fx.get);
    expect((await listVolumeTransferSummaries(cloud.client, { limit: 5 }).all()).map((t) => Object.keys(t).sort())).toEqual([['id', 'links', 'name', 'volume_id']]);
    expect((await listVolumeTransfers(cloud.client, { all_tenants: true }).all())[0]).toMatchObject({ id, source_project_id: '93bd1bc6475f4027a0f8b1a6baeddf2a' });
    const transfer = await getVolumeTransfer(cloud.client, id);
    expect(transfer).toEqual(fx.get.transfer);
    expect(transfer).not.toHaveProperty('auth_key');
  });

  it("pages with marker on the asked path, not Cinder's transfers_links (which point at the legacy summary listing)", async () => {
    const cloud = cinder();
    const page1 = { transfers: fx.listDetail.transfers, transfers_links: [{ rel: 'next', href: `http://127.0.0.1:8776/v3/93bd1bc6475f4027a0f8b1a6baeddf2a/os-volume-transfer?limit=1&marker=${id}` }] };
    cloud.reply('GET', 'volume-transfers/detail?limit=1', page1);
    cloud.reply('GET', `volume-transfers/detail?limit=1&marker=${id}`, { transfers: [{ ...fx.get.transfer, id: 'second' }] });
    cloud.reply('GET', 'volume-transfers/detail?limit=1&marker=second', { transfers: [] });
    expect((await listVolumeTransfers(cloud.client, { limit: 1 }).all()).map((t) => t.id)).toEqual([id, 'second']);
    expect(cloud.serviceRequests().map((r) => r.path)).toEqual(['volume-transfers/detail?limit=1', `volume-transfers/detail?limit=1&marker=${id}`, 'volume-transfers/detail?limit=1&marker=second']);
  });

  it('accepts with the auth_key and deletes', async () => {
    const cloud = cinder();
    cloud.reply('POST', `volume-transfers/${id}/accept`, fx.accept, { status: 202 });
    cloud.reply('DELETE', `volume-transfers/${id}`, undefined, { status: 202 });
    expect(await acceptVolumeTransfer(cloud.client, id, '2d32a533ebb3d5d3')).toEqual(fx.accept.transfer);
    expect(cloud.lastRequest().json).toEqual({ accept: { auth_key: '2d32a533ebb3d5d3' } });
    await expect(deleteVolumeTransfer(cloud.client, id)).resolves.toBeUndefined();
    expect(cloud.lastRequest().method).toBe('DELETE');
  });
});

describe('volume transfers before microversion 3.55 (os-volume-transfer)', () => {
  it('uses the old paths', async () => {
    const cloud = cinder('3.54');
    const oldId = fx.getOld.transfer.id;
    cloud.reply('POST', 'os-volume-transfer', { transfer: { ...fx.getOld.transfer, auth_key: '695c02e65670f318' } }, { status: 202 });
    cloud.reply('GET', `os-volume-transfer/${oldId}`, fx.getOld);
    cloud.reply('GET', 'os-volume-transfer/detail', { transfers: [fx.getOld.transfer] });
    cloud.reply('GET', `os-volume-transfer/detail?marker=${oldId}`, { transfers: [] });
    cloud.reply('GET', 'os-volume-transfer', { transfers: [] });
    cloud.reply('POST', `os-volume-transfer/${oldId}/accept`, fx.accept, { status: 202 });
    cloud.reply('DELETE', `os-volume-transfer/${oldId}`, undefined, { status: 202 });
    expect((await createVolumeTransfer(cloud.client, { volume_id: fx.volumeId, name: 'rec-old' })).auth_key).toBe('695c02e65670f318');
    expect(await getVolumeTransfer(cloud.client, oldId)).toEqual(fx.getOld.transfer);
    expect(await listVolumeTransfers(cloud.client).all()).toEqual([fx.getOld.transfer]);
    expect(await listVolumeTransferSummaries(cloud.client).all()).toEqual([]);
    await acceptVolumeTransfer(cloud.client, oldId, 'k');
    await deleteVolumeTransfer(cloud.client, oldId);
    expect(cloud.serviceRequests().map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST os-volume-transfer',
      `GET os-volume-transfer/${oldId}`,
      'GET os-volume-transfer/detail',
      `GET os-volume-transfer/detail?marker=${oldId}`,
      'GET os-volume-transfer',
      `POST os-volume-transfer/${oldId}/accept`,
      `DELETE os-volume-transfer/${oldId}`,
    ]);
  });

  it('refuses no_snapshots below 3.55, and bad input, before sending', async () => {
    const cloud = cinder('3.54');
    expect(await microversionRefusal(async () => createVolumeTransfer(cloud.client, { volume_id: 'v', no_snapshots: true }))).toBe(
      'A transfer without snapshots requires block-storage microversion 3.55 or later; this call uses 3.54',
    );
    expect(await inputRefusal(async () => createVolumeTransfer(cloud.client, { volume_id: '' }))).toMatchObject({ field: 'volume_id' });
    expect(await inputRefusal(async () => acceptVolumeTransfer(cloud.client, id, ''))).toMatchObject({ field: 'authKey' });
    expect(cloud.serviceRequests()).toEqual([]);
  });
});
