import { describe, expect, it } from '@jest/globals';
import { isHttpError } from '@openstack-ts/core';
import { rejectionOf } from '@openstack-ts/core/testing';
import * as pkg from './index.js';
import * as msgFx from './messages.fixtures.js';
import { fakeCinder as cinder, microversionRefusal } from '../fake-cinder.fixtures.js';

describe('messages', () => {
  const [message] = msgFx.messages.messages;
  const id = message?.id ?? '';

  it('lists, gets and deletes user messages', async () => {
    const cloud = cinder();
    cloud.reply('GET', `messages?resource_uuid=${message?.resource_uuid ?? ''}`, msgFx.messages);
    const listed = await pkg.listMessages(cloud.client, { resource_uuid: message?.resource_uuid ?? '' }).all();
    expect(listed.map((m) => [m.event_id, m.user_message, m.resource_type])).toEqual([['VOLUME_VOLUME_007_010', 'extend volume:Volume Driver failed to extend volume.', 'VOLUME']]);
    cloud.reply('GET', `messages/${id}`, msgFx.message);
    expect(await pkg.getMessage(cloud.client, id)).toEqual(message);
    cloud.reply('DELETE', `messages/${id}`, undefined, { status: 204 });
    await pkg.deleteMessage(cloud.client, id);
    cloud.reply('GET', `messages/gone`, msgFx.messageDeleted, { status: 404 });
    expect(isHttpError(await rejectionOf(async () => pkg.getMessage(cloud.client, 'gone')), 404)).toBe(true);
  });

  it('refuses below 3.3 (where Cinder answers 404) before sending', async () => {
    const cloud = cinder('3.2');
    expect(await microversionRefusal(() => pkg.listMessages(cloud.client))).toBe('User messages requires block-storage microversion 3.3 or later; this call uses 3.2');
    expect(await microversionRefusal(async () => pkg.getMessage(cloud.client, id))).toMatch(/3\.3/);
    expect(await microversionRefusal(async () => pkg.deleteMessage(cloud.client, id))).toMatch(/3\.3/);
    expect(cloud.requests).toHaveLength(0);
    expect(msgFx.messages32.itemNotFound.code).toBe(404);
  });
});
