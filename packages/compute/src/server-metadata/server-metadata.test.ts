import { describe, expect, it } from '@jest/globals';
import { isHttpError } from '@openstack-ts/core';
import { rejectionOf } from '@openstack-ts/core/testing';
import {
  deleteServerMetadataItem,
  getServerMetadataItem,
  getServerMetadata,
  replaceServerMetadata,
  setServerMetadataItem,
  updateServerMetadata,
} from './index.js';
import * as fx from './server-metadata.fixtures.js';
import { fakeNova as nova, inputRefusal } from '../fake-nova.fixtures.js';

const id = '541f486a-ba52-44f6-bd89-aadc975a90fe';
const base = `servers/${id}/metadata`;

describe('server metadata', () => {
  it('reads the metadata, unwrapped', async () => {
    const cloud = nova();
    cloud.reply('GET', base, fx.metadataList);
    expect(await getServerMetadata(cloud.client, id)).toEqual({ purpose: 'recording' });
    const request = cloud.lastRequest();
    expect(request.method).toBe('GET');
    expect(request.url).toBe(`http://127.0.0.1:8774/v2.1/${base}`);
    expect(request.headers['openstack-api-version']).toBe('compute 2.93');
  });

  it('replaces all metadata with PUT', async () => {
    const cloud = nova();
    cloud.reply('PUT', base, fx.metadataReplace);
    expect(await replaceServerMetadata(cloud.client, id, { color: 'blue', size: 'small' })).toEqual({ color: 'blue', size: 'small' });
    expect(cloud.lastRequest().method).toBe('PUT');
    expect(cloud.lastRequest().json).toEqual({ metadata: { color: 'blue', size: 'small' } });
  });

  it('merges metadata with POST and returns all of it', async () => {
    const cloud = nova();
    cloud.reply('POST', base, fx.metadataUpdate);
    expect(await updateServerMetadata(cloud.client, id, { size: 'large', owner: 'rec' })).toEqual({ color: 'blue', size: 'large', owner: 'rec' });
    expect(cloud.lastRequest().method).toBe('POST');
    expect(cloud.lastRequest().json).toEqual({ metadata: { size: 'large', owner: 'rec' } });
  });

  it('sets and gets one item under its key', async () => {
    const cloud = nova();
    cloud.reply('PUT', `${base}/color`, fx.metadataSetItem);
    cloud.reply('GET', `${base}/color`, fx.metadataGetItem);
    expect(await setServerMetadataItem(cloud.client, id, 'color', 'green')).toEqual({ color: 'green' });
    expect(cloud.lastRequest().json).toEqual({ meta: { color: 'green' } });
    expect(await getServerMetadataItem(cloud.client, id, 'color')).toEqual({ color: 'green' });
    expect(cloud.lastRequest().method).toBe('GET');
  });

  it('encodes the key in the path, and passes on Nova’s 400 for a key it does not allow', async () => {
    const cloud = nova();
    cloud.reply('PUT', `${base}/env%3Astage%201`, fx.metadataSetSpacedKey);
    cloud.reply('PUT', `${base}/a%20b%3Fc`, fx.metadataSetOddKey, { status: 400 });
    expect(await setServerMetadataItem(cloud.client, id, 'env:stage 1', 'x')).toEqual({ 'env:stage 1': 'x' });
    expect(cloud.lastRequest().url).toBe(`http://127.0.0.1:8774/v2.1/${base}/env%3Astage%201`);
    expect(cloud.lastRequest().json).toEqual({ meta: { 'env:stage 1': 'x' } });
    const error = await rejectionOf(async () => setServerMetadataItem(cloud.client, id, 'a b?c', 'x'));
    expect(isHttpError(error, 400)).toBe(true);
    expect((error as Error).message).toContain('does not match any of the regexes');
  });

  it('deletes one item (204), and reports a missing one as Nova does', async () => {
    const cloud = nova();
    cloud.reply('DELETE', `${base}/owner`, undefined, { status: 204 });
    cloud.reply('GET', `${base}/owner`, fx.metadataGetMissing, { status: 404 });
    await deleteServerMetadataItem(cloud.client, id, 'owner');
    expect(cloud.lastRequest().method).toBe('DELETE');
    expect(cloud.lastRequest().url).toBe(`http://127.0.0.1:8774/v2.1/${base}/owner`);
    const error = await rejectionOf(async () => getServerMetadataItem(cloud.client, id, 'owner'));
    expect(isHttpError(error, 404)).toBe(true);
    expect((error as Error).message).toContain('Metadata item was not found');
  });

  it('rejects an empty server ID or key before sending', async () => {
    const cloud = nova();
    expect(await inputRefusal(async () => getServerMetadata(cloud.client, ''))).toMatchObject({ name: 'InvalidInputError', field: 'serverId', message: expect.stringMatching(/serverId must be a non-empty string/) });
    expect(await inputRefusal(async () => deleteServerMetadataItem(cloud.client, id, ''))).toMatchObject({ name: 'InvalidInputError', field: 'key', message: expect.stringMatching(/key must be a non-empty string/) });
    expect(cloud.requests).toHaveLength(0);
  });
});
