import { describe, expect, it } from '@jest/globals';
import { isHttpError } from '@openstack-ts/core';
import { rejectionOf } from '@openstack-ts/core/testing';
import { fakeNeutron, invalidField } from '../fake-neutron.fixtures.js';
import { getExtension, listExtensions } from './index.js';
import * as fx from './extensions.fixtures.js';

describe('extensions', () => {
  it('lists the loaded extensions', async () => {
    const cloud = fakeNeutron();
    cloud.reply('GET', 'v2.0/extensions', fx.list);
    const extensions = await listExtensions(cloud.client).all();
    const sent = cloud.lastRequest();
    expect([sent.method, sent.url]).toEqual(['GET', 'http://127.0.0.1:9696/v2.0/extensions']);
    expect(extensions.map((e) => e.alias)).toEqual(['address-group', 'address-scope', 'router-admin-state-down-before-update', 'agent']);
    expect(extensions[0]).toEqual({ name: 'Address group', alias: 'address-group', description: 'Support address group', updated: '2020-07-15T10:00:00-00:00', links: [] });
  });

  it('shows one extension by alias', async () => {
    const cloud = fakeNeutron();
    cloud.reply('GET', 'v2.0/extensions/router', fx.get);
    const extension = await getExtension(cloud.client, 'router');
    expect(cloud.lastRequest().method).toBe('GET');
    expect(extension).toMatchObject({ alias: 'router', name: 'Neutron L3 Router', updated: '2012-07-20T10:00:00-00:00' });
  });

  it('an alias the server has not loaded is a 404 without a Neutron type', async () => {
    const cloud = fakeNeutron();
    cloud.reply('GET', 'v2.0/extensions/nonsense', fx.notFound, { status: 404 });
    const error = await getExtension(cloud.client, 'nonsense').catch((e: unknown) => e);
    expect(isHttpError(error, 404) && [error.serviceErrorType, error.serviceMessage]).toEqual([
      'Not Found',
      'The resource could not be found. Extension with alias nonsense does not exist',
    ]);
  });

  it('refuses an empty alias before sending', async () => {
    const cloud = fakeNeutron();
    expect(invalidField(await rejectionOf(getExtension(cloud.client, '')))).toBe('alias');
    expect(cloud.requests).toHaveLength(0);
  });
});
