import { describe, expect, it } from '@jest/globals';
import { isHttpError } from '@openstack-ts/core';
import { rejectionOf } from '@openstack-ts/core/testing';
import { getInstanceAction, listInstanceActions } from './index.js';
import * as fx from './instance-actions.fixtures.js';
import { fakeNova as nova, inputRefusal, microversionRefusal } from '../fake-nova.fixtures.js';

const SERVER = '85f4c9f4-2cd1-4072-a72b-5a75198ef44e';
const ACTIONS = `servers/${SERVER}/os-instance-actions`;
const MIGRATE = 'req-7118fa8c-c2f5-43d4-8050-f2e03dedbd0c';
const RESIZE = 'req-1b37ec62-35c1-4ebf-8a53-77da688b8e46';

describe('instance actions', () => {
  it("lists a server's actions, newest first", async () => {
    const cloud = nova();
    cloud.reply('GET', ACTIONS, fx.list);
    const actions = await listInstanceActions(cloud.client, SERVER).all();
    expect(actions.map((a) => a.action)).toEqual(['live-migration', 'migrate', 'confirmResize', 'resize', 'create']);
    expect(actions[1]).toEqual({
      action: 'migrate',
      instance_uuid: SERVER,
      request_id: MIGRATE,
      user_id: '21f13c8a76874d4fb3e0a6bfdcdf05af',
      project_id: 'fce686c7d1ca46108d67d3c934f443fb',
      start_time: '2026-11-27T14:06:54.000000',
      message: 'Error',
      updated_at: '2026-11-27T14:06:55.000000',
    });
    expect(cloud.lastRequest().headers['openstack-api-version']).toBe('compute 2.93');
  });

  it('follows the reply\'s links page by page (2.58)', async () => {
    const cloud = nova();
    cloud.reply('GET', `${ACTIONS}?limit=2`, fx.listPage1);
    cloud.reply('GET', `${ACTIONS}?limit=2&marker=${MIGRATE}`, fx.listPage2);
    cloud.reply('GET', `${ACTIONS}?limit=2&marker=${RESIZE}`, fx.listPage3);
    const pages: string[][] = [];
    for await (const page of listInstanceActions(cloud.client, SERVER, { limit: 2 }).byPage()) pages.push(page.map((a) => a.action));
    expect(pages).toEqual([['live-migration', 'migrate'], ['confirmResize', 'resize'], ['create']]);
    expect(cloud.serviceRequests().map((r) => r.query)).toEqual([{ limit: '2' }, { limit: '2', marker: MIGRATE }, { limit: '2', marker: RESIZE }]);
  });

  it('starts from a marker', async () => {
    const cloud = nova();
    cloud.reply('GET', `${ACTIONS}?limit=2&marker=${RESIZE}`, fx.listPage3);
    expect((await listInstanceActions(cloud.client, SERVER, { limit: 2, marker: RESIZE }).all()).map((a) => a.action)).toEqual(['create']);
  });

  it('filters by change time (2.58, 2.66)', async () => {
    const cloud = nova();
    const since = '2026-11-27T14:06:50Z';
    const before = '2026-11-27T14:06:54Z';
    cloud.reply('GET', `${ACTIONS}?changes-since=${since}&changes-before=${before}`, fx.listChanges);
    const actions = await listInstanceActions(cloud.client, SERVER, { 'changes-since': since, 'changes-before': before }).all();
    expect(cloud.lastRequest().query).toEqual({ 'changes-since': since, 'changes-before': before });
    expect(actions.map((a) => a.action)).toEqual(['confirmResize']);
  });

  it('has no updated_at before 2.58', async () => {
    const cloud = nova('2.1');
    cloud.reply('GET', ACTIONS, fx.list21);
    const [action] = await listInstanceActions(cloud.client, SERVER).all();
    expect(action?.updated_at).toBeUndefined();
    expect(cloud.lastRequest().headers['x-openstack-nova-api-version']).toBe('2.1');
  });

  it('refuses paging and filters the microversion lacks, without sending', async () => {
    const v257 = nova('2.57');
    expect(await microversionRefusal(() => listInstanceActions(v257.client, SERVER, { limit: 1 }))).toBe('Paging instance actions requires compute microversion 2.58 or later; this call uses 2.57');
    expect(await microversionRefusal(() => listInstanceActions(v257.client, SERVER, { marker: MIGRATE }))).toBe('Paging instance actions requires compute microversion 2.58 or later; this call uses 2.57');
    expect(await microversionRefusal(() => listInstanceActions(v257.client, SERVER, { 'changes-since': '2026-01-01T00:00:00Z' }))).toBe('The changes-since filter requires compute microversion 2.58 or later; this call uses 2.57');
    const v265 = nova('2.65');
    expect(await microversionRefusal(() => listInstanceActions(v265.client, SERVER, { 'changes-before': '2026-01-01T00:00:00Z' }))).toBe('The changes-before filter requires compute microversion 2.66 or later; this call uses 2.65');
    expect(await inputRefusal(() => listInstanceActions(v265.client, ''))).toMatchObject({ name: 'InvalidInputError', field: 'serverId' });
    expect([...v257.requests, ...v265.requests]).toHaveLength(0);
  });

  it('shows an action to its owner: events without traceback or host, with hostId (2.62)', async () => {
    const cloud = nova();
    cloud.reply('GET', `${ACTIONS}/${MIGRATE}`, fx.getAsMember);
    const action = await getInstanceAction(cloud.client, SERVER, MIGRATE);
    expect(cloud.lastRequest().url).toBe(`http://127.0.0.1:8774/v2.1/${ACTIONS}/${MIGRATE}`);
    expect(action).toMatchObject({ action: 'migrate', request_id: MIGRATE, message: 'Error' });
    expect(action.events?.map((e) => e.event)).toEqual(['cold_migrate', 'conductor_migrate_server']);
    const [event] = action.events ?? [];
    expect(event).toEqual({
      event: 'cold_migrate',
      start_time: '2026-11-27T14:06:54.000000',
      finish_time: '2026-11-27T14:06:55.000000',
      result: 'Error',
      hostId: '4143e4fb24c0d31c9e09eac35e2d2885d0279048d8b98c281ef9323c',
    });
  });

  it('shows an action to an admin: traceback, host and details (2.84)', async () => {
    const cloud = nova();
    cloud.reply('GET', `${ACTIONS}/${MIGRATE}`, fx.getAsAdmin);
    const [event] = (await getInstanceAction(cloud.client, SERVER, MIGRATE)).events ?? [];
    expect(event).toMatchObject({ host: 'host-ovs-filter-active', details: 'No valid host was found. No valid host found for cold migrate' });
    expect(event?.traceback).toMatch(/migrate_server/);
  });

  it('before 2.51, events only for admins; no hostId before 2.62', async () => {
    const member = nova('2.50');
    member.reply('GET', `${ACTIONS}/${MIGRATE}`, fx.getAsMember250);
    expect((await getInstanceAction(member.client, SERVER, MIGRATE)).events).toBeUndefined();
    expect(member.lastRequest().headers['openstack-api-version']).toBe('compute 2.50');
    const admin = nova('2.50');
    admin.reply('GET', `${ACTIONS}/${MIGRATE}`, fx.getAsAdmin250);
    const [event] = (await getInstanceAction(admin.client, SERVER, MIGRATE)).events ?? [];
    expect(event?.traceback).toEqual(expect.any(String));
    expect(event?.hostId).toBeUndefined();
    expect(event?.host).toBeUndefined();
  });

  it('shows a successful action', async () => {
    const cloud = nova();
    const create = 'req-65ffff59-ab69-4524-9901-eb244343b34d';
    cloud.reply('GET', `${ACTIONS}/${create}`, fx.getCreateAsMember);
    const action = await getInstanceAction(cloud.client, SERVER, create);
    expect(action.message).toBeNull();
    expect(action.events).toEqual([expect.objectContaining({ event: 'compute__do_build_and_run_instance', result: 'Success' })]);
  });

  it('surfaces the 404 for an unknown request ID, and refuses an empty one before sending', async () => {
    const cloud = nova();
    const missing = 'req-00000000-0000-0000-0000-000000000000';
    cloud.reply('GET', `${ACTIONS}/${missing}`, fx.notFound, { status: 404 });
    const error = await rejectionOf(async () => getInstanceAction(cloud.client, SERVER, missing));
    expect(isHttpError(error, 404)).toBe(true);
    expect(String(error)).toMatch(/Action req-0{8}-0{4}-0{4}-0{4}-0{12} not found/);
    expect(await inputRefusal(async () => getInstanceAction(cloud.client, SERVER, ''))).toMatchObject({ name: 'InvalidInputError', field: 'requestId' });
    expect(cloud.serviceRequests()).toHaveLength(1);
  });
});
