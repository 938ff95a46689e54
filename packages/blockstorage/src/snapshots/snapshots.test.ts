import { describe, expect, it } from '@jest/globals';
import { isHttpError, isInvalidInputError, isNameLookupError, isResourceStateError, isTimeoutError } from '@openstack-ts/core';
import { rejectionOf } from '@openstack-ts/core/testing';
import {
  createSnapshot,
  deleteSnapshot,
  deleteSnapshotMetadataItem,
  findSnapshotId,
  forceDeleteSnapshot,
  getSnapshot,
  getSnapshotMetadata,
  getSnapshotMetadataItem,
  listSnapshotSummaries,
  listSnapshots,
  replaceSnapshotMetadata,
  resetSnapshotStatus,
  setSnapshotMetadataItem,
  updateSnapshot,
  updateSnapshotMetadata,
  waitForSnapshotDeleted,
  waitForSnapshotStatus,
} from './index.js';
import * as fx from './snapshots.fixtures.js';
import { fakeCinder as cinder, inputRefusal, microversionRefusal } from '../fake-cinder.fixtures.js';

const id = fx.got.snapshot.id;
const volumeId = fx.got.snapshot.volume_id;
const pagedVolume = fx.detailPage1.snapshots[0]?.volume_id ?? '';
const adminCinder = () => cinder('3.70', 'http://127.0.0.1:8776/v3/ADMIN_PROJECT');

describe('snapshot listings', () => {
  it('lists details across pages, following snapshots_links, with the metadata filter as one JSON object', async () => {
    const cloud = cinder();
    cloud.reply('GET', `snapshots/detail?volume_id=${pagedVolume}&metadata=%7B%22k%22%3A%22v%22%7D&sort=name%3Aasc&limit=1`, fx.detailPage1);
    cloud.reply('GET', `snapshots/detail?volume_id=${pagedVolume}&metadata=%7B%22k%22%3A%22v%22%7D&sort=name%3Aasc&limit=1&marker=${fx.detailPage1.snapshots[0]?.id}`, fx.detailPage2);
    cloud.reply('GET', `snapshots/detail?volume_id=${pagedVolume}&metadata=%7B%22k%22%3A%22v%22%7D&sort=name%3Aasc&limit=1&marker=${fx.detailPage2.snapshots[0]?.id}`, fx.emptyPage);
    const snapshots = await listSnapshots(cloud.client, { volume_id: pagedVolume, metadata: { k: 'v' }, sort: 'name:asc', limit: 1 }).all();
    expect(snapshots.map((s) => s.name)).toEqual(['rec-page-a', 'rec-page-b']);
    expect(snapshots[0]).toMatchObject({ status: 'available', 'os-extended-snapshot-attributes:progress': '100%', consumes_quota: true });
    expect(cloud.serviceRequests()[0]?.headers['openstack-api-version']).toBe('volume 3.70');
  });

  it('lists summaries with the status, name and volume filters', async () => {
    const cloud = cinder();
    cloud.reply('GET', `snapshots?volume_id=${volumeId}&status=available&name=rec-snap`, fx.summaries);
    const [summary, ...rest] = await listSnapshotSummaries(cloud.client, { volume_id: volumeId, status: 'available', name: 'rec-snap' }).all();
    expect(rest).toEqual([]);
    expect(summary).toEqual(fx.summaries.snapshots[0]);
    expect(summary).not.toHaveProperty('os-extended-snapshot-attributes:project_id');
  });

  it('sends the admin and paging filters as given (admin listing recorded with all_tenants)', async () => {
    const cloud = adminCinder();
    const query = 'snapshots?all_tenants=true&project_id=p1&availability_zone=nova&consumes_quota=true&sort_key=created_at&sort_dir=desc&marker=m1&offset=1&name=rec-snap-3';
    cloud.reply('GET', query, fx.summariesAllTenants);
    const found = await listSnapshotSummaries(cloud.client, {
      all_tenants: true,
      project_id: 'p1',
      availability_zone: 'nova',
      consumes_quota: true,
      sort_key: 'created_at',
      sort_dir: 'desc',
      marker: 'm1',
      offset: 1,
      name: 'rec-snap-3',
    }).all();
    expect(found.map((s) => s.name)).toEqual(['rec-snap-3']);
  });

  it('refuses consumes_quota before 3.65 when the listing starts, before sending', async () => {
    const cloud = cinder('3.64');
    expect(await microversionRefusal(async () => listSnapshots(cloud.client, { consumes_quota: true }).all())).toBe(
      'The consumes_quota filter requires block-storage microversion 3.65 or later; this call uses 3.64',
    );
    expect(cloud.requests).toHaveLength(0);
  });
});

