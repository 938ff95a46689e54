import { expect, it } from '@jest/globals';
import { adminProvider, describeAsAdmin, describeWithService, memberProvider, uniqueName, useCleanup } from '@openstack-ts/acceptance';
import { isHttpError } from '@openstack-ts/core';
import { createIdentityClient, type IdentityClient } from '../src/client.js';
import {
  addUserToGroup, createGroup, deleteGroup, findGroupId, getGroup, isUserInGroup, listGroupUsers, listGroups, removeUserFromGroup, updateGroup,
} from '../src/groups/index.js';
import { createUser, deleteUser, listUserGroups } from '../src/users/index.js';

describeWithService('identity', 'groups against the real Keystone', () => {
  describeAsAdmin('as admin', () => {
    const cleanup = useCleanup();
    let keystone: IdentityClient;
    let id: string;
    let name: string;
    let userId: string;

    it('creates, gets, lists, finds and updates a group', async () => {
      keystone = await createIdentityClient(await adminProvider());
      name = uniqueName('group');
      const group = await createGroup(keystone, { name, domain_id: 'default', description: 'acceptance' });
      id = group.id;
      cleanup.add(`group ${name}`, async () => deleteGroup(keystone, group.id));
      expect(group).toMatchObject({ name, domain_id: 'default', description: 'acceptance' });
      expect((await getGroup(keystone, id)).name).toBe(name);
      expect((await listGroups(keystone, { name, domain_id: 'default' }).all()).map((g) => g.id)).toEqual([id]);
      expect(await findGroupId(keystone, name)).toEqual({ id, matchedBy: 'name' });
      expect(await findGroupId(keystone, id)).toEqual({ id, matchedBy: 'id' });
      expect((await updateGroup(keystone, id, { description: 'changed' })).description).toBe('changed');
    });

    it('adds a user, checks and lists membership, removes it', async () => {
      const userName = uniqueName('user');
      const user = await createUser(keystone, { name: userName, domain_id: 'default' });
      userId = user.id;
      cleanup.add(`user ${userName}`, async () => deleteUser(keystone, user.id));
      expect(await isUserInGroup(keystone, id, userId)).toBe(false);
      await addUserToGroup(keystone, id, userId);
      expect(await isUserInGroup(keystone, id, userId)).toBe(true);
      expect((await listGroupUsers(keystone, id).all()).map((u) => u.id)).toEqual([userId]);
      expect((await listGroupUsers(keystone, id, { password_expires_at: 'gt:2000-01-01T00:00:00Z' }).all())).toEqual([]);
      expect((await listUserGroups(keystone, userId).all()).map((g) => [g.id, g.membership_expires_at])).toEqual([[id, null]]);
      await removeUserFromGroup(keystone, id, userId);
      expect(await isUserInGroup(keystone, id, userId)).toBe(false);
    });

    it('a member may not list groups (403)', async () => {
      const member = await createIdentityClient(await memberProvider());
      const error = await listGroups(member).all().catch((e: unknown) => e);
      expect(isHttpError(error, 403)).toBe(true);
    });

    it('deletes it; a membership check on it is then a 404, not false', async () => {
      await deleteGroup(keystone, id);
      const error = await isUserInGroup(keystone, id, userId).catch((e: unknown) => e);
      expect(isHttpError(error, 404) && error.serviceMessage).toBe(`Could not find group: ${id}.`);
    });
  });
});
