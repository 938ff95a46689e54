import { describe, expect, it } from '@jest/globals';
import { isHttpError } from '@openstack-ts/core';
import { rejectionOf } from '@openstack-ts/core/testing';
import { getServerAddresses, listServerAddressesByNetwork } from './index.js';
import * as fx from './server-ips.fixtures.js';
import { fakeNova as nova, inputRefusal } from '../fake-nova.fixtures.js';

const id = '541f486a-ba52-44f6-bd89-aadc975a90fe';

describe('server IPs', () => {
  it('reads all addresses by network label', async () => {
    const cloud = nova();
    cloud.reply('GET', `servers/${id}/ips`, fx.ipsList);
    expect(await getServerAddresses(cloud.client, id)).toEqual({ private: [{ version: 4, addr: '10.0.0.236' }] });
    expect(cloud.lastRequest().method).toBe('GET');
    expect(cloud.lastRequest().url).toBe(`http://127.0.0.1:8774/v2.1/servers/${id}/ips`);
  });

  it('lists the addresses on one network, unwrapped from the label key', async () => {
    const cloud = nova();
    cloud.reply('GET', `servers/${id}/ips/private`, fx.ipsNetwork);
    expect(await listServerAddressesByNetwork(cloud.client, id, 'private').all()).toEqual([{ version: 4, addr: '10.0.0.236' }]);
    expect(cloud.lastRequest().url).toBe(`http://127.0.0.1:8774/v2.1/servers/${id}/ips/private`);
  });

  it('encodes the label, and passes on Nova’s 404 for a network the server is not on', async () => {
    const cloud = nova();
    cloud.reply('GET', `servers/${id}/ips/my%20net`, fx.ipsNetworkMissing, { status: 404 });
    const error = await rejectionOf(() => listServerAddressesByNetwork(cloud.client, id, 'my net'));
    expect(isHttpError(error, 404)).toBe(true);
    expect((error as Error).message).toContain('Instance is not a member of specified network');
  });

  it('rejects an empty label before sending', async () => {
    const cloud = nova();
    expect(await inputRefusal(() => listServerAddressesByNetwork(cloud.client, id, ''))).toMatchObject({ name: 'InvalidInputError', field: 'networkLabel', message: expect.stringMatching(/networkLabel must be a non-empty string/) });
    expect(cloud.requests).toHaveLength(0);
  });
});
