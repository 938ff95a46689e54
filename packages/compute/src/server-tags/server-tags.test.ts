import { describe, expect, it } from '@jest/globals';
import { isHttpError, isMicroversionError } from '@openstack-ts/core';
import { rejectionOf } from '@openstack-ts/core/testing';
import { addServerTag, deleteAllServerTags, deleteServerTag, listServerTags, replaceServerTags, serverHasTag } from './index.js';
import * as fx from './server-tags.fixtures.js';
import { fakeNova as nova, inputRefusal } from '../fake-nova.fixtures.js';

const id = '541f486a-ba52-44f6-bd89-aadc975a90fe';
const base = `servers/${id}/tags`;

describe('server tags', () => {
  it('lists the tags with microversion 2.26', async () => {
    const cloud = nova('2.26');
    cloud.replyOnce('GET', base, fx.tagsListEmpty);
    cloud.replyOnce('GET', base, fx.tagsList);
    expect(await listServerTags(cloud.client, id).all()).toEqual([]);
    expect(await listServerTags(cloud.client, id).all()).toEqual(['alpha', 'beta', 'gamma']);
    expect(cloud.lastRequest().method).toBe('GET');
    expect(cloud.lastRequest().headers['openstack-api-version']).toBe('compute 2.26');
  });

  it('replaces all tags', async () => {
    const cloud = nova();
    cloud.reply('PUT', base, fx.tagsReplace);
    expect(await replaceServerTags(cloud.client, id, ['alpha', 'beta'])).toEqual(['alpha', 'beta']);
    expect(cloud.lastRequest().method).toBe('PUT');
    expect(cloud.lastRequest().json).toEqual({ tags: ['alpha', 'beta'] });
  });

  it('checks a tag: 204 is true, Nova’s “has no tag” 404 is false', async () => {
    const cloud = nova();
    cloud.reply('GET', `${base}/alpha`, undefined, { status: 204 });
    cloud.reply('GET', `${base}/gamma`, fx.tagsHasNot, { status: 404 });
    expect(await serverHasTag(cloud.client, id, 'alpha')).toBe(true);
    expect(cloud.lastRequest().method).toBe('GET');
    expect(await serverHasTag(cloud.client, id, 'gamma')).toBe(false);
  });

  it('throws the 404 of a server that does not exist instead of answering false', async () => {
    const cloud = nova();
    const missing = '00000000-0000-0000-0000-000000000000';
    cloud.reply('GET', `servers/${missing}/tags/alpha`, fx.tagsHasNoServer, { status: 404 });
    const error = await rejectionOf(async () => serverHasTag(cloud.client, missing, 'alpha'));
    expect(isHttpError(error, 404)).toBe(true);
    expect((error as Error).message).toContain('has no mapping to a cell');
  });

  it('adds a tag (201 new, 204 already there) without a body', async () => {
    const cloud = nova();
    cloud.replyOnce('PUT', `${base}/gamma`, undefined, { status: 201, headers: { location: `http://127.0.0.1:8774/v2.1/${base}/gamma` } });
    cloud.replyOnce('PUT', `${base}/gamma`, undefined, { status: 204 });
    await addServerTag(cloud.client, id, 'gamma');
    await addServerTag(cloud.client, id, 'gamma');
    const [first, second] = cloud.serviceRequests();
    expect(first?.method).toBe('PUT');
    expect(first?.text).toBeUndefined();
    expect(second?.url).toBe(`http://127.0.0.1:8774/v2.1/${base}/gamma`);
  });

  it('encodes a tag in the path', async () => {
    const cloud = nova();
    cloud.reply('PUT', `${base}/blue%20sky%3F`, undefined, { status: 201 });
    cloud.reply('GET', base, fx.tagsListOdd);
    cloud.reply('DELETE', `${base}/blue%20sky%3F`, undefined, { status: 204 });
    await addServerTag(cloud.client, id, 'blue sky?');
    expect(cloud.lastRequest().url).toBe(`http://127.0.0.1:8774/v2.1/${base}/blue%20sky%3F`);
    expect(await listServerTags(cloud.client, id).all()).toEqual(['blue sky?']);
    await deleteServerTag(cloud.client, id, 'blue sky?');
    expect(cloud.lastRequest().url).toBe(`http://127.0.0.1:8774/v2.1/${base}/blue%20sky%3F`);
  });

  it('deletes one tag and all tags', async () => {
    const cloud = nova();
    cloud.reply('DELETE', `${base}/alpha`, undefined, { status: 204 });
    cloud.reply('DELETE', base, undefined, { status: 204 });
    await deleteServerTag(cloud.client, id, 'alpha');
    expect(cloud.lastRequest().method).toBe('DELETE');
    expect(cloud.lastRequest().url).toBe(`http://127.0.0.1:8774/v2.1/${base}/alpha`);
    await deleteAllServerTags(cloud.client, id);
    expect(cloud.lastRequest().method).toBe('DELETE');
    expect(cloud.lastRequest().url).toBe(`http://127.0.0.1:8774/v2.1/${base}`);
  });

  it('refuses every operation before 2.26 without sending anything (Nova would answer a bare 404)', async () => {
    const cloud = nova('2.25');
    const calls: (() => unknown)[] = [
      () => listServerTags(cloud.client, id),
      async () => replaceServerTags(cloud.client, id, ['a']),
      async () => serverHasTag(cloud.client, id, 'a'),
      async () => addServerTag(cloud.client, id, 'a'),
      async () => deleteServerTag(cloud.client, id, 'a'),
      async () => deleteAllServerTags(cloud.client, id),
    ];
    for (const call of calls) {
      const error = await rejectionOf(call);
      expect(isMicroversionError(error)).toBe(true);
      expect((error as Error).message).toMatch(/Server tags requires compute microversion 2.26 or later; this call uses 2.25/);
    }
    expect(cloud.requests).toHaveLength(0);
  });

  it('lets a per-call microversion lift the refusal', async () => {
    const cloud = nova('2.25');
    cloud.reply('GET', base, fx.tagsList);
    expect(await listServerTags(cloud.client, id, { microversion: '2.26' }).all()).toHaveLength(3);
    expect(cloud.lastRequest().headers['openstack-api-version']).toBe('compute 2.26');
  });

  it('rejects tags Nova cannot store before sending', async () => {
    const cloud = nova();
    expect(await inputRefusal(async () => addServerTag(cloud.client, id, 'a/b'))).toMatchObject({ name: 'InvalidInputError', field: 'tag' });
    expect(await inputRefusal(async () => replaceServerTags(cloud.client, id, ['ok', 'x,y']))).toMatchObject({ name: 'InvalidInputError', field: 'tags[1]', message: expect.stringMatching(/tags\[1\] must not contain/) });
    expect(await inputRefusal(async () => serverHasTag(cloud.client, id, ''))).toMatchObject({ name: 'InvalidInputError', field: 'tag', message: expect.stringMatching(/tag must be a non-empty string/) });
    expect(cloud.requests).toHaveLength(0);
  });
});
