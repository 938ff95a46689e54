import { describe, expect, it } from '@jest/globals';
import { isHttpError } from '@openstack-ts/core';
import { rejectionOf } from '@openstack-ts/core/testing';
import { abortServerMigration, forceCompleteServerMigration, getServerMigration, listMigrations, listServerMigrations } from './index.js';
import * as fx from './migrations.fixtures.js';
import { fakeNova as nova, inputRefusal, microversionRefusal } from '../fake-nova.fixtures.js';

const SERVER = '85f4c9f4-2cd1-4072-a72b-5a75198ef44e';
const HOST = 'host-ovs-filter-active';
const DEMO_USER = '5ce87aa153d147269f85b1f397a18dd1';
const DEMO_PROJECT = '56a1734a387a4a25a56ee940578c82dd';

describe('migrations', () => {
  it('lists the migrations of a server, newest first, with their types', async () => {
    const cloud = nova();
    cloud.reply('GET', `os-migrations?instance_uuid=${SERVER}`, fx.list);
    const migrations = await listMigrations(cloud.client, { instance_uuid: SERVER }).all();
    expect(migrations.map((m) => [m.id, m.migration_type, m.status])).toEqual([
      [3, 'live-migration', 'error'],
      [2, 'migration', 'error'],
      [1, 'resize', 'confirmed'],
    ]);
    expect(migrations[2]).toMatchObject({
      uuid: '398814a8-2b51-40d2-91be-44cafbe952f0',
      instance_uuid: SERVER,
      source_compute: HOST,
      dest_compute: HOST,
      old_instance_type_id: 1,
      new_instance_type_id: 2,
      user_id: DEMO_USER,
      project_id: DEMO_PROJECT,
    });
    expect(migrations[0]?.dest_compute).toBeNull();
    expect(cloud.lastRequest().headers['openstack-api-version']).toBe('compute 2.93');
  });

  it('filters by host, source, status and type', async () => {
    const cloud = nova();
    const query = { instance_uuid: SERVER, migration_type: 'resize', status: 'finished', host: HOST, source_compute: HOST };
    cloud.reply('GET', `os-migrations?instance_uuid=${SERVER}&migration_type=resize&status=finished&host=${HOST}&source_compute=${HOST}`, fx.listFiltered);
    const migrations = await listMigrations(cloud.client, query).all();
    expect(cloud.lastRequest().query).toEqual(query);
    expect(migrations.map((m) => m.status)).toEqual(['finished']);
  });

  it('follows migrations_links page by page (2.59)', async () => {
    const cloud = nova();
    cloud.reply('GET', `os-migrations?instance_uuid=${SERVER}&limit=2`, fx.listPage1);
    cloud.reply('GET', `os-migrations?instance_uuid=${SERVER}&limit=2&marker=8fce50ee-062a-4e4b-8c7e-84dbc06ab47c`, fx.listPage2);
    const pages: number[][] = [];
    for await (const page of listMigrations(cloud.client, { instance_uuid: SERVER, limit: 2 }).byPage()) pages.push(page.map((m) => m.id));
    expect(pages).toEqual([[3, 2], [1]]);
    expect(cloud.serviceRequests()).toHaveLength(2);
  });

  it('starts from a marker', async () => {
    const cloud = nova();
    const marker = '8fce50ee-062a-4e4b-8c7e-84dbc06ab47c';
    cloud.reply('GET', `os-migrations?instance_uuid=${SERVER}&limit=2&marker=${marker}`, fx.listPage2);
    expect((await listMigrations(cloud.client, { instance_uuid: SERVER, limit: 2, marker }).all()).map((m) => m.id)).toEqual([1]);
    expect(cloud.lastRequest().query).toEqual({ instance_uuid: SERVER, limit: '2', marker });
  });

  it('filters by change time (2.59, 2.66) and by user and project (2.80)', async () => {
    const cloud = nova();
    const since = '2026-11-27T14:06:50Z';
    const before = '2026-11-27T14:06:56Z';
    cloud.reply('GET', `os-migrations?instance_uuid=${SERVER}&changes-since=${since}&changes-before=${before}`, fx.listChanges);
    cloud.reply('GET', `os-migrations?user_id=${DEMO_USER}&project_id=${DEMO_PROJECT}&instance_uuid=${SERVER}`, fx.listByUser);
    const changed = await listMigrations(cloud.client, { instance_uuid: SERVER, 'changes-since': since, 'changes-before': before }).all();
    expect(cloud.lastRequest().query).toEqual({ instance_uuid: SERVER, 'changes-since': since, 'changes-before': before });
    expect(changed.map((m) => m.id)).toEqual([2, 1]);
    const mine = await listMigrations(cloud.client, { user_id: DEMO_USER, project_id: DEMO_PROJECT, instance_uuid: SERVER }).all();
    expect(mine.map((m) => m.user_id)).toEqual([DEMO_USER]);
  });

  it('surfaces the 400 for a changes-since later than changes-before', async () => {
    const cloud = nova();
    cloud.reply('GET', 'os-migrations?changes-since=2026-11-27T14:06:56Z&changes-before=2026-11-27T14:06:50Z', fx.listChangesReversed, { status: 400 });
    const error = await rejectionOf(() => listMigrations(cloud.client, { 'changes-since': '2026-11-27T14:06:56Z', 'changes-before': '2026-11-27T14:06:50Z' }));
    expect(isHttpError(error, 400)).toBe(true);
    expect(String(error)).toMatch(/changes-since must be less than or equal to changes-before/);
  });

  it('has no type before 2.23 and no uuid before 2.59', async () => {
    const v21 = nova('2.1');
    v21.reply('GET', `os-migrations?instance_uuid=${SERVER}`, fx.list21);
    const [old] = await listMigrations(v21.client, { instance_uuid: SERVER }).all();
    expect(old?.migration_type).toBeUndefined();
    expect(old?.uuid).toBeUndefined();
    const v223 = nova('2.23');
    v223.reply('GET', `os-migrations?instance_uuid=${SERVER}`, fx.list223);
    expect((await listMigrations(v223.client, { instance_uuid: SERVER }).all())[0]).toMatchObject({ migration_type: 'resize' });
    const v259 = nova('2.59');
    v259.reply('GET', `os-migrations?instance_uuid=${SERVER}`, fx.list259);
    const [withUuid] = await listMigrations(v259.client, { instance_uuid: SERVER }).all();
    expect(withUuid?.uuid).toBe('398814a8-2b51-40d2-91be-44cafbe952f0');
    expect(withUuid?.user_id).toBeUndefined();
  });

  it('refuses filters and paging the microversion lacks, without sending', async () => {
    const v258 = nova('2.58');
    expect(await microversionRefusal(() => listMigrations(v258.client, { 'changes-since': '2026-01-01T00:00:00Z' }))).toBe('The changes-since filter requires compute microversion 2.59 or later; this call uses 2.58');
    expect(await microversionRefusal(() => listMigrations(v258.client, { limit: 1 }))).toBe('Paging migrations requires compute microversion 2.59 or later; this call uses 2.58');
    expect(await microversionRefusal(() => listMigrations(v258.client, { marker: 'x' }))).toBe('Paging migrations requires compute microversion 2.59 or later; this call uses 2.58');
    const v265 = nova('2.65');
    expect(await microversionRefusal(() => listMigrations(v265.client, { 'changes-before': '2026-01-01T00:00:00Z' }))).toBe('The changes-before filter requires compute microversion 2.66 or later; this call uses 2.65');
    const v279 = nova('2.79');
    expect(await microversionRefusal(() => listMigrations(v279.client, { user_id: DEMO_USER }))).toBe('The user_id and project_id filters requires compute microversion 2.80 or later; this call uses 2.79');
    expect(await microversionRefusal(() => listMigrations(v279.client, { project_id: DEMO_PROJECT }))).toBe('The user_id and project_id filters requires compute microversion 2.80 or later; this call uses 2.79');
    expect([...v258.requests, ...v265.requests, ...v279.requests]).toHaveLength(0);
  });

  it("lists a server's live migrations in progress (none here)", async () => {
    const cloud = nova();
    cloud.reply('GET', `servers/${SERVER}/migrations`, fx.serverMigrations);
    expect(await listServerMigrations(cloud.client, SERVER).all()).toEqual([]);
    expect(cloud.lastRequest().url).toBe(`http://127.0.0.1:8774/v2.1/servers/${SERVER}/migrations`);
  });

  it("surfaces the 403 a member gets for a server's migrations", async () => {
    const cloud = nova();
    cloud.reply('GET', `servers/${SERVER}/migrations`, fx.serverMigrationsAsMember, { status: 403 });
    const error = await rejectionOf(() => listServerMigrations(cloud.client, SERVER));
    expect(isHttpError(error, 403)).toBe(true);
  });

  it('gets a server migration; Nova answers 404 unless it is a live migration in progress', async () => {
    const cloud = nova();
    cloud.reply('GET', `servers/${SERVER}/migrations/3`, fx.notInProgress, { status: 404 });
    cloud.reply('GET', `servers/${SERVER}/migrations/1`, fx.notLiveMigration, { status: 404 });
    const notRunning = await rejectionOf(async () => getServerMigration(cloud.client, SERVER, 3));
    expect(isHttpError(notRunning, 404)).toBe(true);
    expect(String(notRunning)).toMatch(/Live migration 3 for server .* is not in progress/);
    const resize = await rejectionOf(async () => getServerMigration(cloud.client, SERVER, '1'));
    expect(String(resize)).toMatch(/Migration 1 for server .* is not live-migration/);
    expect(cloud.lastRequest().method).toBe('GET');
  });

  it('forces a live migration to complete with the force_complete action (2.22)', async () => {
    const cloud = nova();
    cloud.replyOnce('POST', `servers/${SERVER}/migrations/3/action`, undefined, { status: 202 });
    cloud.replyOnce('POST', `servers/${SERVER}/migrations/3/action`, fx.forceCompleteConflict, { status: 409 });
    await forceCompleteServerMigration(cloud.client, SERVER, 3);
    expect(cloud.lastRequest().json).toEqual({ force_complete: null });
    const error = await rejectionOf(async () => forceCompleteServerMigration(cloud.client, SERVER, 3));
    expect(isHttpError(error, 409)).toBe(true);
    expect(String(error)).toMatch(/invalid state for 'force_complete'/);
  });

  it('aborts a live migration with DELETE (2.24)', async () => {
    const cloud = nova();
    cloud.replyOnce('DELETE', `servers/${SERVER}/migrations/3`, undefined, { status: 202 });
    cloud.replyOnce('DELETE', `servers/${SERVER}/migrations/3`, fx.abortConflict, { status: 409 });
    await abortServerMigration(cloud.client, SERVER, 3);
    expect(cloud.lastRequest().method).toBe('DELETE');
    const error = await rejectionOf(async () => abortServerMigration(cloud.client, SERVER, 3));
    expect(isHttpError(error, 409)).toBe(true);
    expect(String(error)).toMatch(/invalid state for 'abort live migration'/);
  });

  it('refuses server migration calls before their microversions, and bad IDs, without sending', async () => {
    const v221 = nova('2.21');
    expect(await microversionRefusal(async () => forceCompleteServerMigration(v221.client, SERVER, 3))).toBe('Forcing a live migration to complete requires compute microversion 2.22 or later; this call uses 2.21');
    const v222 = nova('2.22');
    expect(await microversionRefusal(() => listServerMigrations(v222.client, SERVER))).toBe('Listing server migrations requires compute microversion 2.23 or later; this call uses 2.22');
    expect(await microversionRefusal(async () => getServerMigration(v222.client, SERVER, 3))).toBe('Showing a server migration requires compute microversion 2.23 or later; this call uses 2.22');
    const v223 = nova('2.23');
    expect(await microversionRefusal(async () => abortServerMigration(v223.client, SERVER, 3))).toBe('Aborting a live migration requires compute microversion 2.24 or later; this call uses 2.23');
    const cloud = nova();
    expect(await inputRefusal(async () => getServerMigration(cloud.client, SERVER, -3))).toMatchObject({ name: 'InvalidInputError', field: 'migrationId' });
    expect(await inputRefusal(async () => getServerMigration(cloud.client, '', 3))).toMatchObject({ name: 'InvalidInputError', field: 'serverId' });
    expect([...v221.requests, ...v222.requests, ...v223.requests, ...cloud.requests]).toHaveLength(0);
  });
});
