import { describe, expect, it } from '@jest/globals';
import { isHttpError, isNameLookupError, isResourceStateError, type ResourceStateError } from '@openstack-ts/core';
import { rejectionOf } from '@openstack-ts/core/testing';
import {
  createVolume,
  deleteVolume,
  deleteVolumeMetadataItem,
  extendVolume,
  findVolumeId,
  getVolume,
  getVolumeMetadata,
  getVolumeMetadataItem,
  getVolumesSummary,
  listVolumeSummaries,
  listVolumes,
  replaceVolumeMetadata,
  resetVolumeStatus,
  setVolumeBootable,
  setVolumeMetadataItem,
  setVolumeReadonly,
  updateVolume,
  updateVolumeMetadata,
  waitForVolumeDeleted,
  waitForVolumeStatus,
} from './index.js';
import * as fx from './volumes.fixtures.js';
import { fakeCinder as cinder, inputRefusal, microversionRefusal } from '../fake-cinder.fixtures.js';

const id = fx.create.volume.id;
const secondId = fx.listDetailPage2.volumes[0]?.id ?? '';


describe('listing volumes', () => {
  it('lists details following volumes_links, sending the microversion header', async () => {
    const cloud = cinder();
    cloud.reply('GET', 'volumes/detail?limit=1&sort=name%3Aasc', fx.listDetailPage1);
    cloud.reply('GET', `volumes/detail?limit=1&sort=name%3Aasc&marker=${id}`, fx.listDetailPage2);
    cloud.reply('GET', `volumes/detail?limit=1&sort=name%3Aasc&marker=${secondId}`, { volumes: [] });
    const volumes = await listVolumes(cloud.client, { limit: 1, sort: 'name:asc' }).all();
    expect(volumes.map((volume) => [volume.id, volume.name, volume.size, volume.status])).toEqual([
      [id, 'rec-volume', 1, 'available'],
      [secondId, 'rec-volume-2', 2, 'available'],
    ]);
    expect(cloud.serviceRequests().map((request) => request.headers['openstack-api-version'])).toEqual(['volume 3.70', 'volume 3.70', 'volume 3.70']);
  });

  it('lists summaries: ID, name and links', async () => {
    const cloud = cinder();
    cloud.reply('GET', 'volumes?name=rec-volume', fx.listSummaries);
    const summaries = await listVolumeSummaries(cloud.client, { name: 'rec-volume' }).all();
    expect(summaries).toEqual(fx.listSummaries.volumes);
    expect(Object.keys(summaries[0] ?? {}).sort()).toEqual(['id', 'links', 'name']);
  });

  it('sends metadata and glance_metadata as one JSON object each, the way Cinder reads them', async () => {
    const cloud = cinder();
    cloud.reply('GET', `volumes/detail?metadata=${encodeURIComponent('{"purpose":"recording"}')}`, fx.listMetadataFilter);
    const volumes = await listVolumes(cloud.client, { metadata: { purpose: 'recording' } }).all();
    expect(volumes.map((volume) => volume.metadata)).toEqual([{ purpose: 'recording' }]);
    cloud.reply('GET', `volumes?glance_metadata=${encodeURIComponent('{"os_distro":"cirros"}')}`, { volumes: [] });
    expect(await listVolumeSummaries(cloud.client, { glance_metadata: { os_distro: 'cirros' } }).all()).toEqual([]);
    expect(cloud.lastRequest().query).toEqual({ glance_metadata: '{"os_distro":"cirros"}' });
  });

  it('passes every other filter through as a query parameter', async () => {
    const cloud = cinder();
    const query = {
      all_tenants: true, project_id: 'p', name: 'n', 'name~': 'rec', status: 'available', bootable: false, availability_zone: 'nova',
      migration_status: 'none', group_id: 'g', size: 1, created_at: 'gt:2026-01-01T00:00:00Z', updated_at: 'lt:2027-01-01T00:00:00Z',
      consumes_quota: true, sort_key: 'size', sort_dir: 'desc' as const, limit: 5, marker: 'm', offset: 2,
    };
    cloud.handle('GET', 'volumes/detail?' + new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)])).toString(), () => ({ body: { volumes: [] } }));
    expect(await listVolumes(cloud.client, query).all()).toEqual([]);
    expect(cloud.lastRequest().query).toMatchObject({ all_tenants: 'true', bootable: 'false', 'name~': 'rec', created_at: 'gt:2026-01-01T00:00:00Z', offset: '2' });
  });

  it('refuses filters the microversion lacks when the listing starts, before sending', async () => {
    const cloud = cinder('3.0');
    expect(await microversionRefusal(() => listVolumes(cloud.client, { 'name~': 'x' }))).toBe('The name~ filter requires block-storage microversion 3.34 or later; this call uses 3.0');
    expect(await microversionRefusal(() => listVolumeSummaries(cloud.client, { glance_metadata: { a: 'b' } }))).toMatch(/^The glance_metadata filter requires block-storage microversion 3\.4/);
    expect(await microversionRefusal(() => listVolumeSummaries(cloud.client, { group_id: 'g' }))).toMatch(/^The group_id filter requires block-storage microversion 3\.13/);
    expect(await microversionRefusal(() => listVolumes(cloud.client, { created_at: 'gt:x' }, { microversion: '3.59' }))).toMatch(/^The created_at filter requires block-storage microversion 3\.60/);
    expect(await microversionRefusal(() => listVolumes(cloud.client, { updated_at: 'gt:x' }, { microversion: '3.59' }))).toMatch(/^The updated_at filter requires block-storage microversion 3\.60/);
    expect(await microversionRefusal(() => listVolumes(cloud.client, { consumes_quota: true }, { microversion: '3.64' }))).toMatch(/^The consumes_quota filter requires block-storage microversion 3\.65/);
    expect(await inputRefusal(() => listVolumes(cloud.client, { sort: 'size:desc', sort_dir: 'asc' }))).toEqual({
      name: 'InvalidInputError',
      field: 'sort',
      message: 'Cinder refuses sort together with sort_key or sort_dir: give the directions in sort (size:desc,name)',
    });
    expect(cloud.requests).toHaveLength(0);
  });

  it("raises Cinder's refusal of a filter the caller may not use", async () => {
    const cloud = cinder();
    cloud.reply('GET', 'volumes/detail?host=x', fx.listBadFilter, { status: 400 });
    const error = await rejectionOf(() => listVolumes(cloud.client, { host: 'x' } as never));
    expect(isHttpError(error, 400)).toBe(true);
    expect((error as Error).message).toContain(fx.listBadFilter.badRequest.message);
  });
});

