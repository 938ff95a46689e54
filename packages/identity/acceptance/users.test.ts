import { expect, it } from '@jest/globals';
import { adminProvider, describeAsAdmin, describeWithService, memberProvider, uniqueName, useCleanup } from '@openstack-ts/acceptance';
import { authenticate, isAuthError, isHttpError } from '@openstack-ts/core';
import { createIdentityClient, type IdentityClient } from '../src/client.js';
import {
  changeUserPassword, createUser, deleteUser, findUserId, getUser, listUserGroups, listUserProjects, listUsers, updateUser,
} from '../src/users/index.js';

const authUrl = 'http://127.0.0.1:5000/v3';

describeWithService('identity', 'users against the real Keystone', () => {
  describeAsAdmin('as admin', () => {
    const cleanup = useCleanup();
    let keystone: IdentityClient;
    let id: string;
    let name: string;
    const first = `${uniqueName('pw')}-A1`;
    const second = `${uniqueName('pw')}-B2`;

    it('creates a user with a password, extra attributes and options; the password is never returned', async () => {
      keystone = await createIdentityClient(await adminProvider());
      name = uniqueName('user');
      const user = await createUser(keystone, { name, domain_id: 'default', password: first, description: 'acceptance', email: 'acc@example.test', enabled: true, options: { ignore_password_expiry: true } });
      id = user.id;
      cleanup.add(`user ${name}`, async () => deleteUser(keystone, user.id));
      expect(user).toMatchObject({ name, domain_id: 'default', enabled: true, email: 'acc@example.test', options: { ignore_password_expiry: true } });
      expect(JSON.stringify(user)).not.toContain(first);
    });

    it('gets, lists with filters, finds and updates it', async () => {
      expect((await getUser(keystone, id)).description).toBe('acceptance');
      expect((await listUsers(keystone, { name, domain_id: 'default', enabled: true }).all()).map((u) => u.id)).toEqual([id]);
      expect(await listUsers(keystone, { name, enabled: false }).all()).toEqual([]);
      expect(await findUserId(keystone, name, { domain_id: 'default' })).toEqual({ id, matchedBy: 'name' });
      expect(await findUserId(keystone, id)).toEqual({ id, matchedBy: 'id' });
      expect(await updateUser(keystone, id, { description: 'changed', email: 'acc2@example.test' })).toMatchObject({ description: 'changed', email: 'acc2@example.test' });
      expect(await listUserProjects(keystone, id).all()).toEqual([]);
      expect(await listUserGroups(keystone, id).all()).toEqual([]);
    });

    it('the user logs in, changes its own password without admin, and logs in with the new one', async () => {
      const own = await authenticate({ auth: { authUrl, userId: id, password: first } });
      expect(own.token?.body.user.id).toBe(id);
      // An unscoped token has no catalog: point the client at Keystone directly.
      const self = await createIdentityClient(own, { endpointOverride: authUrl });
      expect((await getUser(self, id)).name).toBe(name);
      const wrong = await changeUserPassword(self, id, { original_password: `${first}-wrong`, password: second }).catch((e: unknown) => e);
      expect(isHttpError(wrong, 401)).toBe(true);
      expect(String(wrong)).not.toContain(first);
      await changeUserPassword(self, id, { original_password: first, password: second });
      const again = await authenticate({ auth: { authUrl, userId: id, password: second } });
      expect(again.token?.body.user.id).toBe(id);
      // Keystone refuses the old password: an AuthError (rejected) whose cause is Keystone's 401.
      const old = await authenticate({ auth: { authUrl, userId: id, password: first } }).catch((e: unknown) => e);
      expect(isAuthError(old) && old.reason).toBe('rejected');
      expect(isHttpError((old as Error).cause, 401)).toBe(true);
      expect(String(old)).not.toContain(first);
    });

    it('deletes it; getting it again is 404', async () => {
      await deleteUser(keystone, id);
      const error = await getUser(keystone, id).catch((e: unknown) => e);
      expect(isHttpError(error, 404) && error.serviceMessage).toBe(`Could not find user: ${id}.`);
    });
  });

  it('a member may not list users (403) but lists its own projects', async () => {
    const member = await memberProvider();
    const keystone = await createIdentityClient(member);
    const error = await listUsers(keystone).all().catch((e: unknown) => e);
    expect(isHttpError(error, 403) && error.serviceMessage).toBe('You are not authorized to perform the requested action: identity:list_users.');
    const self = member.token?.body.user.id ?? '';
    const projectId = member.token?.body.project?.id;
    expect((await listUserProjects(keystone, self).all()).map((p) => p.id)).toContain(projectId);
  });
});
