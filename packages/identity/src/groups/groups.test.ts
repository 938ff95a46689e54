import { describe, expect, it } from '@jest/globals';
import { isHttpError, isNameLookupError } from '@openstack-ts/core';
import { rejectionOf } from '@openstack-ts/core/testing';
import { fakeKeystone, refusedField } from '../fake-keystone.fixtures.js';
import * as fx from './groups.fixtures.js';
import {
  addUserToGroup, createGroup, deleteGroup, findGroupId, getGroup, isUserInGroup, listGroupUsers, listGroups, removeUserFromGroup, updateGroup,
} from './index.js';

const id = fx.groupCreate.group.id;
const userId = fx.groupListUsers.users[0]?.id ?? '';
const empty = { links: { next: null, self: 'x', previous: null } };

describe('groups', () => {
  it('lists groups by name and domain, and pages', async () => {
    const cloud = fakeKeystone();
    cloud.reply('GET', 'groups?name=rec-group&domain_id=default', fx.groupList);
    expect((await listGroups(cloud.client, { name: 'rec-group', domain_id: 'default' }).all()).map((g) => g.id)).toEqual([id]);
    cloud.reply('GET', 'groups?limit=1&marker=m', { groups: [], ...empty });
    expect(await listGroups(cloud.client, { limit: 1, marker: 'm' }).all()).toEqual([]);
    expect(cloud.lastRequest().query).toEqual({ limit: '1', marker: 'm' });
  });

  it('creates, gets, updates (PATCH) and deletes a group', async () => {
    const cloud = fakeKeystone();
    cloud.reply('POST', 'groups', fx.groupCreate, { status: 201 });
    cloud.reply('GET', `groups/${id}`, fx.groupGet);
    cloud.reply('PATCH', `groups/${id}`, fx.groupUpdate);
    cloud.reply('DELETE', `groups/${id}`, undefined, { status: 204 });
    const input = { name: 'rec-group', domain_id: 'default', description: 'recorded' };
    expect(await createGroup(cloud.client, input)).toMatchObject(input);
    expect(cloud.lastRequest()).toMatchObject({ method: 'POST', path: 'groups', json: { group: input } });
    expect((await getGroup(cloud.client, id)).name).toBe('rec-group');
    expect(cloud.lastRequest()).toMatchObject({ method: 'GET', path: `groups/${id}` });
    expect((await updateGroup(cloud.client, id, { description: 'changed' })).description).toBe('changed');
    expect(cloud.lastRequest()).toMatchObject({ method: 'PATCH', json: { group: { description: 'changed' } } });
    await deleteGroup(cloud.client, id);
    expect(cloud.lastRequest()).toMatchObject({ method: 'DELETE', path: `groups/${id}` });
  });

  it('a missing group is the recorded 404', async () => {
    const cloud = fakeKeystone();
    cloud.reply('GET', `groups/${id}`, fx.groupNotFound, { status: 404 });
    const error = await getGroup(cloud.client, id).catch((e: unknown) => e);
    expect(isHttpError(error, 404) && [error.serviceErrorType, error.serviceMessage]).toEqual(['Not Found', `Could not find group: ${id}.`]);
  });

  it('manages membership: add, check, list members, remove', async () => {
    const cloud = fakeKeystone();
    cloud.reply('PUT', `groups/${id}/users/${userId}`, undefined, { status: 204 });
    cloud.replyOnce('GET', `groups/${id}/users/${userId}`, undefined, { status: 204 });
    cloud.reply('GET', `groups/${id}/users?password_expires_at=gt%3A2000-01-01T00%3A00%3A00Z`, fx.groupListUsers);
    cloud.reply('DELETE', `groups/${id}/users/${userId}`, undefined, { status: 204 });
    await addUserToGroup(cloud.client, id, userId);
    expect(cloud.lastRequest()).toMatchObject({ method: 'PUT', path: `groups/${id}/users/${userId}` });
    expect(await isUserInGroup(cloud.client, id, userId)).toBe(true);
    expect(cloud.lastRequest()).toMatchObject({ method: 'GET', path: `groups/${id}/users/${userId}` });
    const users = await listGroupUsers(cloud.client, id, { password_expires_at: 'gt:2000-01-01T00:00:00Z' }).all();
    expect(users.map((u) => u.name)).toEqual(['rec-user']);
    await removeUserFromGroup(cloud.client, id, userId);
    expect(cloud.lastRequest()).toMatchObject({ method: 'DELETE', path: `groups/${id}/users/${userId}` });
  });

  it('a non-member is false; a missing group is still thrown', async () => {
    const cloud = fakeKeystone();
    cloud.reply('GET', `groups/${id}/users/${userId}`, fx.groupCheckAbsentGet, { status: 404 });
    expect(await isUserInGroup(cloud.client, id, userId)).toBe(false);
    const missing = '0'.repeat(32);
    cloud.reply('GET', `groups/${missing}/users/${userId}`, fx.groupCheckMissingGroup, { status: 404 });
    const error = await isUserInGroup(cloud.client, missing, userId).catch((e: unknown) => e);
    expect(isHttpError(error, 404) && error.serviceMessage).toBe(`Could not find group: ${missing}.`);
  });

  it('refuses empty IDs before sending', async () => {
    const cloud = fakeKeystone();
    expect(await refusedField(async () => addUserToGroup(cloud.client, id, ''))).toBe('userId');
    expect(await refusedField(async () => isUserInGroup(cloud.client, '', userId))).toBe('groupId');
    expect(await refusedField(listGroupUsers(cloud.client, ''))).toBe('groupId');
    expect(await refusedField(async () => findGroupId(cloud.client, ''))).toBe('nameOrId');
    expect(cloud.serviceRequests()).toEqual([]);
  });

  it('finds a group by ID, or by name within a domain', async () => {
    const cloud = fakeKeystone();
    cloud.reply('GET', `groups/${id}`, fx.groupGet);
    expect(await findGroupId(cloud.client, id)).toEqual({ id, matchedBy: 'id' });
    cloud.reply('GET', 'groups/rec-group', fx.groupNotFound, { status: 404 });
    cloud.reply('GET', 'groups?name=rec-group&domain_id=default', fx.groupList);
    expect(await findGroupId(cloud.client, 'rec-group', { domain_id: 'default' })).toEqual({ id, matchedBy: 'name' });
    expect(cloud.lastRequest().query).toEqual({ domain_id: 'default', name: 'rec-group' });
    cloud.reply('GET', 'groups/none', fx.groupNotFound, { status: 404 });
    cloud.reply('GET', 'groups?name=none', { groups: [], ...empty });
    const error = await rejectionOf(async () => findGroupId(cloud.client, 'none'));
    expect(isNameLookupError(error) && [error.reason, error.what, error.lookupName]).toEqual(['none', 'group', 'none']);
  });
});
