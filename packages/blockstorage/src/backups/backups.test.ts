import { describe, expect, it } from '@jest/globals';
import { isHttpError, isNameLookupError, isResourceStateError, type ResourceStateError } from '@openstack-ts/core';
import { rejectionOf } from '@openstack-ts/core/testing';
import {
  createBackup,
  deleteBackup,
  forceDeleteBackup,
  exportBackupRecord,
  findBackupId,
  getBackup,
  importBackupRecord,
  listBackupSummaries,
  listBackups,
  resetBackupStatus,
  restoreBackup,
  updateBackup,
  waitForBackupDeleted,
  waitForBackupStatus,
} from './index.js';
import * as fx from './backups.fixtures.js';
import { fakeCinder as cinder, inputRefusal, microversionRefusal } from '../fake-cinder.fixtures.js';

const id = fx.create.backup.id;
const failedId = fx.getFailed.backup.id;
const volumeId = fx.get.backup.volume_id;

describe('listing backups', () => {
  it('lists details following backups_links, sending the microversion header', async () => {
    const cloud = cinder();
    cloud.reply('GET', 'backups/detail?limit=1&sort=name%3Aasc', fx.listPage1);
    cloud.reply('GET', `backups/detail?limit=1&sort=name%3Aasc&marker=${id}`, fx.listPage2);
    cloud.reply('GET', `backups/detail?limit=1&sort=name%3Aasc&marker=${failedId}`, fx.listPage3);
    const backups = await listBackups(cloud.client, { limit: 1, sort: 'name:asc' }).all();
    expect(backups.map((backup) => [backup.id, backup.name, backup.status])).toEqual([
      [id, 'rec-backup', 'available'],
      [failedId, 'rec-backup-fail', 'error'],
    ]);
    expect(cloud.serviceRequests().map((request) => request.headers['openstack-api-version'])).toEqual(['volume 3.70', 'volume 3.70', 'volume 3.70']);
  });

  it('lists summaries: ID, name and links', async () => {
    const cloud = cinder();
    cloud.reply('GET', 'backups?name=rec-backup', fx.listSummaries);
    const summaries = await listBackupSummaries(cloud.client, { name: 'rec-backup' }).all();
    expect(summaries).toEqual(fx.listSummaries.backups);
    expect(Object.keys(summaries[0] ?? {}).sort()).toEqual(['id', 'links', 'name']);
  });

  it('passes every filter through as a query parameter', async () => {
    const cloud = cinder();
    const query = { all_tenants: true, project_id: 'p', name: 'n', status: 'available', volume_id: 'v', sort_key: 'name', sort_dir: 'desc' as const, limit: 5, marker: 'm', offset: 1 };
    cloud.handle('GET', 'backups/detail?' + new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)])).toString(), () => ({ body: { backups: [] } }));
    expect(await listBackups(cloud.client, query).all()).toEqual([]);
    expect(cloud.lastRequest().query).toMatchObject({ all_tenants: 'true', volume_id: 'v', offset: '1' });
  });

  it("refuses sort with sort_key before sending, and surfaces Cinder's 400 for a filter members may not use", async () => {
    const cloud = cinder();
    expect((await inputRefusal(() => listBackups(cloud.client, { sort: 'name', sort_dir: 'asc' }))).field).toBe('sort');
    expect(cloud.requests).toHaveLength(0);
    cloud.reply('GET', 'backups?project_id=x', fx.filterRefused, { status: 400 });
    const error = await rejectionOf(() => listBackupSummaries(cloud.client, { project_id: 'x' }));
    expect(isHttpError(error, 400)).toBe(true);
    expect((error as Error).message).toContain('Invalid filters project_id are found in query options.');
  });
});

