import { describe, expect, it } from '@jest/globals';
import { isHttpError, isInvalidInputError, isNameLookupError } from '@openstack-ts/core';
import { rejectionOf } from '@openstack-ts/core/testing';
import { deleteImage, findImageId, getImage, listImageSummaries, listImages } from './index.js';
import * as fx from './images.fixtures.js';
import { fakeNova as nova, inputRefusal, microversionRefusal } from '../fake-nova.fixtures.js';

const id = fx.list.images[0]?.id ?? '';

describe("Nova's image proxy", () => {
  it('lists with every filter, sending microversion 2.35 whatever the client negotiated', async () => {
    const cloud = nova();
    cloud.reply('GET', 'images?name=cirros-fake&status=ACTIVE&type=snapshot&server=s&changes-since=2026-01-01&minDisk=0&minRam=0&limit=5&marker=m', fx.list);
    const images = await listImageSummaries(cloud.client, { name: 'cirros-fake', status: 'ACTIVE', type: 'snapshot', server: 's', 'changes-since': '2026-01-01', minDisk: 0, minRam: 0, limit: 5, marker: 'm' }).all();
    expect(images.map((image) => image.name)).toEqual(['cirros-fake']);
    expect(cloud.lastRequest().headers['x-openstack-nova-api-version']).toBe('2.35');
  });

  it('lists details and gets one', async () => {
    const cloud = nova();
    cloud.reply('GET', 'images/detail?name=cirros-fake', fx.listDetail);
    cloud.reply('GET', `images/${id}`, fx.get);
    expect((await listImages(cloud.client, { name: 'cirros-fake' }).all())[0]).toMatchObject({ status: 'ACTIVE', 'OS-EXT-IMG-SIZE:size': 1048576 });
    expect((await getImage(cloud.client, id)).minDisk).toBe(0);
  });

  it('deletes, and refuses a pinned microversion the proxy no longer answers', async () => {
    const cloud = nova();
    cloud.reply('DELETE', `images/${id}`, undefined, { status: 204 });
    await deleteImage(cloud.client, id, { microversion: '2.1' });
    expect(cloud.lastRequest().headers['x-openstack-nova-api-version']).toBe('2.1');
    const removed = "Nova's image proxy was removed in compute microversion 2.36; this call uses 2.36";
    expect(await microversionRefusal(async () => getImage(cloud.client, id, { microversion: '2.36' }))).toBe(removed);
    expect(await microversionRefusal(async () => deleteImage(cloud.client, id, { microversion: '2.36' }))).toBe(removed);
    expect(await microversionRefusal(() => listImages(cloud.client, {}, { microversion: '2.36' }))).toBe(removed);
    expect(await microversionRefusal(() => listImageSummaries(cloud.client, {}, { microversion: '2.90' }))).toBe(removed.replace(/2\.36$/, '2.90'));
    expect(cloud.serviceRequests()).toHaveLength(1);
  });

  it('finds an image by ID first, then by name', async () => {
    const cloud = nova();
    cloud.reply('GET', `images/${id}`, fx.get);
    cloud.reply('GET', 'images/cirros-fake', fx.removed, { status: 404 });
    cloud.reply('GET', 'images/nope', fx.removed, { status: 404 });
    cloud.reply('GET', 'images?name=cirros-fake', fx.list);
    cloud.reply('GET', 'images?name=nope', { images: [] });
    expect(await findImageId(cloud.client, id)).toEqual({ id, matchedBy: 'id' });
    expect(await findImageId(cloud.client, 'cirros-fake')).toEqual({ id, matchedBy: 'name' });
    expect(cloud.serviceRequests().every((request) => request.headers['x-openstack-nova-api-version'] === '2.35')).toBe(true);
    expect(isNameLookupError(await rejectionOf(async () => findImageId(cloud.client, 'nope')))).toBe(true);
    expect(isInvalidInputError(await rejectionOf(async () => findImageId(cloud.client, '')))).toBe(true);
  });

  it("passes on the 404 Nova answers once the proxy is gone (the recorded 2.36 answer)", async () => {
    const cloud = nova();
    cloud.reply('GET', `images/${id}`, fx.removed, { status: 404 });
    const error = await rejectionOf(async () => getImage(cloud.client, id));
    expect(isHttpError(error, 404)).toBe(true);
    expect((error as Error).message).toContain('The resource could not be found.');
  });

  it('rejects an empty image ID before sending', async () => {
    const cloud = nova();
    expect(await inputRefusal(async () => getImage(cloud.client, ''))).toMatchObject({ name: 'InvalidInputError', field: 'imageId' });
    expect(cloud.requests).toHaveLength(0);
  });
});
