import { describe, expect, it } from '@jest/globals';
import { isHttpError } from '@openstack-ts/core';
import { fakeKeystone, refusedField } from '../fake-keystone.fixtures.js';
import * as fx from './credentials.fixtures.js';
import { createCredential, deleteCredential, getCredential, listCredentials, updateCredential } from './index.js';

const { id, user_id, project_id } = fx.create.credential;

describe('credentials', () => {
  it('creates, lists by user and type, gets, updates and deletes', async () => {
    const cloud = fakeKeystone();
    cloud.reply('POST', 'credentials', fx.create, { status: 201 });
    cloud.reply('GET', `credentials?user_id=${user_id}&type=cert`, fx.list);
    cloud.reply('GET', `credentials/${id}`, fx.get);
    cloud.reply('PATCH', `credentials/${id}`, fx.update);
    cloud.reply('DELETE', `credentials/${id}`, undefined, { status: 204 });
    const input = { blob: '{"rec":"blob"}', type: 'cert', user_id, project_id };
    expect(await createCredential(cloud.client, input)).toEqual(fx.create.credential);
    expect(cloud.lastRequest()).toMatchObject({ method: 'POST', path: 'credentials', json: { credential: input } });
    expect((await listCredentials(cloud.client, { user_id, type: 'cert' }).all()).map((c) => c.id)).toEqual([id]);
    expect(cloud.lastRequest().query).toEqual({ user_id, type: 'cert' });
    expect((await getCredential(cloud.client, id)).blob).toBe('{"rec":"blob"}');
    expect((await updateCredential(cloud.client, id, { blob: '{"rec":"changed"}' })).blob).toBe('{"rec":"changed"}');
    expect(cloud.lastRequest()).toMatchObject({ method: 'PATCH', path: `credentials/${id}`, json: { credential: { blob: '{"rec":"changed"}' } } });
    await deleteCredential(cloud.client, id);
    expect(cloud.lastRequest()).toMatchObject({ method: 'DELETE', path: `credentials/${id}` });
  });

  it('passes Keystone’s errors: 400 for a bad ec2 blob, 403 for another user or a missing credential', async () => {
    const cloud = fakeKeystone();
    cloud.replyOnce('POST', 'credentials', fx.createBadEc2, { status: 400 });
    cloud.replyOnce('POST', 'credentials', fx.createOtherUser, { status: 403 });
    cloud.reply('GET', `credentials/${id}`, fx.getMissing, { status: 403 });
    const bad = await createCredential(cloud.client, { blob: 'not-json', type: 'ec2', user_id, project_id }).catch((e: unknown) => e);
    expect(isHttpError(bad, 400) && [bad.serviceErrorType, bad.serviceMessage]).toEqual(['Bad Request', 'Invalid blob in credential']);
    expect(String(bad)).not.toContain('not-json');
    const other = await createCredential(cloud.client, { blob: 'x', type: 'cert', user_id: '21f13c8a76874d4fb3e0a6bfdcdf05af' }).catch((e: unknown) => e);
    expect(isHttpError(other, 403) && other.serviceErrorType).toBe('Forbidden');
    const missing = await getCredential(cloud.client, id).catch((e: unknown) => e);
    expect(isHttpError(missing, 403) && missing.serviceMessage).toBe(fx.getMissing.error.message);
  });

  it('refuses an empty ID before sending', async () => {
    const cloud = fakeKeystone();
    expect(await refusedField(async () => getCredential(cloud.client, ''))).toBe('credentialId');
    expect(await refusedField(async () => updateCredential(cloud.client, '', { blob: 'x' }))).toBe('credentialId');
    expect(cloud.serviceRequests()).toEqual([]);
  });
});