describe('one backup', () => {
  it('gets a backup; admins also see the project and user', async () => {
    const cloud = cinder();
    cloud.reply('GET', `backups/${id}`, fx.get);
    const backup = await getBackup(cloud.client, id);
    expect(backup).toMatchObject({ id, name: 'rec-backup', status: 'available', size: 1, is_incremental: false, volume_id: volumeId, metadata: { purpose: 'recording' } });
    expect(backup['os-backup-project-attr:project_id']).toBeUndefined();
    cloud.reply('GET', `backups/${id}`, fx.adminGet);
    const admin = await getBackup(cloud.client, id);
    expect(admin['os-backup-project-attr:project_id']).toMatch(/^[0-9a-f]{32}$/);
    expect(admin.user_id).toMatch(/^[0-9a-f]{32}$/);
  });

  it('raises a 404 for a backup that is gone', async () => {
    const cloud = cinder();
    cloud.reply('GET', `backups/${failedId}`, fx.getDeleted, { status: 404 });
    const error = await rejectionOf(async () => getBackup(cloud.client, failedId));
    expect(isHttpError(error, 404)).toBe(true);
    expect((error as Error).message).toContain(fx.getDeleted.itemNotFound.message);
  });

  it('creates a backup (202) and answers its ID, name and links', async () => {
    const cloud = cinder();
    cloud.reply('POST', 'backups', fx.create, { status: 202 });
    const input = {
      volume_id: volumeId, name: 'rec-backup', description: 'recorded', metadata: { purpose: 'recording' }, incremental: true, force: true,
      snapshot_id: 's', container: 'c', availability_zone: 'nova',
    };
    expect(await createBackup(cloud.client, input)).toEqual(fx.create.backup);
    expect(cloud.lastRequest().json).toEqual({ backup: input });
    expect(cloud.lastRequest().headers['openstack-api-version']).toBe('volume 3.70');
  });

  it('refuses a create without volume_id, or metadata before 3.43 and an AZ before 3.51, before sending', async () => {
    const cloud = cinder('3.42');
    expect((await inputRefusal(async () => createBackup(cloud.client, {} as never))).field).toBe('volume_id');
    expect((await inputRefusal(async () => createBackup(cloud.client, null as never))).field).toBe('volume_id');
    expect(await microversionRefusal(async () => createBackup(cloud.client, { volume_id: 'v', metadata: {} }))).toBe('Backup metadata requires block-storage microversion 3.43 or later; this call uses 3.42');
    expect(await microversionRefusal(async () => createBackup(cloud.client, { volume_id: 'v', availability_zone: 'nova' }, { microversion: '3.50' }))).toMatch(/^The availability zone of a backup requires block-storage microversion 3\.51/);
    expect(cloud.requests).toHaveLength(0);
  });

  it('updates a backup from 3.9 (Cinder has no route before: its 404), metadata from 3.43', async () => {
    const cloud = cinder();
    cloud.reply('PUT', `backups/${id}`, fx.update);
    const input = { description: 'updated', metadata: { purpose: 'recording', step: '2' } };
    expect(await updateBackup(cloud.client, id, input)).toEqual(fx.update.backup);
    expect(cloud.lastRequest().json).toEqual({ backup: input });
    const old = cinder('3.8');
    expect(await microversionRefusal(async () => updateBackup(old.client, id, { name: 'x' }))).toBe('A backup update requires block-storage microversion 3.9 or later; this call uses 3.8');
    expect(await microversionRefusal(async () => updateBackup(old.client, id, { metadata: {} }, { microversion: '3.42' }))).toMatch(/^Backup metadata requires block-storage microversion 3\.43/);
    expect(old.requests).toHaveLength(0);
    expect(fx.update38.itemNotFound.code).toBe(404); // what 3.8 would have met
  });

  it('deletes a backup (202); forceDeleteBackup sends os-force_delete', async () => {
    const cloud = cinder();
    cloud.reply('DELETE', `backups/${id}`, undefined, { status: 202 });
    cloud.reply('POST', `backups/${id}/action`, undefined, { status: 202 });
    await deleteBackup(cloud.client, id);
    await forceDeleteBackup(cloud.client, id);
    expect(cloud.serviceRequests().map((request) => [request.method, request.path, request.json])).toEqual([
      ['DELETE', `backups/${id}`, undefined],
      ['POST', `backups/${id}/action`, { 'os-force_delete': {} }],
    ]);
  });

  it('restores into a new volume or over an existing one', async () => {
    const cloud = cinder();
    cloud.replyOnce('POST', `backups/${id}/restore`, fx.restoreNew, { status: 202 });
    cloud.replyOnce('POST', `backups/${id}/restore`, fx.restoreExisting, { status: 202 });
    expect(await restoreBackup(cloud.client, id, { name: 'rec-restored' })).toEqual(fx.restoreNew.restore);
    expect(cloud.lastRequest().json).toEqual({ restore: { name: 'rec-restored' } });
    expect(await restoreBackup(cloud.client, id, { volume_id: volumeId })).toEqual({ backup_id: id, volume_id: volumeId, volume_name: 'rec-bk-vol' });
    expect(cloud.lastRequest().json).toEqual({ restore: { volume_id: volumeId } });
  });

  it('exports and imports a backup record (admin); the member meets 403', async () => {
    const cloud = cinder();
    cloud.reply('GET', `backups/${id}/export_record`, fx.exportRecord);
    const record = await exportBackupRecord(cloud.client, id);
    expect(record.backup_service).toBe('cinder.backup.drivers.posix.PosixBackupDriver');
    cloud.reply('POST', 'backups/import_record', fx.importRecord, { status: 201 });
    expect(await importBackupRecord(cloud.client, record)).toEqual(fx.importRecord.backup);
    expect(cloud.lastRequest().json).toEqual({ 'backup-record': fx.exportRecord['backup-record'] });
    expect((await inputRefusal(async () => importBackupRecord(cloud.client, { backup_service: 'x' } as never))).field).toBe('record');
    const member = cinder();
    member.reply('GET', `backups/${id}/export_record`, fx.exportMember, { status: 403 });
    expect(isHttpError(await rejectionOf(async () => exportBackupRecord(member.client, id)), 403)).toBe(true);
    member.reply('POST', 'backups/import_record', fx.importExists, { status: 400 });
    const exists = await rejectionOf(async () => importBackupRecord(member.client, record));
    expect((exists as Error).message).toContain('Backup already exists in database.');
  });

  it('resets the status (admin) with os-reset_status', async () => {
    const cloud = cinder();
    cloud.reply('POST', `backups/${id}/action`, undefined, { status: 202 });
    await resetBackupStatus(cloud.client, id, 'error');
    expect(cloud.lastRequest().json).toEqual({ 'os-reset_status': { status: 'error' } });
    expect((await inputRefusal(async () => resetBackupStatus(cloud.client, id, ''))).field).toBe('status');
    const member = cinder();
    member.reply('POST', `backups/${id}/action`, fx.resetMember, { status: 403 });
    expect(isHttpError(await rejectionOf(async () => resetBackupStatus(member.client, id, 'available')), 403)).toBe(true);
  });

  it('finds a backup by ID, then by name', async () => {
    const cloud = cinder();
    cloud.reply('GET', `backups/${id}`, fx.get);
    expect(await findBackupId(cloud.client, id)).toEqual({ id, matchedBy: 'id' });
    cloud.reply('GET', 'backups/rec-backup', fx.getDeleted, { status: 404 });
    cloud.reply('GET', 'backups?name=rec-backup', fx.listSummaries);
    expect(await findBackupId(cloud.client, 'rec-backup')).toEqual({ id, matchedBy: 'name' });
    cloud.reply('GET', 'backups/nope', fx.getDeleted, { status: 404 });
    cloud.reply('GET', 'backups?name=nope', { backups: [] });
    expect(isNameLookupError(await rejectionOf(async () => findBackupId(cloud.client, 'nope')))).toBe(true);
  });
});