describe('one volume', () => {
  it('gets a volume, with the fields of the microversion in use', async () => {
    const cloud = cinder();
    cloud.reply('GET', `volumes/${id}`, fx.get);
    const volume = await getVolume(cloud.client, id);
    expect(volume).toMatchObject({ id, name: 'rec-volume', description: 'recorded', status: 'available', size: 1, bootable: 'false', metadata: { purpose: 'recording' } });
    expect(volume.volume_type_id).toBe(fx.get.volume.volume_type_id);
    expect(volume['os-vol-host-attr:host']).toBeUndefined();
    const old = cinder('3.0');
    old.reply('GET', `volumes/${id}`, fx.get30);
    const legacy = await getVolume(old.client, id);
    expect(legacy.volume_type_id).toBeUndefined();
    expect(legacy.group_id).toBeUndefined();
    expect(old.lastRequest().headers['openstack-api-version']).toBe('volume 3.0');
  });

  it('shows admins the host attributes', async () => {
    const cloud = cinder();
    cloud.reply('GET', `volumes/${id}`, fx.getAdmin);
    const volume = await getVolume(cloud.client, id);
    expect(volume['os-vol-host-attr:host']).toBe(fx.getAdmin.volume['os-vol-host-attr:host']);
    expect(volume['os-vol-tenant-attr:tenant_id']).toBe(fx.getAdmin.volume['os-vol-tenant-attr:tenant_id']);
  });

  it('raises a 404 for a volume that is gone', async () => {
    const cloud = cinder();
    cloud.reply('GET', `volumes/${id}`, fx.getDeleted, { status: 404 });
    const error = await rejectionOf(async () => getVolume(cloud.client, id));
    expect(isHttpError(error, 404)).toBe(true);
    expect((error as Error).message).toContain(fx.getDeleted.itemNotFound.message);
  });

  it('creates a volume, accepting 202, with scheduler hints beside it', async () => {
    const cloud = cinder();
    cloud.reply('POST', 'volumes', fx.create, { status: 202 });
    const created = await createVolume(cloud.client, {
      size: 1,
      name: 'rec-volume',
      description: 'recorded',
      metadata: { purpose: 'recording' },
      volume_type: '__DEFAULT__',
      availability_zone: 'nova',
      multiattach: false,
      imageRef: 'img',
      consistencygroup_id: 'cg',
      group_id: 'grp',
      scheduler_hints: { different_host: ['v1'] },
    });
    expect(created).toMatchObject({ id, status: 'creating', name: 'rec-volume' });
    expect(cloud.lastRequest().json).toEqual({
      volume: {
        size: 1, name: 'rec-volume', description: 'recorded', metadata: { purpose: 'recording' }, volume_type: '__DEFAULT__',
        availability_zone: 'nova', multiattach: false, imageRef: 'img', consistencygroup_id: 'cg', group_id: 'grp',
      },
      'OS-SCH-HNT:scheduler_hints': { different_host: ['v1'] },
    });
    expect(cloud.lastRequest().headers['openstack-api-version']).toBe('volume 3.70');
  });

  it('creates from a snapshot, a volume or a backup without a size', async () => {
    const cloud = cinder();
    cloud.reply('POST', 'volumes', fx.create, { status: 202 });
    await createVolume(cloud.client, { snapshot_id: 's' });
    await createVolume(cloud.client, { source_volid: 'v' });
    await createVolume(cloud.client, { backup_id: 'b', name: 'restored' });
    expect(cloud.serviceRequests().map((request) => request.json)).toEqual([
      { volume: { snapshot_id: 's' } },
      { volume: { source_volid: 'v' } },
      { volume: { backup_id: 'b', name: 'restored' } },
    ]);
  });

  it('refuses a create without a size (or a source), a bad size, or a backup before 3.47, before sending', async () => {
    const cloud = cinder('3.46');
    expect(await inputRefusal(async () => createVolume(cloud.client, { name: 'x' }))).toEqual({ name: 'InputRangeError', field: 'size', message: 'size must be a whole number of GiB, 1 or more, got undefined' });
    expect((await inputRefusal(async () => createVolume(cloud.client, { size: 1.5 }))).field).toBe('size');
    expect((await inputRefusal(async () => createVolume(cloud.client, { size: 0, snapshot_id: 's' }))).field).toBe('size');
    expect((await inputRefusal(async () => createVolume(cloud.client, null as never))).field).toBe('input');
    expect(await microversionRefusal(async () => createVolume(cloud.client, { backup_id: 'b' }))).toBe('A volume from a backup requires block-storage microversion 3.47 or later; this call uses 3.46');
    expect(await microversionRefusal(async () => createVolume(cloud.client, { size: 1, group_id: 'g' }, { microversion: '3.12' }))).toMatch(/^A volume in a group requires block-storage microversion 3\.13/);
    expect(cloud.requests).toHaveLength(0);
  });

  it('updates a volume and returns it', async () => {
    const cloud = cinder();
    cloud.reply('PUT', `volumes/${id}`, fx.update);
    const volume = await updateVolume(cloud.client, id, { name: 'rec-volume-renamed', description: 'updated' });
    expect(volume).toMatchObject({ id, name: 'rec-volume-renamed', description: 'updated' });
    expect(cloud.lastRequest().json).toEqual({ volume: { name: 'rec-volume-renamed', description: 'updated' } });
    await updateVolume(cloud.client, id, { metadata: { a: 'b' }, description: null });
    expect(cloud.lastRequest().json).toEqual({ volume: { metadata: { a: 'b' }, description: null } });
  });

  it('deletes a volume (202), with cascade and force as query parameters', async () => {
    const cloud = cinder();
    cloud.reply('DELETE', `volumes/${id}`, undefined, { status: 202 });
    cloud.reply('DELETE', `volumes/${id}?cascade=true`, undefined, { status: 202 });
    cloud.reply('DELETE', `volumes/${id}?force=true`, undefined, { status: 202 });
    await deleteVolume(cloud.client, id);
    await deleteVolume(cloud.client, id, { cascade: true });
    await deleteVolume(cloud.client, id, { force: true });
    expect(cloud.serviceRequests().map((request) => [request.method, request.path, request.query])).toEqual([
      ['DELETE', `volumes/${id}`, {}],
      ['DELETE', `volumes/${id}?cascade=true`, { cascade: 'true' }],
      ['DELETE', `volumes/${id}?force=true`, { force: 'true' }],
    ]);
    expect(await microversionRefusal(async () => deleteVolume(cloud.client, id, { force: true }, { microversion: '3.22' }))).toMatch(/^A forced volume delete requires block-storage microversion 3\.23/);
  });

  it("raises Cinder's refusal of a forced delete by a member", async () => {
    const cloud = cinder();
    cloud.reply('DELETE', `volumes/${secondId}?force=true`, fx.deleteForceMember, { status: 403 });
    const error = await rejectionOf(async () => deleteVolume(cloud.client, secondId, { force: true }));
    expect(isHttpError(error, 403)).toBe(true);
  });

  it('refuses an empty or malformed ID before sending', async () => {
    const cloud = cinder();
    expect((await inputRefusal(async () => getVolume(cloud.client, ''))).field).toBe('volumeId');
    expect((await inputRefusal(async () => deleteVolume(cloud.client, ''))).field).toBe('volumeId');
    expect(cloud.requests).toHaveLength(0);
  });
});

