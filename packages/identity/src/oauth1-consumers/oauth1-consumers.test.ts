import { describe, expect, it } from '@jest/globals';
import { isHttpError } from '@openstack-ts/core';
import { fakeKeystone, refusedField } from '../fake-keystone.fixtures.js';
import { createOAuth1Consumer, deleteOAuth1Consumer, getOAuth1Consumer, listOAuth1Consumers, updateOAuth1Consumer } from './index.js';
import * as fx from './oauth1-consumers.fixtures.js';

const id = fx.create.consumer.id;
const path = `OS-OAUTH1/consumers/${id}`;

describe('OAuth1 consumers', () => {
  it('creates a consumer and returns its secret once; lists, gets, updates, deletes', async () => {
    const cloud = fakeKeystone();
    cloud.reply('POST', 'OS-OAUTH1/consumers', fx.create, { status: 201 });
    cloud.reply('GET', 'OS-OAUTH1/consumers', fx.list);
    cloud.reply('GET', path, fx.get);
    cloud.reply('PATCH', path, fx.update);
    cloud.reply('DELETE', path, undefined, { status: 204 });
    const created = await createOAuth1Consumer(cloud.client, { description: 'rec-consumer' });
    expect(created).toMatchObject({ id, description: 'rec-consumer', secret: fx.create.consumer.secret });
    expect(cloud.lastRequest()).toMatchObject({ method: 'POST', json: { consumer: { description: 'rec-consumer' } } });
    const listed = await listOAuth1Consumers(cloud.client).all();
    expect(listed.map((c) => c.id)).toEqual([id]);
    expect(listed[0]).not.toHaveProperty('secret');
    expect(await getOAuth1Consumer(cloud.client, id)).not.toHaveProperty('secret');
    expect((await updateOAuth1Consumer(cloud.client, id, { description: 'rec-changed' })).description).toBe('rec-changed');
    expect(cloud.lastRequest()).toMatchObject({ method: 'PATCH', path, json: { consumer: { description: 'rec-changed' } } });
    await deleteOAuth1Consumer(cloud.client, id);
    expect(cloud.lastRequest()).toMatchObject({ method: 'DELETE', path });
  });

  it('sends an empty consumer when no input is given', async () => {
    const cloud = fakeKeystone();
    cloud.reply('POST', 'OS-OAUTH1/consumers', fx.create, { status: 201 });
    await createOAuth1Consumer(cloud.client);
    expect(cloud.lastRequest().json).toEqual({ consumer: {} });
  });

  it("surfaces Keystone's 403 and 404", async () => {
    const cloud = fakeKeystone();
    cloud.reply('GET', 'OS-OAUTH1/consumers', fx.memberList, { status: 403 });
    cloud.reply('GET', path, fx.getMissing, { status: 404 });
    const forbidden = await listOAuth1Consumers(cloud.client).all().catch((e: unknown) => e);
    expect(isHttpError(forbidden, 403) && forbidden.serviceMessage).toBe('You are not authorized to perform the requested action: identity:list_consumers.');
    const missing = await getOAuth1Consumer(cloud.client, id).catch((e: unknown) => e);
    expect(isHttpError(missing, 404) && [missing.serviceErrorType, missing.serviceMessage]).toEqual(['Not Found', 'Consumer not found']);
  });

  it('refuses an empty ID before sending', async () => {
    const cloud = fakeKeystone();
    expect(await refusedField(async () => deleteOAuth1Consumer(cloud.client, ''))).toBe('consumerId');
    expect(cloud.serviceRequests()).toEqual([]);
  });
});
