import { describe, expect, it } from '@jest/globals';
import { isAbortError, isResourceStateError } from '@openstack-ts/core';
import { rejectionOf } from '@openstack-ts/core/testing';
import { fakeNeutron, invalidField } from '../fake-neutron.fixtures.js';
import { waitForFloatingIpStatus, type FloatingIp } from './index.js';
import * as fx from './floating-ips.fixtures.js';

const id = fx.get.floatingip.id;
const path = `v2.0/floatingips/${id}`;
/** The recorded floating IP (DOWN: the local cloud has no L3 agent) in another status. */
const inStatus = (status: string): { floatingip: FloatingIp } => ({ floatingip: { ...fx.get.floatingip, status } });

describe('waitForFloatingIpStatus', () => {
  it('polls until the floating IP is ACTIVE, showing each poll to onPoll', async () => {
    const cloud = fakeNeutron();
    cloud.replyOnce('GET', path, fx.get);
    cloud.reply('GET', path, inStatus('ACTIVE'));
    const seen: string[] = [];
    const fip = await waitForFloatingIpStatus(cloud.client, id, 'ACTIVE', { intervalMs: 0, onPoll: (f) => seen.push(f.status) });
    expect([fip.floating_ip_address, fip.status]).toEqual(['172.24.4.33', 'ACTIVE']);
    expect(seen).toEqual(['DOWN', 'ACTIVE']);
    expect(cloud.serviceRequests().map((r) => r.url)).toEqual(Array(2).fill(`http://127.0.0.1:9696/${path}`));
  });

  it('waits for DOWN as well (a disassociated address)', async () => {
    const cloud = fakeNeutron();
    cloud.reply('GET', path, fx.get);
    expect((await waitForFloatingIpStatus(cloud.client, id, 'DOWN', { intervalMs: 0 })).status).toBe('DOWN');
  });

  it('fails fast on ERROR by default, and on the failOn statuses given', async () => {
    const cloud = fakeNeutron();
    cloud.reply('GET', path, inStatus('ERROR'));
    const error = await rejectionOf(waitForFloatingIpStatus(cloud.client, id, 'ACTIVE', { intervalMs: 0 }));
    expect(isResourceStateError(error) && error.message).toBe(`floating IP ${id} went to ERROR while waiting for ACTIVE`);
    const other = fakeNeutron();
    other.reply('GET', path, fx.get);
    const down = await rejectionOf(waitForFloatingIpStatus(other.client, id, 'ACTIVE', { intervalMs: 0, failOn: ['DOWN', 'ERROR'] }));
    expect(isResourceStateError(down) && [down.resource, down.status]).toEqual(['floating IP', 'DOWN']);
  });

  it('stops when the signal aborts', async () => {
    const cloud = fakeNeutron();
    cloud.reply('GET', path, fx.get);
    const controller = new AbortController();
    const error = await rejectionOf(waitForFloatingIpStatus(cloud.client, id, 'ACTIVE', { intervalMs: 10_000, signal: controller.signal, onPoll: () => { controller.abort(); } }));
    expect(isAbortError(error, controller.signal)).toBe(true);
    expect(cloud.serviceRequests()).toHaveLength(1);
  });

  it('refuses an empty ID before sending', async () => {
    const cloud = fakeNeutron();
    expect(invalidField(await rejectionOf(waitForFloatingIpStatus(cloud.client, ' ', 'ACTIVE')))).toBe('floatingIpId');
    expect(cloud.serviceRequests()).toEqual([]);
  });
});
