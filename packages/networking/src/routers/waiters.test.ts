import { describe, expect, it } from '@jest/globals';
import { isAbortError, isHttpError, isResourceStateError, isTimeoutError } from '@openstack-ts/core';
import { rejectionOf } from '@openstack-ts/core/testing';
import { fakeNeutron, invalidField } from '../fake-neutron.fixtures.js';
import type { Port } from '../ports/index.js';
import { waitForRouterInterface, type RouterInterfaceSelector } from './index.js';
import * as fx from './routers.fixtures.js';

const recorded = fx.interfacePort.port;
const routerId = recorded.device_id;
const subnetId = recorded.fixed_ips[0]?.subnet_id ?? '';
const portId = recorded.id;
const listPath = `v2.0/ports?${new URLSearchParams([['device_id', routerId], ['fixed_ips', `subnet_id=${subnetId}`]]).toString()}`;
const portPath = `v2.0/ports/${portId}`;
/** The recorded interface port (DOWN: the local cloud has no L3 agent) with other fields, for the transitions no agent made. */
const variant = (fields: Partial<Port>): Port => ({ ...recorded, ...fields });

describe('waitForRouterInterface', () => {
  it('by subnet: waits for the interface port to exist, then to be ACTIVE, and returns it', async () => {
    const cloud = fakeNeutron();
    cloud.replyOnce('GET', listPath, { ports: [] });
    cloud.replyOnce('GET', listPath, fx.interfacePortList);
    cloud.reply('GET', listPath, { ports: [variant({ status: 'ACTIVE' })] });
    const seen: string[] = [];
    const port = await waitForRouterInterface(cloud.client, routerId, { subnetId }, { intervalMs: 0, onPoll: (p) => seen.push(p.status) });
    expect([port.id, port.status, port.device_owner]).toEqual([portId, 'ACTIVE', 'network:router_interface']);
    // onPoll sees the port once it exists, not the empty polls before.
    expect(seen).toEqual(['DOWN', 'ACTIVE']);
    const sent = cloud.serviceRequests();
    expect(sent).toHaveLength(3);
    expect(sent[0]?.query).toEqual({ device_id: routerId, fixed_ips: `subnet_id=${subnetId}` });
  });

  it('by subnet: ignores ports of the router that are not its interfaces (the gateway port)', async () => {
    const cloud = fakeNeutron();
    cloud.replyOnce('GET', listPath, { ports: [variant({ device_owner: 'network:router_gateway', status: 'ACTIVE' })] });
    cloud.reply('GET', listPath, { ports: [variant({ device_owner: 'network:router_interface_distributed', status: 'ACTIVE' })] });
    const port = await waitForRouterInterface(cloud.client, routerId, { subnetId }, { intervalMs: 0 });
    expect(port.device_owner).toBe('network:router_interface_distributed');
    expect(cloud.serviceRequests()).toHaveLength(2);
  });

  it('takes another status to wait for: DOWN finds the recorded interface at once', async () => {
    const cloud = fakeNeutron();
    cloud.reply('GET', listPath, fx.interfacePortList);
    expect(await waitForRouterInterface(cloud.client, routerId, { subnetId }, { status: 'DOWN', intervalMs: 0 })).toEqual(recorded);
    expect(cloud.serviceRequests()).toHaveLength(1);
  });

  it('by port: waits until the port is the router interface, then for its status', async () => {
    const cloud = fakeNeutron();
    // Not plugged yet: the port belongs to no device.
    cloud.replyOnce('GET', portPath, { port: variant({ device_id: '', device_owner: '' }) });
    cloud.replyOnce('GET', portPath, fx.interfacePort);
    cloud.reply('GET', portPath, { port: variant({ status: 'ACTIVE' }) });
    const seen: string[] = [];
    const port = await waitForRouterInterface(cloud.client, routerId, { portId }, { intervalMs: 0, onPoll: (p) => seen.push(p.status) });
    expect([port.id, port.status]).toEqual([portId, 'ACTIVE']);
    expect(seen).toEqual(['DOWN', 'ACTIVE']);
    expect(cloud.serviceRequests().map((r) => r.url)).toEqual(Array(3).fill(`http://127.0.0.1:9696/${portPath}`));
  });

  it('fails fast on ERROR by default, naming the port, and on the failOn statuses given', async () => {
    const cloud = fakeNeutron();
    cloud.reply('GET', listPath, { ports: [variant({ status: 'ERROR' })] });
    const error = await rejectionOf(waitForRouterInterface(cloud.client, routerId, { subnetId }, { intervalMs: 0 }));
    expect(isResourceStateError(error) && [error.resource, error.id, error.status, error.message]).toEqual([
      'router interface port',
      portId,
      'ERROR',
      `router interface port ${portId} went to ERROR while waiting for ACTIVE`,
    ]);
    const other = fakeNeutron();
    other.reply('GET', portPath, fx.interfacePort);
    const down = await rejectionOf(waitForRouterInterface(other.client, routerId, { portId }, { intervalMs: 0, failOn: ['DOWN'] }));
    expect(isResourceStateError(down) && down.status).toBe('DOWN');
  });

  it('stops when the signal aborts, gives up at timeoutMs, and passes a missing port on', async () => {
    const cloud = fakeNeutron();
    cloud.reply('GET', listPath, fx.interfacePortList);
    const controller = new AbortController();
    const aborted = await rejectionOf(waitForRouterInterface(cloud.client, routerId, { subnetId }, { intervalMs: 10_000, signal: controller.signal, onPoll: () => { controller.abort(); } }));
    expect(isAbortError(aborted, controller.signal)).toBe(true);
    expect(cloud.serviceRequests()).toHaveLength(1);
    const timedOut = await rejectionOf(waitForRouterInterface(cloud.client, routerId, { subnetId }, { intervalMs: 5, timeoutMs: 30 }));
    expect(isTimeoutError(timedOut) && timedOut.message).toBe(`the interface of router ${routerId} on subnet ${subnetId} to become ACTIVE: no result within 30 ms`);
    cloud.reply('GET', portPath, { NeutronError: { type: 'PortNotFound', message: `Port ${portId} could not be found.`, detail: '' } }, { status: 404 });
    const missing = await rejectionOf(waitForRouterInterface(cloud.client, routerId, { portId }, { intervalMs: 0 }));
    expect(isHttpError(missing, 404) && missing.serviceErrorType).toBe('PortNotFound');
  });

  it('refuses a missing router, both or neither of subnet and port, and an empty status, before sending', async () => {
    const cloud = fakeNeutron();
    const both = { subnetId, portId } as unknown as RouterInterfaceSelector;
    expect(invalidField(await rejectionOf(waitForRouterInterface(cloud.client, '', { subnetId })))).toBe('routerId');
    expect(invalidField(await rejectionOf(waitForRouterInterface(cloud.client, routerId, both)))).toBe('portId');
    expect(invalidField(await rejectionOf(waitForRouterInterface(cloud.client, routerId, {} as RouterInterfaceSelector)))).toBe('subnetId');
    expect(invalidField(await rejectionOf(waitForRouterInterface(cloud.client, routerId, { subnetId: ' ' })))).toBe('subnetId');
    expect(invalidField(await rejectionOf(waitForRouterInterface(cloud.client, routerId, { portId }, { status: [] })))).toBe('status');
    expect(invalidField(await rejectionOf(waitForRouterInterface(cloud.client, routerId, { portId }, { status: '' })))).toBe('status');
    expect(cloud.serviceRequests()).toEqual([]);
  });
});
