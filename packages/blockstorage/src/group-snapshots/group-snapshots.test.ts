import { expect, it } from '@jest/globals';
import * as pkg from './index.js';
import * as fx from './group-snapshots.fixtures.js';
import { fakeCinder as cinder, inputRefusal, microversionRefusal } from '../fake-cinder.fixtures.js';

const id = fx.gsCreate.group_snapshot.id;
const groupId = fx.gsGet.group_snapshot.group_id;

it('creates (202), gets, lists (marker paging, no links) and deletes group snapshots', async () => {
  const cloud = cinder();
  cloud.reply('POST', 'group_snapshots', fx.gsCreate, { status: 202 });
  expect(await pkg.createGroupSnapshot(cloud.client, { group_id: groupId, name: 'rec-group-snap', description: 'recorded' })).toEqual(fx.gsCreate.group_snapshot);
  expect(cloud.lastRequest().json).toEqual({ group_snapshot: { group_id: groupId, name: 'rec-group-snap', description: 'recorded' } });
  cloud.reply('GET', `group_snapshots/${id}`, fx.gsGet);
  expect(await pkg.getGroupSnapshot(cloud.client, id)).toMatchObject({ id, group_id: groupId, status: 'available' });
  cloud.reply('GET', `group_snapshots/detail?group_id=${groupId}`, fx.gsListDetail);
  cloud.reply('GET', `group_snapshots/detail?group_id=${groupId}&marker=${id}`, { group_snapshots: [] });
  expect((await pkg.listGroupSnapshots(cloud.client, { group_id: groupId }).all()).map((s) => s.id)).toEqual([id]);
  cloud.reply('GET', 'group_snapshots', fx.gsList);
  cloud.reply('GET', `group_snapshots?marker=${id}`, { group_snapshots: [] });
  expect(await pkg.listGroupSnapshotSummaries(cloud.client).all()).toEqual(fx.gsList.group_snapshots);
  cloud.reply('DELETE', `group_snapshots/${id}`, undefined, { status: 202 });
  await pkg.deleteGroupSnapshot(cloud.client, id);
});

it('refuses below 3.14 or without a group_id, before sending', async () => {
  const cloud = cinder('3.13');
  expect(await microversionRefusal(() => pkg.listGroupSnapshots(cloud.client))).toBe('Group snapshots requires block-storage microversion 3.14 or later; this call uses 3.13');
  expect((await inputRefusal(async () => pkg.createGroupSnapshot(cloud.client, {} as never, { microversion: '3.14' }))).field).toBe('group_id');
  expect(cloud.requests).toHaveLength(0);
});
