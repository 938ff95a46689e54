import { describe, expect, it } from '@jest/globals';
import { isHttpError } from '@openstack-ts/core';
import { fakeKeystone, refusedField } from '../fake-keystone.fixtures.js';
import * as fx from './ec2-credentials.fixtures.js';
import { createEc2Credential, deleteEc2Credential, getEc2Credential, listEc2Credentials } from './index.js';

const { user_id, tenant_id, access } = fx.create.credential;
const base = `users/${user_id}/credentials/OS-EC2`;

describe('EC2 credentials', () => {
  it('creates, lists, gets by access key and deletes', async () => {
    const cloud = fakeKeystone();
    cloud.reply('POST', base, fx.create, { status: 201 });
    cloud.reply('GET', base, fx.list);
    cloud.reply('GET', `${base}/${access}`, fx.get);
    cloud.reply('DELETE', `${base}/${access}`, undefined, { status: 204 });
    const created = await createEc2Credential(cloud.client, user_id, { tenant_id });
    expect(cloud.lastRequest()).toMatchObject({ method: 'POST', path: base, json: { tenant_id } });
    expect(created).toEqual(fx.create.credential);
    expect((await listEc2Credentials(cloud.client, user_id).all()).map((c) => c.access)).toEqual([access]);
    expect(cloud.lastRequest()).toMatchObject({ method: 'GET', path: base });
    expect((await getEc2Credential(cloud.client, user_id, access)).secret).toBe(created.secret);
    await deleteEc2Credential(cloud.client, user_id, access);
    expect(cloud.lastRequest()).toMatchObject({ method: 'DELETE', path: `${base}/${access}` });
  });

  it('passes Keystone’s 404s', async () => {
    const cloud = fakeKeystone();
    cloud.reply('POST', base, fx.createBad, { status: 404 });
    cloud.reply('GET', `${base}/${access}`, fx.getMissing, { status: 404 });
    const bad = await createEc2Credential(cloud.client, user_id, { tenant_id: '00000000000000000000000000000000' }).catch((e: unknown) => e);
    expect(isHttpError(bad, 404) && [bad.serviceErrorType, bad.serviceMessage]).toEqual(['Not Found', 'Could not find project: 00000000000000000000000000000000.']);
    const missing = await getEc2Credential(cloud.client, user_id, access).catch((e: unknown) => e);
    expect(isHttpError(missing, 404) && missing.serviceMessage).toBe(fx.getMissing.error.message);
  });

  it('refuses an empty access key before sending', async () => {
    const cloud = fakeKeystone();
    expect(await refusedField(async () => getEc2Credential(cloud.client, user_id, ''))).toBe('access');
    expect(await refusedField(async () => deleteEc2Credential(cloud.client, user_id, ''))).toBe('access');
    expect(cloud.serviceRequests()).toEqual([]);
  });
});