describe('volume actions', () => {
  it('extends a volume (os-extend, 202)', async () => {
    const cloud = cinder();
    cloud.reply('POST', `volumes/${id}/action`, undefined, { status: 202 });
    await extendVolume(cloud.client, id, 2);
    expect(cloud.lastRequest().json).toEqual({ 'os-extend': { new_size: 2 } });
    expect((await inputRefusal(async () => extendVolume(cloud.client, id, 0))).field).toBe('newSize');
    expect(cloud.serviceRequests()).toHaveLength(1);
  });

  it('sets the bootable (200) and read-only (202) flags', async () => {
    const cloud = cinder();
    cloud.handle('POST', `volumes/${id}/action`, (request) => ({ status: 'os-set_bootable' in (request.json as object) ? 200 : 202 }));
    await setVolumeBootable(cloud.client, id, true);
    await setVolumeReadonly(cloud.client, id, false);
    expect(cloud.serviceRequests().map((request) => request.json)).toEqual([{ 'os-set_bootable': { bootable: true } }, { 'os-update_readonly_flag': { readonly: false } }]);
    expect((await inputRefusal(async () => setVolumeBootable(cloud.client, id, 'yes' as never))).field).toBe('bootable');
    expect((await inputRefusal(async () => setVolumeReadonly(cloud.client, id, undefined as never))).field).toBe('readonly');
    expect(cloud.serviceRequests()).toHaveLength(2);
  });

  it('resets the status (admin, 202), and raises the refusal a member gets', async () => {
    const cloud = cinder();
    cloud.reply('POST', `volumes/${id}/action`, undefined, { status: 202 });
    await resetVolumeStatus(cloud.client, id, { status: 'available', attach_status: 'detached', migration_status: 'none' });
    expect(cloud.lastRequest().json).toEqual({ 'os-reset_status': { status: 'available', attach_status: 'detached', migration_status: 'none' } });
    expect((await inputRefusal(async () => resetVolumeStatus(cloud.client, id, {}))).field).toBe('input');
    const member = cinder();
    member.reply('POST', `volumes/${id}/action`, fx.resetStatusMember, { status: 403 });
    const error = await rejectionOf(async () => resetVolumeStatus(member.client, id, { status: 'available' }));
    expect(isHttpError(error, 403)).toBe(true);
    expect((error as Error).message).toContain(fx.resetStatusMember.forbidden.message);
  });
});

