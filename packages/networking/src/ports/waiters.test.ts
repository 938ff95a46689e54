import { describe, expect, it } from '@jest/globals';
import { isAbortError, isHttpError, isResourceStateError, isTimeoutError } from '@openstack-ts/core';
import { rejectionOf } from '@openstack-ts/core/testing';
import { fakeNeutron, invalidField } from '../fake-neutron.fixtures.js';
import { waitForPortStatus, type Port } from './index.js';
import * as fx from './ports.fixtures.js';

const id = fx.get.port.id;
const path = `v2.0/ports/${id}`;
/** The recorded port (DOWN: the local cloud binds no port) in another status, for the transitions no agent made. */
const inStatus = (status: string): { port: Port } => ({ port: { ...fx.get.port, status } });

describe('waitForPortStatus', () => {
  it('polls until the port reaches the status, showing each poll to onPoll', async () => {
    const cloud = fakeNeutron();
    cloud.replyOnce('GET', path, fx.get);
    cloud.replyOnce('GET', path, inStatus('BUILD'));
    cloud.reply('GET', path, inStatus('ACTIVE'));
    const seen: string[] = [];
    const port = await waitForPortStatus(cloud.client, id, 'ACTIVE', { intervalMs: 0, onPoll: (p) => seen.push(p.status) });
    expect([port.id, port.status]).toEqual([id, 'ACTIVE']);
    expect(seen).toEqual(['DOWN', 'BUILD', 'ACTIVE']);
    expect(cloud.serviceRequests().map((r) => `${r.method} ${r.url}`)).toEqual(Array(3).fill(`GET http://127.0.0.1:9696/${path}`));
  });

  it('takes several statuses, any of which ends the wait', async () => {
    const cloud = fakeNeutron();
    cloud.reply('GET', path, fx.get);
    expect((await waitForPortStatus(cloud.client, id, ['ACTIVE', 'DOWN'], { intervalMs: 0 })).status).toBe('DOWN');
    expect(cloud.serviceRequests()).toHaveLength(1);
  });

  it('fails fast on ERROR by default, and on the failOn statuses given', async () => {
    const cloud = fakeNeutron();
    cloud.reply('GET', path, inStatus('ERROR'));
    const error = await rejectionOf(waitForPortStatus(cloud.client, id, 'ACTIVE', { intervalMs: 0 }));
    expect(isResourceStateError(error) && [error.resource, error.id, error.status, error.message]).toEqual([
      'port',
      id,
      'ERROR',
      `port ${id} went to ERROR while waiting for ACTIVE`,
    ]);
    const other = fakeNeutron();
    other.reply('GET', path, fx.get);
    const down = await rejectionOf(waitForPortStatus(other.client, id, 'ACTIVE', { intervalMs: 0, failOn: ['DOWN'] }));
    expect(isResourceStateError(down) && down.status).toBe('DOWN');
    expect(other.serviceRequests()).toHaveLength(1);
  });

  it('stops when the signal aborts, and gives up at timeoutMs', async () => {
    const cloud = fakeNeutron();
    cloud.reply('GET', path, fx.get);
    const controller = new AbortController();
    const aborted = await rejectionOf(waitForPortStatus(cloud.client, id, 'ACTIVE', { intervalMs: 10_000, signal: controller.signal, onPoll: () => { controller.abort(); } }));
    expect(isAbortError(aborted, controller.signal)).toBe(true);
    expect(cloud.serviceRequests()).toHaveLength(1);
    const timedOut = await rejectionOf(waitForPortStatus(cloud.client, id, 'ACTIVE', { intervalMs: 5, timeoutMs: 30 }));
    expect(isTimeoutError(timedOut) && timedOut.message).toBe(`port ${id} to become ACTIVE: no result within 30 ms`);
  });

  it('refuses an empty ID before sending, and passes a 404 on', async () => {
    const cloud = fakeNeutron();
    expect(invalidField(await rejectionOf(waitForPortStatus(cloud.client, '', 'ACTIVE')))).toBe('portId');
    const aborted = new AbortController();
    aborted.abort();
    expect(isAbortError(await rejectionOf(waitForPortStatus(cloud.client, id, 'ACTIVE', { signal: aborted.signal })))).toBe(true);
    expect(cloud.serviceRequests()).toEqual([]);
    cloud.reply('GET', path, fx.notFound, { status: 404 });
    const missing = await rejectionOf(waitForPortStatus(cloud.client, id, 'ACTIVE', { intervalMs: 0 }));
    expect(isHttpError(missing, 404) && missing.serviceErrorType).toBe('PortNotFound');
  });
});