describe('backup waiters', () => {
  it('waits through restoring until available', async () => {
    const cloud = cinder();
    cloud.replyOnce('GET', `backups/${id}`, fx.getRestoring);
    cloud.reply('GET', `backups/${id}`, fx.get);
    const seen: string[] = [];
    const backup = await waitForBackupStatus(cloud.client, id, 'available', { intervalMs: 1, onPoll: (b) => seen.push(b.status) });
    expect(backup.status).toBe('available');
    expect(seen).toEqual(['restoring', 'available']);
  });

  it("fails fast on error with the backup's fail_reason", async () => {
    const cloud = cinder();
    cloud.reply('GET', `backups/${failedId}`, fx.getFailed);
    const error = await rejectionOf(async () => waitForBackupStatus(cloud.client, failedId, 'available', { intervalMs: 1 }));
    expect(isResourceStateError(error)).toBe(true);
    expect((error as ResourceStateError).status).toBe('error');
    expect((error as ResourceStateError).reason).toBe("[Errno 2] No such file or directory: '/proc/rec-nope'");
    expect(cloud.serviceRequests()).toHaveLength(1);
  });

  it('waits for the 404 after a delete, with the microversion asked for', async () => {
    const cloud = cinder();
    cloud.replyOnce('GET', `backups/${failedId}`, fx.getDeleting);
    cloud.reply('GET', `backups/${failedId}`, fx.getDeleted, { status: 404 });
    await waitForBackupDeleted(cloud.client, failedId, { intervalMs: 1, microversion: '3.9' });
    expect(cloud.serviceRequests().map((request) => request.headers['openstack-api-version'])).toEqual(['volume 3.9', 'volume 3.9']);
  });
});
