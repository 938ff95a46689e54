import { describe, expect, it } from '@jest/globals';
import { isResponseError } from '@openstack-ts/core';
import { rejectionOf } from '@openstack-ts/core/testing';
import { clearServerPassword, getServerPassword } from './index.js';
import * as fx from './server-password.fixtures.js';
import { fakeNova as nova, inputRefusal } from '../fake-nova.fixtures.js';

const id = '541f486a-ba52-44f6-bd89-aadc975a90fe';
const path = `servers/${id}/os-server-password`;

describe('server password', () => {
  it('gets the password: an empty string when the guest stored none', async () => {
    const cloud = nova();
    cloud.reply('GET', path, fx.passwordGet);
    expect(await getServerPassword(cloud.client, id)).toBe('');
    expect(cloud.lastRequest().method).toBe('GET');
    expect(cloud.lastRequest().url).toBe(`http://127.0.0.1:8774/v2.1/${path}`);
  });

  it('says so when the body has no password', async () => {
    const cloud = nova();
    cloud.reply('GET', path, {}, { headers: { 'x-openstack-request-id': 'req-password' } });
    const error = await rejectionOf(async () => getServerPassword(cloud.client, id));
    expect(isResponseError(error)).toBe(true);
    expect(error).toMatchObject({ status: 200, method: 'GET', requestId: 'req-password' });
    expect((error as Error).message).toContain('no "password" string');
  });

  it('raises a ResponseError, not a TypeError, for an empty 200', async () => {
    const cloud = nova();
    cloud.reply('GET', path, '', { headers: { 'x-openstack-request-id': 'req-empty' } });
    const error = await rejectionOf(async () => getServerPassword(cloud.client, id));
    expect(isResponseError(error)).toBe(true);
    expect(error).toMatchObject({ status: 200, method: 'GET', requestId: 'req-empty' });
    expect((error as Error).message).toContain('empty body where JSON was expected');
  });

  it('clears the password with DELETE (204)', async () => {
    const cloud = nova();
    cloud.reply('DELETE', path, undefined, { status: 204 });
    await clearServerPassword(cloud.client, id);
    expect(cloud.lastRequest().method).toBe('DELETE');
    expect(cloud.lastRequest().url).toBe(`http://127.0.0.1:8774/v2.1/${path}`);
  });

  it('rejects an empty ID before sending', async () => {
    const cloud = nova();
    expect(await inputRefusal(async () => getServerPassword(cloud.client, ''))).toMatchObject({ name: 'InvalidInputError', field: 'serverId', message: expect.stringMatching(/serverId must be a non-empty string/) });
    expect(cloud.requests).toHaveLength(0);
  });
});