describe('snapshots', () => {
  it('gets a snapshot; at 3.0 without user_id, group_snapshot_id and consumes_quota', async () => {
    const cloud = cinder();
    cloud.reply('GET', `snapshots/${id}`, fx.got);
    expect(await getSnapshot(cloud.client, id)).toEqual(fx.got.snapshot);
    const old = cinder('3.0');
    old.reply('GET', `snapshots/${id}`, fx.got30);
    const snapshot = await getSnapshot(old.client, id);
    expect(snapshot).not.toHaveProperty('user_id');
    expect(old.lastRequest().headers['openstack-api-version']).toBe('volume 3.0');
  });

  it('creates a snapshot with every field (3.65) and returns it creating', async () => {
    const cloud = cinder('3.65');
    cloud.reply('POST', 'snapshots', fx.created365, { status: 202 });
    const input = { volume_id: volumeId, name: 'rec-snap', description: 'recorded', force: false, metadata: { purpose: 'record' } };
    const snapshot = await createSnapshot(cloud.client, input);
    expect(cloud.lastRequest().json).toEqual({ snapshot: input });
    expect(snapshot).toMatchObject({ status: 'creating', name: 'rec-snap', metadata: { purpose: 'record' } });
  });

  it("passes on Cinder's refusal of force: false from 3.66", async () => {
    const cloud = cinder();
    cloud.reply('POST', 'snapshots', fx.forceFalseRefused, { status: 400 });
    const error = await rejectionOf(async () => createSnapshot(cloud.client, { volume_id: volumeId, force: false }));
    expect(isHttpError(error, 400)).toBe(true);
    expect((error as Error).message).toMatch(/Since microversion 3.66 the 'force' flag is invalid/);
  });

  it('refuses a create without a volume before sending', async () => {
    const cloud = cinder();
    expect(await inputRefusal(async () => createSnapshot(cloud.client, { volume_id: '' }))).toMatchObject({ field: 'volume_id' });
    expect(await inputRefusal(async () => createSnapshot(cloud.client, null as never))).toMatchObject({ field: 'input' });
    expect(cloud.requests).toHaveLength(0);
  });

  it('updates the name and description, and deletes', async () => {
    const cloud = cinder();
    cloud.reply('PUT', `snapshots/${id}`, fx.updated);
    cloud.reply('DELETE', `snapshots/${id}`, undefined, { status: 202 });
    expect(await updateSnapshot(cloud.client, id, { name: 'rec-snap-renamed', description: 'changed' })).toMatchObject({ name: 'rec-snap-renamed', description: 'changed' });
    expect(cloud.lastRequest().json).toEqual({ snapshot: { name: 'rec-snap-renamed', description: 'changed' } });
    await deleteSnapshot(cloud.client, id);
    expect(cloud.lastRequest()).toMatchObject({ method: 'DELETE', path: `snapshots/${id}` });
  });

  it('force-deletes and resets the status through the action endpoint', async () => {
    const cloud = adminCinder();
    cloud.reply('POST', `snapshots/${id}/action`, undefined, { status: 202 });
    await forceDeleteSnapshot(cloud.client, id);
    expect(cloud.lastRequest().json).toEqual({ 'os-force_delete': {} });
    await resetSnapshotStatus(cloud.client, id, { status: 'error' });
    expect(cloud.lastRequest().json).toEqual({ 'os-reset_status': { status: 'error' } });
  });

  it("passes on the member's 403 for the admin actions", async () => {
    const cloud = cinder();
    cloud.replyOnce('POST', `snapshots/${id}/action`, fx.resetRefused, { status: 403 });
    cloud.replyOnce('POST', `snapshots/${id}/action`, fx.forceDeleteRefused, { status: 403 });
    const reset = await rejectionOf(async () => resetSnapshotStatus(cloud.client, id, { status: 'error' }));
    expect(isHttpError(reset, 403) && reset.message).toMatch(/snapshot_admin_actions:reset_status/);
    const force = await rejectionOf(async () => forceDeleteSnapshot(cloud.client, id));
    expect(isHttpError(force, 403) && force.message).toMatch(/snapshot_admin_actions:force_delete/);
  });

  it('refuses a reset without a status before sending', async () => {
    const cloud = cinder();
    expect(await inputRefusal(async () => resetSnapshotStatus(cloud.client, id, {} as never))).toMatchObject({ field: 'status' });
    expect(await inputRefusal(async () => getSnapshot(cloud.client, ''))).toMatchObject({ field: 'snapshotId' });
    expect(await inputRefusal(() => listSnapshots(cloud.client, { sort: 'name:asc', sort_key: 'name' }))).toMatchObject({ field: 'sort' });
    expect(cloud.requests).toHaveLength(0);
  });

  it('finds a snapshot by ID first, then by name, and says when there is none', async () => {
    const cloud = cinder();
    cloud.reply('GET', `snapshots/${id}`, fx.got);
    cloud.reply('GET', 'snapshots/rec-snap', fx.notFound, { status: 404 });
    cloud.reply('GET', 'snapshots/nothing', fx.notFound, { status: 404 });
    cloud.reply('GET', 'snapshots?name=rec-snap', fx.summaries);
    cloud.reply('GET', 'snapshots?name=nothing', fx.emptyPage);
    expect(await findSnapshotId(cloud.client, id)).toEqual({ id, matchedBy: 'id' });
    expect(cloud.serviceRequests()).toHaveLength(1);
    expect(await findSnapshotId(cloud.client, 'rec-snap')).toEqual({ id, matchedBy: 'name' });
    expect(isNameLookupError(await rejectionOf(async () => findSnapshotId(cloud.client, 'nothing')))).toBe(true);
    expect(isInvalidInputError(await rejectionOf(async () => findSnapshotId(cloud.client, ' ')))).toBe(true);
  });
});