describe('the volumes summary', () => {
  it('reads the totals and metadata (3.12, 3.36)', async () => {
    const cloud = cinder();
    cloud.reply('GET', 'volumes/summary', fx.summary);
    expect(await getVolumesSummary(cloud.client)).toEqual(fx.summary['volume-summary']);
    cloud.reply('GET', 'volumes/summary?all_tenants=true', fx.summary);
    await getVolumesSummary(cloud.client, { all_tenants: true });
    expect(cloud.lastRequest().query).toEqual({ all_tenants: 'true' });
    expect(await microversionRefusal(async () => getVolumesSummary(cloud.client, {}, { microversion: '3.11' }))).toBe('The volumes summary requires block-storage microversion 3.12 or later; this call uses 3.11');
  });
});

describe('volume metadata', () => {
  it('reads, merges, replaces, sets and deletes', async () => {
    const cloud = cinder();
    cloud.reply('GET', `volumes/${id}/metadata`, fx.metadataGet);
    cloud.reply('POST', `volumes/${id}/metadata`, fx.metadataUpdate);
    cloud.reply('PUT', `volumes/${id}/metadata`, fx.metadataReplace);
    cloud.reply('PUT', `volumes/${id}/metadata/color`, fx.metadataSetItem);
    cloud.reply('GET', `volumes/${id}/metadata/color`, fx.metadataGetItem);
    cloud.reply('DELETE', `volumes/${id}/metadata/size`, undefined, { status: 200 });
    expect(await getVolumeMetadata(cloud.client, id)).toEqual({ purpose: 'recording' });
    expect(await updateVolumeMetadata(cloud.client, id, { color: 'blue' })).toEqual(fx.metadataUpdate.metadata);
    expect(cloud.lastRequest().json).toEqual({ metadata: { color: 'blue' } });
    expect(await replaceVolumeMetadata(cloud.client, id, { color: 'red', size: 'small' })).toEqual({ color: 'red', size: 'small' });
    expect(cloud.lastRequest().json).toEqual({ metadata: { color: 'red', size: 'small' } });
    expect(await setVolumeMetadataItem(cloud.client, id, 'color', 'green')).toEqual({ color: 'green' });
    expect(cloud.lastRequest().json).toEqual({ meta: { color: 'green' } });
    expect(await getVolumeMetadataItem(cloud.client, id, 'color')).toEqual({ color: 'green' });
    await deleteVolumeMetadataItem(cloud.client, id, 'size');
    expect(cloud.serviceRequests().map((request) => `${request.method} ${request.path}`)).toEqual([
      `GET volumes/${id}/metadata`,
      `POST volumes/${id}/metadata`,
      `PUT volumes/${id}/metadata`,
      `PUT volumes/${id}/metadata/color`,
      `GET volumes/${id}/metadata/color`,
      `DELETE volumes/${id}/metadata/size`,
    ]);
  });

  it('encodes keys into the path, and raises the 404 of a missing key', async () => {
    const cloud = cinder();
    cloud.reply('GET', `volumes/${id}/metadata/a%2Fb%20c`, fx.metadataGetMissing, { status: 404 });
    const error = await rejectionOf(async () => getVolumeMetadataItem(cloud.client, id, 'a/b c'));
    expect(isHttpError(error, 404)).toBe(true);
    expect((await inputRefusal(async () => setVolumeMetadataItem(cloud.client, id, 'k', 1 as never))).field).toBe('value');
    expect((await inputRefusal(async () => deleteVolumeMetadataItem(cloud.client, id, ''))).field).toBe('key');
  });
});

