import { describe, expect, it } from '@jest/globals';
import { isHttpError, isInvalidInputError, isNameLookupError } from '@openstack-ts/core';
import { rejectionOf } from '@openstack-ts/core/testing';
import { fakeKeystone } from '../fake-keystone.fixtures.js';
import {
  changeUserPassword, createUser, deleteUser, findUserId, getUser, listUserGroups, listUserProjects, listUsers, updateUser,
} from './index.js';
import * as fx from './users.fixtures.js';

const id = fx.userCreate.user.id;

describe('users', () => {
  it('lists users with every filter and follows links', async () => {
    const cloud = fakeKeystone();
    cloud.reply('GET', 'users?name=rec-user&domain_id=default&enabled=true', fx.userList);
    expect((await listUsers(cloud.client, { name: 'rec-user', domain_id: 'default', enabled: true }).all()).map((u) => u.id)).toEqual([id]);
    cloud.reply('GET', 'users?idp_id=idp&protocol_id=saml2&unique_id=u1&password_expires_at=lt%3A2030-01-01T00%3A00%3A00Z&limit=1&marker=m', { users: [], links: { next: null, self: 'x', previous: null } });
    const query = { idp_id: 'idp', protocol_id: 'saml2', unique_id: 'u1', password_expires_at: 'lt:2030-01-01T00:00:00Z', limit: 1, marker: 'm' };
    expect(await listUsers(cloud.client, query).all()).toEqual([]);
    expect(cloud.lastRequest().query).toEqual({ ...query, limit: '1' });
  });

  it('a member listing users gets the recorded 403', async () => {
    const cloud = fakeKeystone();
    cloud.reply('GET', 'users', fx.userListMember, { status: 403 });
    const error = await listUsers(cloud.client).all().catch((e: unknown) => e);
    expect(isHttpError(error, 403) && [error.serviceErrorType, error.serviceMessage]).toEqual(['Forbidden', 'You are not authorized to perform the requested action: identity:list_users.']);
  });

  it('creates a user with a password, extra attributes and options; the password is not in the result', async () => {
    const cloud = fakeKeystone();
    cloud.reply('POST', 'users', fx.userCreate, { status: 201 });
    const input = {
      name: 'rec-user', domain_id: 'default', default_project_id: 'p1', enabled: true, password: 'rec-secret-1', description: 'recorded',
      email: 'rec@example.test', options: { ignore_password_expiry: true }, federated: [{ idp_id: 'idp', protocols: [{ protocol_id: 'saml2', unique_id: 'u1' }] }], team: 'blue',
    };
    const user = await createUser(cloud.client, input);
    expect(cloud.lastRequest()).toMatchObject({ method: 'POST', path: 'users', json: { user: input } });
    expect(user).toMatchObject({ id, name: 'rec-user', email: 'rec@example.test', options: { ignore_password_expiry: true }, password_expires_at: null });
    expect(JSON.stringify(user)).not.toContain('rec-secret-1');
  });

  it('a duplicate name is the recorded 409', async () => {
    const cloud = fakeKeystone();
    cloud.reply('POST', 'users', fx.userCreateDuplicate, { status: 409 });
    const error = await createUser(cloud.client, { name: 'rec-user', domain_id: 'default', password: 'x-secret' }).catch((e: unknown) => e);
    expect(isHttpError(error, 409) && error.serviceErrorType).toBe('Conflict');
    expect(String(error)).not.toContain('x-secret');
  });

  it('gets, updates (PATCH) and deletes a user', async () => {
    const cloud = fakeKeystone();
    cloud.reply('GET', `users/${id}`, fx.userGet);
    cloud.reply('PATCH', `users/${id}`, fx.userUpdate);
    cloud.reply('DELETE', `users/${id}`, undefined, { status: 204 });
    expect((await getUser(cloud.client, id)).description).toBe('recorded');
    expect(cloud.lastRequest()).toMatchObject({ method: 'GET', path: `users/${id}` });
    const updated = await updateUser(cloud.client, id, { description: 'changed', email: 'rec2@example.test' });
    expect(cloud.lastRequest()).toMatchObject({ method: 'PATCH', json: { user: { description: 'changed', email: 'rec2@example.test' } } });
    expect(updated).toMatchObject({ description: 'changed', email: 'rec2@example.test', extra: { email: 'rec2@example.test' } });
    await deleteUser(cloud.client, id);
    expect(cloud.lastRequest()).toMatchObject({ method: 'DELETE', path: `users/${id}` });
  });

  it('a missing user is the recorded 404', async () => {
    const cloud = fakeKeystone();
    cloud.reply('GET', `users/${id}`, fx.userNotFound, { status: 404 });
    const error = await getUser(cloud.client, id).catch((e: unknown) => e);
    expect(isHttpError(error, 404) && [error.serviceErrorType, error.serviceMessage]).toEqual(['Not Found', `Could not find user: ${id}.`]);
  });

  it('changes the own password (204); a wrong original is 401 and no password shows in the error', async () => {
    const cloud = fakeKeystone();
    cloud.replyOnce('POST', `users/${id}/password`, undefined, { status: 204 });
    await changeUserPassword(cloud.client, id, { original_password: 'rec-secret-1', password: 'rec-secret-2' });
    expect(cloud.lastRequest()).toMatchObject({ method: 'POST', path: `users/${id}/password`, json: { user: { original_password: 'rec-secret-1', password: 'rec-secret-2' } } });
    // Keystone's 401 is the answer here, not an expired token: no re-authentication, no resend.
    cloud.reply('POST', `users/${id}/password`, fx.userPasswordWrong, { status: 401 });
    const error = await changeUserPassword(cloud.client, id, { original_password: 'wrong-one', password: 'rec-secret-2' }).catch((e: unknown) => e);
    expect(cloud.serviceRequests().filter((r) => r.path.endsWith('/password')).length).toBe(2);
    expect(cloud.tokenRequests).toBe(1);
    expect(isHttpError(error, 401) && error.serviceErrorType).toBe('Unauthorized');
    expect(`${String(error)} ${JSON.stringify(error)}`).not.toMatch(/wrong-one|rec-secret-2/);
  });

  it('refuses a password change without both passwords, before sending and without echoing them', async () => {
    const cloud = fakeKeystone();
    const error = await rejectionOf(async () => changeUserPassword(cloud.client, id, { original_password: 'hush-1', password: '' }));
    expect(isInvalidInputError(error) && error.field).toBe('password');
    expect(String(error)).not.toContain('hush-1');
    const missing = await rejectionOf(async () => changeUserPassword(cloud.client, id, { password: 'x' } as never));
    expect(isInvalidInputError(missing) && missing.field).toBe('original_password');
    const none = await rejectionOf(async () => changeUserPassword(cloud.client, id, undefined as never));
    expect(isInvalidInputError(none) && none.field).toBe('input');
    const emptyId = await rejectionOf(async () => getUser(cloud.client, ''));
    expect(isInvalidInputError(emptyId) && emptyId.field).toBe('userId');
    const listing = await rejectionOf(listUserGroups(cloud.client, ''));
    expect(isInvalidInputError(listing) && listing.field).toBe('userId');
    expect(cloud.serviceRequests()).toEqual([]);
  });

  it("lists a user's groups and projects", async () => {
    const cloud = fakeKeystone();
    cloud.reply('GET', `users/${id}/groups`, fx.userListGroups);
    const groups = await listUserGroups(cloud.client, id).all();
    expect(groups.map((g) => [g.name, g.membership_expires_at])).toEqual([['rec-group', null]]);
    const demo = fx.demoLookup.users[0]?.id ?? '';
    cloud.reply('GET', `users/${demo}/projects`, fx.userListProjects);
    expect((await listUserProjects(cloud.client, demo).all()).map((p) => p.name)).toEqual(['demo']);
    expect(cloud.lastRequest()).toMatchObject({ method: 'GET', path: `users/${demo}/projects` });
  });

  it('finds a user by ID, or by name within a domain', async () => {
    const cloud = fakeKeystone();
    cloud.reply('GET', `users/${id}`, fx.userGet);
    expect(await findUserId(cloud.client, id)).toEqual({ id, matchedBy: 'id' });
    const demo = fx.demoLookup.users[0]?.id;
    cloud.reply('GET', 'users/demo', fx.userNotFound, { status: 404 });
    cloud.reply('GET', 'users?name=demo&domain_id=default', fx.demoLookup);
    expect(await findUserId(cloud.client, 'demo', { domain_id: 'default' })).toEqual({ id: demo, matchedBy: 'name' });
    expect(cloud.lastRequest().query).toEqual({ domain_id: 'default', name: 'demo' });
    cloud.reply('GET', 'users/none', fx.userNotFound, { status: 404 });
    cloud.reply('GET', 'users?name=none', { users: [], links: { next: null, self: 'x', previous: null } });
    const error = await rejectionOf(async () => findUserId(cloud.client, 'none'));
    expect(isNameLookupError(error) && [error.reason, error.what, error.lookupName]).toEqual(['none', 'user', 'none']);
  });

  it('a lookup that Keystone refuses (403 on the ID) is not taken for a name', async () => {
    const cloud = fakeKeystone();
    cloud.reply('GET', 'users/demo', fx.userListMember, { status: 403 });
    expect(isHttpError(await rejectionOf(async () => findUserId(cloud.client, 'demo')), 403)).toBe(true);
    expect(cloud.serviceRequests().map((r) => r.path)).toEqual(['users/demo']);
  });
});