describe('snapshot metadata', () => {
  it('reads, updates, replaces, sets and deletes items', async () => {
    const cloud = cinder();
    cloud.reply('GET', `snapshots/${id}/metadata`, fx.metadata);
    cloud.reply('POST', `snapshots/${id}/metadata`, fx.metadataUpdated);
    cloud.reply('PUT', `snapshots/${id}/metadata`, fx.metadataReplaced);
    cloud.reply('GET', `snapshots/${id}/metadata/stage`, fx.metadataItem);
    cloud.reply('PUT', `snapshots/${id}/metadata/stage`, fx.metadataItemSet);
    cloud.reply('DELETE', `snapshots/${id}/metadata/stage`, undefined, { status: 200 });
    expect(await getSnapshotMetadata(cloud.client, id)).toEqual({ purpose: 'record' });
    expect(await updateSnapshotMetadata(cloud.client, id, { stage: 'one' })).toEqual({ purpose: 'record', stage: 'one' });
    expect(cloud.lastRequest().json).toEqual({ metadata: { stage: 'one' } });
    expect(await replaceSnapshotMetadata(cloud.client, id, { stage: 'two', owner: 'rec' })).toEqual({ stage: 'two', owner: 'rec' });
    expect(cloud.lastRequest()).toMatchObject({ method: 'PUT', json: { metadata: { stage: 'two', owner: 'rec' } } });
    expect(await getSnapshotMetadataItem(cloud.client, id, 'stage')).toEqual({ stage: 'two' });
    expect(await setSnapshotMetadataItem(cloud.client, id, 'stage', 'three')).toEqual({ stage: 'three' });
    expect(cloud.lastRequest().json).toEqual({ meta: { stage: 'three' } });
    await deleteSnapshotMetadataItem(cloud.client, id, 'stage');
    expect(cloud.lastRequest()).toMatchObject({ method: 'DELETE', path: `snapshots/${id}/metadata/stage` });
  });

  it("passes on Cinder's 404 for a missing key, and refuses a non-string value before sending", async () => {
    const cloud = cinder();
    cloud.reply('GET', `snapshots/${id}/metadata/stage`, fx.metadataItemNotFound, { status: 404 });
    expect(isHttpError(await rejectionOf(async () => getSnapshotMetadataItem(cloud.client, id, 'stage')), 404)).toBe(true);
    expect(await inputRefusal(async () => setSnapshotMetadataItem(cloud.client, id, 'stage', 3 as never))).toMatchObject({ field: 'value' });
    expect(cloud.serviceRequests()).toHaveLength(1);
  });
});

