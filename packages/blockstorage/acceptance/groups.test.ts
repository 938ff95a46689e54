import { expect, it } from '@jest/globals';
import { describeAsAdmin, describeWithService, uniqueName, useCleanup } from '@openstack-ts/acceptance';
import { isHttpError, waitForDelete, waitForStatus } from '@openstack-ts/core';
import { rejectionOf } from '@openstack-ts/core/testing';
import type { BlockStorageClient } from '../src/client.js';
import {
  createGroupType,
  deleteGroupSpec,
  deleteGroupType,
  getDefaultGroupType,
  getGroupSpec,
  getGroupSpecs,
  getGroupType,
  listGroupTypes,
  setGroupSpec,
  updateGroupSpecs,
  updateGroupType,
  type GroupType,
} from '../src/group-types/index.js';
import { createGroup, createGroupFromSource, deleteGroup, getGroup, listGroupSummaries, listGroups, updateGroup } from '../src/groups/index.js';
import { createGroupSnapshot, deleteGroupSnapshot, getGroupSnapshot, listGroupSnapshotSummaries, listGroupSnapshots } from '../src/group-snapshots/index.js';
import { getVolume } from '../src/volumes/index.js';
import { adminBlockStorage, createTestVolume, memberBlockStorage } from './helpers.js';

const WAIT = { intervalMs: 1000, timeoutMs: 120_000 };

describeWithService('block-storage', 'group types, groups and group snapshots against the real Cinder', () => {
  describeAsAdmin('with a group type the admin makes', () => {
    const cleanup = useCleanup();
    let admin: BlockStorageClient;
    let cinder: BlockStorageClient;
    let type: GroupType;
    let volumeTypeId: string;

    it('creates, updates and reads a group type and its specs (admin); the member may not create one', async () => {
      admin = await adminBlockStorage();
      cinder = await memberBlockStorage();
      type = await createGroupType(admin, { name: uniqueName('group-type'), description: 'acceptance', is_public: true, group_specs: { consistent_group_snapshot_enabled: '<is> False' } });
      cleanup.add(`group type ${type.name}`, async () => deleteGroupType(admin, type.id));
      expect(type.group_specs).toEqual({ consistent_group_snapshot_enabled: '<is> False' });
      expect((await updateGroupType(admin, type.id, { description: 'updated' })).description).toBe('updated');
      expect(await getGroupType(cinder, type.id)).toMatchObject({ id: type.id, description: 'updated', is_public: true });
      expect((await listGroupTypes(cinder).all()).map((t) => t.id)).toContain(type.id);
      expect(await updateGroupSpecs(admin, type.id, { osts_key: 'v' })).toEqual({ osts_key: 'v' });
      expect(await setGroupSpec(admin, type.id, 'osts_key', 'w')).toEqual({ osts_key: 'w' });
      expect(await getGroupSpec(admin, type.id, 'osts_key')).toEqual({ osts_key: 'w' });
      await deleteGroupSpec(admin, type.id, 'osts_key');
      expect(await getGroupSpecs(admin, type.id)).toEqual({ consistent_group_snapshot_enabled: '<is> False' });
      expect(isHttpError(await rejectionOf(async () => createGroupType(cinder, { name: uniqueName('nope') })), 403)).toBe(true);
      // The local cloud configures no default_group_type.
      expect(isHttpError(await rejectionOf(async () => getDefaultGroupType(cinder)), 404)).toBe(true);
    });

    it('creates a group with a volume in it, snapshots it, copies it from the snapshot, and deletes them all', async () => {
      const volumeType = await getVolume(cinder, (await createTestVolume(cinder, cleanup)).id);
      volumeTypeId = volumeType.volume_type_id ?? '';
      const name = uniqueName('group');
      const created = await createGroup(cinder, { name, description: 'acceptance', group_type: type.id, volume_types: [volumeTypeId] });
      const removeGroup = (id: string) => async () => {
        try {
          await deleteGroup(cinder, id, { 'delete-volumes': true });
        } catch (error) {
          if (isHttpError(error, 404)) return;
          throw error;
        }
        await waitForDelete({ resource: 'group', id, get: async (signal) => getGroup(cinder, id, { signal }), statusOf: (g) => g.status, failOn: ['error_deleting'], ...WAIT });
      };
      cleanup.add(`group ${name}`, removeGroup(created.id));
      const group = await waitForStatus({ resource: 'group', id: created.id, get: async (signal) => getGroup(cinder, created.id, { signal }), statusOf: (g) => g.status, wanted: 'available', failOn: ['error'], ...WAIT });
      expect(group).toMatchObject({ name, group_type: type.id, volume_types: [volumeTypeId], status: 'available' });

      // An existing available volume joins the group.
      await updateGroup(cinder, created.id, { description: 'updated', add_volumes: [volumeType.id] });
      await waitForStatus({ resource: 'group', id: created.id, get: async (signal) => getGroup(cinder, created.id, { signal }), statusOf: (g) => g.status, wanted: 'available', failOn: ['error'], ...WAIT });
      expect((await getVolume(cinder, volumeType.id)).group_id).toBe(created.id);
      const [listed] = await listGroups(cinder, { name, list_volume: true }).all();
      expect(listed).toMatchObject({ id: created.id, description: 'updated', volumes: [volumeType.id] });
      expect(await listGroupSummaries(cinder, { name }).all()).toEqual([{ id: created.id, name }]);

      const snapName = uniqueName('group-snap');
      const snap = await createGroupSnapshot(cinder, { group_id: created.id, name: snapName });
      cleanup.add(`group snapshot ${snapName}`, async () => {
        try {
          await deleteGroupSnapshot(cinder, snap.id);
        } catch (error) {
          if (!isHttpError(error, 404)) throw error;
        }
      });
      expect(snap.group_type_id).toBe(type.id);
      await waitForStatus({ resource: 'group snapshot', id: snap.id, get: async (signal) => getGroupSnapshot(cinder, snap.id, { signal }), statusOf: (s) => s.status, wanted: 'available', failOn: ['error'], ...WAIT });
      expect((await listGroupSnapshots(cinder, { group_id: created.id }).all()).map((s) => s.id)).toEqual([snap.id]);
      expect(await listGroupSnapshotSummaries(cinder, { name: snapName }).all()).toEqual([{ id: snap.id, name: snapName }]);

      const copyName = uniqueName('group-copy');
      const copy = await createGroupFromSource(cinder, { name: copyName, group_snapshot_id: snap.id });
      cleanup.add(`group ${copyName}`, removeGroup(copy.id));
      await waitForStatus({ resource: 'group', id: copy.id, get: async (signal) => getGroup(cinder, copy.id, { signal }), statusOf: (g) => g.status, wanted: 'available', failOn: ['error'], ...WAIT });
      const refused = await rejectionOf(async () => deleteGroup(cinder, copy.id));
      expect(isHttpError(refused, 400)).toBe(true);
      expect((refused as Error).message).toContain('The delete-volumes flag is required to delete it.');
      await removeGroup(copy.id)();
      await deleteGroupSnapshot(cinder, snap.id);
      await waitForDelete({ resource: 'group snapshot', id: snap.id, get: async (signal) => getGroupSnapshot(cinder, snap.id, { signal }), statusOf: (s) => s.status, failOn: ['error_deleting'], ...WAIT });
      await removeGroup(created.id)();
    });
  });
});