describe('findVolumeId', () => {
  it('matches an ID first, then a unique name', async () => {
    const cloud = cinder();
    cloud.reply('GET', `volumes/${id}`, fx.get);
    expect(await findVolumeId(cloud.client, id)).toEqual({ id, matchedBy: 'id' });
    cloud.reply('GET', 'volumes/rec-volume', fx.getMissingByName, { status: 404 });
    cloud.reply('GET', 'volumes?name=rec-volume', fx.listSummaries);
    expect(await findVolumeId(cloud.client, 'rec-volume')).toEqual({ id, matchedBy: 'name' });
  });

  it('rejects with NameLookupError when nothing matches', async () => {
    const cloud = cinder();
    cloud.reply('GET', 'volumes/nothing', fx.getMissingByName, { status: 404 });
    cloud.reply('GET', 'volumes?name=nothing', { volumes: [] });
    expect(isNameLookupError(await rejectionOf(async () => findVolumeId(cloud.client, 'nothing')))).toBe(true);
  });
});

describe('volume waiters', () => {
  it('polls until the status, reporting each poll', async () => {
    const cloud = cinder();
    cloud.replyOnce('GET', `volumes/${id}`, fx.create);
    cloud.reply('GET', `volumes/${id}`, fx.get);
    const seen: string[] = [];
    const volume = await waitForVolumeStatus(cloud.client, id, 'available', { intervalMs: 1, onPoll: (v) => seen.push(v.status) });
    expect(volume.status).toBe('available');
    expect(seen).toEqual(['creating', 'available']);
  });

  it("fails fast on error_extending with Cinder's user message about the volume", async () => {
    const cloud = cinder();
    cloud.reply('GET', `volumes/${id}`, fx.getExtendFailed);
    cloud.reply('GET', `messages?resource_uuid=${id}`, fx.messagesExtend);
    const error = await rejectionOf(async () => waitForVolumeStatus(cloud.client, id, 'available', { intervalMs: 1 }));
    expect(isResourceStateError(error)).toBe(true);
    expect((error as ResourceStateError).status).toBe('error_extending');
    expect((error as ResourceStateError).reason).toBe('extend volume:Volume Driver failed to extend volume.');
    expect(cloud.serviceRequests().map((request) => [request.path, request.query, request.headers['openstack-api-version']])).toEqual([
      [`volumes/${id}`, {}, 'volume 3.70'],
      [`messages?resource_uuid=${id}`, { resource_uuid: id }, 'volume 3.70'],
    ]);
  });

  it('fails with the status alone before microversion 3.3 or when the messages cannot be read', async () => {
    const old = cinder('3.2');
    old.reply('GET', `volumes/${id}`, fx.getExtendFailed);
    const error = await rejectionOf(async () => waitForVolumeStatus(old.client, id, 'available', { intervalMs: 1 }));
    expect((error as ResourceStateError).status).toBe('error_extending');
    expect((error as ResourceStateError).reason).toBeUndefined();
    expect(old.serviceRequests().map((request) => request.path)).toEqual([`volumes/${id}`]);
    const broken = cinder();
    broken.reply('GET', `volumes/${id}`, fx.getExtendFailed);
    broken.reply('GET', `messages?resource_uuid=${id}`, { error: 'x' }, { status: 500 });
    const plain = await rejectionOf(async () => waitForVolumeStatus(broken.client, id, 'available', { intervalMs: 1, failOn: ['error_extending'] }));
    expect((plain as ResourceStateError).reason).toBeUndefined();
  });

  it('keeps waiting through a status left out of failOn', async () => {
    const cloud = cinder();
    cloud.replyOnce('GET', `volumes/${id}`, fx.getExtendFailed);
    cloud.reply('GET', `volumes/${id}`, fx.get);
    expect((await waitForVolumeStatus(cloud.client, id, 'available', { intervalMs: 1, failOn: [] })).status).toBe('available');
  });

  it('waits for the 404 after a delete', async () => {
    const cloud = cinder();
    cloud.replyOnce('GET', `volumes/${id}`, fx.getDeleting);
    cloud.reply('GET', `volumes/${id}`, fx.getDeleted, { status: 404 });
    await waitForVolumeDeleted(cloud.client, id, { intervalMs: 1 });
    expect(cloud.serviceRequests()).toHaveLength(2);
  });

  it('fails fast on a failOn status while waiting for the deletion', async () => {
    const cloud = cinder();
    cloud.reply('GET', `volumes/${id}`, fx.getExtendFailed);
    cloud.reply('GET', `messages?resource_uuid=${id}`, fx.messagesExtend);
    const error = await rejectionOf(async () => waitForVolumeDeleted(cloud.client, id, { intervalMs: 1, failOn: ['error_extending'] }));
    expect((error as ResourceStateError).status).toBe('error_extending');
    expect((error as ResourceStateError).reason).toBe('extend volume:Volume Driver failed to extend volume.');
  });
});
