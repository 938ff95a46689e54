import { describe, expect, it } from '@jest/globals';
import { isMicroversionError, isNameLookupError } from '@openstack-ts/core';
import { deleteImage, findImageId, getImage, listImages, listImagesDetail } from './index.js';
import * as fx from './images.fixtures.js';
import { fakeNova as nova } from '../fake-nova.fixtures.js';

const id = fx.list.images[0]?.id ?? '';

describe("Nova's image proxy", () => {
  it('lists with every filter, sending microversion 2.35 whatever the client negotiated', async () => {
    const cloud = nova();
    cloud.reply('GET', 'images?name=cirros-fake&status=ACTIVE&type=snapshot&server=s&changes-since=2026-01-01&minDisk=0&minRam=0&limit=5&marker=m', fx.list);
    const images = await listImages(cloud.client, { name: 'cirros-fake', status: 'ACTIVE', type: 'snapshot', server: 's', 'changes-since': '2026-01-01', minDisk: 0, minRam: 0, limit: 5, marker: 'm' }).all();
    expect(images.map((image) => image.name)).toEqual(['cirros-fake']);
    expect(cloud.lastRequest().headers['x-openstack-nova-api-version']).toBe('2.35');
  });

  it('lists details and gets one', async () => {
    const cloud = nova();
    cloud.reply('GET', 'images/detail?name=cirros-fake', fx.listDetail);
    cloud.reply('GET', `images/${id}`, fx.get);
    expect((await listImagesDetail(cloud.client, { name: 'cirros-fake' }).all())[0]).toMatchObject({ status: 'ACTIVE', 'OS-EXT-IMG-SIZE:size': 1048576 });
    expect((await getImage(cloud.client, id)).minDisk).toBe(0);
  });

  it('deletes, and refuses a pinned microversion the proxy no longer answers', async () => {
    const cloud = nova();
    cloud.reply('DELETE', `images/${id}`, undefined, { status: 204 });
    await deleteImage(cloud.client, id, { microversion: '2.1' });
    expect(cloud.lastRequest().headers['x-openstack-nova-api-version']).toBe('2.1');
    let error: unknown;
    try {
      void getImage(cloud.client, id, { microversion: '2.36' });
    } catch (e) {
      error = e;
    }
    expect(isMicroversionError(error)).toBe(true);
    expect(cloud.serviceRequests()).toHaveLength(1);
  });

  it('finds an image ID by name', async () => {
    const cloud = nova();
    cloud.reply('GET', 'images?name=cirros-fake', fx.list);
    cloud.reply('GET', 'images?name=nope', { images: [] });
    expect(await findImageId(cloud.client, 'cirros-fake')).toBe(id);
    expect(isNameLookupError(await findImageId(cloud.client, 'nope').catch((e: unknown) => e))).toBe(true);
  });

  it('the recorded 2.36 answer is a 404: the proxy is gone', () => {
    expect(fx.removed).toEqual({ itemNotFound: { code: 404, message: 'The resource could not be found.' } });
  });
});
