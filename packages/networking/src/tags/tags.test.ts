import { describe, expect, it } from '@jest/globals';
import { isHttpError } from '@openstack-ts/core';
import { rejectionOf } from '@openstack-ts/core/testing';
import { fakeNeutron, invalidField } from '../fake-neutron.fixtures.js';
import { addResourceTag, deleteAllResourceTags, deleteResourceTag, listResourceTags, replaceResourceTags, resourceHasTag } from './index.js';
import * as fx from './tags.fixtures.js';

const id = 'n-1';

describe('tags on any taggable resource', () => {
  it('replaces, lists, adds, checks and removes', async () => {
    const cloud = fakeNeutron();
    cloud.reply('PUT', `v2.0/networks/${id}/tags`, fx.replace);
    cloud.reply('GET', `v2.0/networks/${id}/tags`, fx.list);
    cloud.reply('PUT', `v2.0/qos/policies/${id}/tags/green`, undefined, { status: 201 });
    cloud.reply('GET', `v2.0/ports/${id}/tags/green`, undefined, { status: 204 });
    cloud.reply('GET', `v2.0/ports/${id}/tags/purple`, fx.checkMissing, { status: 404 });
    cloud.reply('DELETE', `v2.0/routers/${id}/tags/green`, undefined, { status: 204 });
    cloud.reply('DELETE', `v2.0/security-groups/${id}/tags`, undefined, { status: 204 });
    expect(await replaceResourceTags(cloud.client, 'networks', id, ['red', 'blue'])).toEqual(['red', 'blue']);
    expect(cloud.lastRequest().json).toEqual({ tags: ['red', 'blue'] });
    expect(await listResourceTags(cloud.client, 'networks', id).all()).toEqual(['blue', 'red']);
    await addResourceTag(cloud.client, 'qos/policies', id, 'green');
    expect(cloud.lastRequest().url).toBe(`http://127.0.0.1:9696/v2.0/qos/policies/${id}/tags/green`);
    expect(await resourceHasTag(cloud.client, 'ports', id, 'green')).toBe(true);
    expect(await resourceHasTag(cloud.client, 'ports', id, 'purple')).toBe(false);
    await deleteResourceTag(cloud.client, 'routers', id, 'green');
    await deleteAllResourceTags(cloud.client, 'security-groups', id);
    expect(cloud.lastRequest().method).toBe('DELETE');
  });

  it('a missing resource is an error, not a false', async () => {
    const cloud = fakeNeutron();
    cloud.reply('GET', `v2.0/nonsense/${id}/tags/x`, fx.badResource, { status: 404 });
    const error = await resourceHasTag(cloud.client, 'nonsense', id, 'x').catch((e: unknown) => e);
    expect(isHttpError(error, 404)).toBe(true);
  });

  it('refuses an empty resource ID or tag before sending', async () => {
    const cloud = fakeNeutron();
    expect(invalidField(await rejectionOf(listResourceTags(cloud.client, 'networks', '')))).toBe('resourceId');
    expect(invalidField(await rejectionOf(replaceResourceTags(cloud.client, 'ports', ' ', [])))).toBe('resourceId');
    expect(invalidField(await rejectionOf(addResourceTag(cloud.client, 'ports', id, '')))).toBe('tag');
    expect(invalidField(await rejectionOf(deleteResourceTag(cloud.client, 'ports', id, '')))).toBe('tag');
    expect(invalidField(await rejectionOf(deleteAllResourceTags(cloud.client, 'ports', '')))).toBe('resourceId');
    expect(invalidField(await rejectionOf(resourceHasTag(cloud.client, 'ports', id, '')))).toBe('tag');
    expect(cloud.serviceRequests()).toEqual([]);
  });
});