describe('snapshot waiters', () => {
  const creating = { snapshot: { ...fx.got.snapshot, status: 'creating' } };

  it('polls until available', async () => {
    const cloud = cinder();
    cloud.replyOnce('GET', `snapshots/${id}`, creating);
    cloud.reply('GET', `snapshots/${id}`, fx.got);
    const seen: string[] = [];
    const snapshot = await waitForSnapshotStatus(cloud.client, id, 'available', { intervalMs: 0, onPoll: (s) => seen.push(s.status) });
    expect(snapshot.status).toBe('available');
    expect(seen).toEqual(['creating', 'available']);
  });

  it('fails fast on error, with no reason when Cinder has no user message about the snapshot', async () => {
    const cloud = cinder();
    cloud.reply('GET', `snapshots/${id}`, fx.gotError);
    cloud.reply('GET', `messages?resource_uuid=${id}`, fx.noMessages);
    const error = await rejectionOf(async () => waitForSnapshotStatus(cloud.client, id, 'available', { intervalMs: 0 }));
    expect(isResourceStateError(error)).toBe(true);
    expect((error as Error).message).toBe(`snapshot ${id} went to error while waiting for available`);
    expect(cloud.serviceRequests().map((r) => r.path)).toEqual([`snapshots/${id}`, `messages?resource_uuid=${id}`]);
  });

  it("carries the newest user message as the fault (a message shaped as the API reference's example)", async () => {
    const cloud = cinder();
    const message = (created_at: string, user_message: string) => ({ id: created_at, resource_uuid: id, resource_type: 'SNAPSHOT', created_at, user_message });
    cloud.reply('GET', `snapshots/${id}`, fx.gotError);
    cloud.reply('GET', `messages?resource_uuid=${id}`, { messages: [message('2026-12-08T01:00:00', 'older'), message('2026-12-08T01:10:00', 'create snapshot: Snapshot failed')] });
    const error = await rejectionOf(async () => waitForSnapshotStatus(cloud.client, id, 'available', { intervalMs: 0 }));
    expect((error as Error).message).toBe(`snapshot ${id} went to error while waiting for available: create snapshot: Snapshot failed`);
  });

  it('reads no messages before 3.3, and gives up at the timeout', async () => {
    const cloud = cinder('3.0');
    cloud.reply('GET', `snapshots/${id}`, fx.gotError);
    const error = await rejectionOf(async () => waitForSnapshotStatus(cloud.client, id, 'available', { intervalMs: 0 }));
    expect(isResourceStateError(error)).toBe(true);
    expect(cloud.serviceRequests()).toHaveLength(1);
    const slow = cinder();
    slow.reply('GET', `snapshots/${id}`, creating);
    expect(isTimeoutError(await rejectionOf(async () => waitForSnapshotStatus(slow.client, id, ['available', 'error'], { intervalMs: 1, timeoutMs: 20, failOn: [] })))).toBe(true);
  });

  it('waits for deletion until a 404, failing on error_deleting unless failOn says otherwise', async () => {
    const cloud = cinder();
    const deleting = { snapshot: { ...fx.got.snapshot, status: 'deleting' } };
    cloud.replyOnce('GET', `snapshots/${id}`, deleting);
    cloud.reply('GET', `snapshots/${id}`, fx.notFound, { status: 404 });
    const seen: string[] = [];
    await waitForSnapshotDeleted(cloud.client, id, { intervalMs: 0, onPoll: (s) => seen.push(s.status) });
    expect(seen).toEqual(['deleting']);
    const failing = cinder();
    failing.replyOnce('GET', `snapshots/${id}`, { snapshot: { ...fx.got.snapshot, status: 'error_deleting' } });
    failing.reply('GET', `messages?resource_uuid=${id}`, fx.noMessages);
    const error = await rejectionOf(async () => waitForSnapshotDeleted(failing.client, id, { intervalMs: 0 }));
    expect((error as Error).message).toBe(`snapshot ${id} went to error_deleting while waiting for deletion`);
    failing.replyOnce('GET', `snapshots/${id}`, { snapshot: { ...fx.got.snapshot, status: 'error_deleting' } });
    failing.reply('GET', `snapshots/${id}`, fx.notFound, { status: 404 });
    await waitForSnapshotDeleted(failing.client, id, { intervalMs: 0, failOn: [] });
  });
});
