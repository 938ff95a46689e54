import { describe, expect, it } from '@jest/globals';
import { isHttpError, isInvalidInputError } from '@openstack-ts/core';
import { rejectionOf } from '@openstack-ts/core/testing';
import { attachInterface, detachInterface, getInterfaceAttachment, listInterfaceAttachments, waitForInterfaceDetached } from './index.js';
import * as fx from './interface-attachments.fixtures.js';
import { fakeNova as nova, inputRefusal, microversionRefusal } from '../fake-nova.fixtures.js';

// The recorded IDs come from the local cloud's Nova, so the fake cloud uses the same endpoint.

const SERVER = 'd1e9b615-654a-425c-8f2c-fbafa29ee7f6';
const PORT = fx.attachPort.interfaceAttachment.port_id;
const NET = fx.attachPort.interfaceAttachment.net_id;
const base = `servers/${SERVER}/os-interface`;

describe('interface attachments', () => {
  it('lists the attached ports with their tags', async () => {
    const cloud = nova();
    cloud.reply('GET', base, fx.list);
    const ports = await listInterfaceAttachments(cloud.client, SERVER).all();
    expect(cloud.lastRequest().method).toBe('GET');
    expect(cloud.lastRequest().headers['openstack-api-version']).toBe('compute 2.93');
    expect(ports.map((p) => [p.port_id, p.tag])).toEqual([
      ['8d870c89-d91a-4c4e-a868-0769be4f1625', null],
      [PORT, 'nic1'],
    ]);
    expect(ports[0]?.fixed_ips).toEqual([{ subnet_id: '60a49b0e-9257-4e09-be53-8e063bb2c7d8', ip_address: '10.0.0.213' }]);
  });

  it('lists without tags before 2.70, and nothing for a server without ports', async () => {
    const cloud = nova('2.1');
    cloud.reply('GET', base, fx.list21);
    const ports = await listInterfaceAttachments(cloud.client, SERVER).all();
    expect(cloud.lastRequest().headers['x-openstack-nova-api-version']).toBe('2.1');
    expect(ports).toHaveLength(2);
    expect(ports.every((p) => !('tag' in p))).toBe(true);
    const empty = nova();
    empty.reply('GET', base, fx.listEmpty);
    expect(await listInterfaceAttachments(empty.client, SERVER).all()).toEqual([]);
  });

  it('shows one port', async () => {
    const cloud = nova();
    cloud.reply('GET', `${base}/${PORT}`, fx.get);
    expect(await getInterfaceAttachment(cloud.client, SERVER, PORT)).toEqual({
      net_id: NET,
      port_id: PORT,
      mac_addr: 'fa:16:3e:79:7a:c7',
      port_state: 'ACTIVE',
      fixed_ips: [{ subnet_id: '60a49b0e-9257-4e09-be53-8e063bb2c7d8', ip_address: '10.0.0.245' }],
      tag: 'nic1',
    });
    const older = nova('2.69');
    older.reply('GET', `${base}/${PORT}`, fx.get269);
    expect((await getInterfaceAttachment(older.client, SERVER, PORT)).tag).toBeUndefined();
  });

  it('raises Nova\'s 404 for a port that is not attached', async () => {
    const cloud = nova();
    const [server, port] = ['470a671e-f67d-4167-98fc-7e572b110922', '84b66834-de11-4707-bf6c-3c3b99d30784'];
    cloud.reply('GET', `servers/${server}/os-interface/${port}`, fx.notAttached, { status: 404 });
    const error = await rejectionOf(async () => getInterfaceAttachment(cloud.client, server, port));
    expect(isHttpError(error, 404)).toBe(true);
    expect((error as Error).message).toMatch(/does not have a port with id 84b66834/);
  });

  it('attaches an existing port with a tag', async () => {
    const cloud = nova();
    cloud.reply('POST', base, fx.attachPort);
    const attached = await attachInterface(cloud.client, SERVER, { port_id: PORT, tag: 'nic1' });
    expect(cloud.lastRequest().json).toEqual({ interfaceAttachment: { port_id: PORT, tag: 'nic1' } });
    expect(attached).toMatchObject({ port_id: PORT, net_id: NET, port_state: 'ACTIVE', tag: 'nic1' });
  });

  it('attaches a new port on a network with a fixed IP', async () => {
    const cloud = nova();
    cloud.reply('POST', base, fx.attachNet);
    const attached = await attachInterface(cloud.client, SERVER, { net_id: NET, fixed_ips: [{ ip_address: '10.0.0.213' }] });
    expect(cloud.lastRequest().json).toEqual({ interfaceAttachment: { net_id: NET, fixed_ips: [{ ip_address: '10.0.0.213' }] } });
    expect(attached.fixed_ips?.map((ip) => ip.ip_address)).toEqual(['10.0.0.213']);
    expect(attached.port_id).not.toBe(PORT);
  });

  it('sends an empty attachment when Nova should pick the network', async () => {
    const cloud = nova();
    cloud.reply('POST', base, fx.attachNet);
    await attachInterface(cloud.client, SERVER);
    expect(cloud.lastRequest().json).toEqual({ interfaceAttachment: {} });
  });

  it('refuses what Nova would refuse, and a tag before 2.49, without sending', async () => {
    const cloud = nova();
    const both = await rejectionOf(async () => attachInterface(cloud.client, SERVER, { port_id: PORT, net_id: NET }));
    expect(isInvalidInputError(both)).toBe(true);
    expect((both as { field?: string }).field).toBe('net_id');
    expect(await inputRefusal(async () => attachInterface(cloud.client, SERVER, { port_id: PORT, fixed_ips: [{ ip_address: '10.0.0.9' }] }))).toMatchObject({ name: 'InvalidInputError', field: 'fixed_ips', message: expect.stringMatching(/fixed_ips needs net_id/) });
    const older = nova('2.48');
    expect(await microversionRefusal(async () => attachInterface(older.client, SERVER, { port_id: PORT, tag: 'nic1' }))).toBe('An interface attachment tag requires compute microversion 2.49 or later; this call uses 2.48');
    expect(cloud.requests).toHaveLength(0);
    expect(older.requests).toHaveLength(0);
  });

  it('detaches with a DELETE that answers 202, then waits for the port to go', async () => {
    const cloud = nova();
    cloud.reply('DELETE', `${base}/${PORT}`, undefined, { status: 202 });
    cloud.replyOnce('GET', `${base}/${PORT}`, fx.get);
    cloud.replyOnce('GET', `${base}/${PORT}`, fx.notAttached, { status: 404 });
    await detachInterface(cloud.client, SERVER, PORT);
    expect(cloud.lastRequest().method).toBe('DELETE');
    expect(cloud.lastRequest().url).toBe(`http://127.0.0.1:8774/v2.1/${base}/${PORT}`);
    await waitForInterfaceDetached(cloud.client, SERVER, PORT, { intervalMs: 0 });
    expect(cloud.serviceRequests().map((r) => r.method)).toEqual(['DELETE', 'GET', 'GET']);
  });

  it('rejects empty IDs before sending', async () => {
    const cloud = nova();
    expect(await inputRefusal(async () => getInterfaceAttachment(cloud.client, SERVER, ''))).toMatchObject({ name: 'InvalidInputError', field: 'portId', message: expect.stringMatching(/portId must be a non-empty string/) });
    expect(await inputRefusal(() => listInterfaceAttachments(cloud.client, ''))).toMatchObject({ name: 'InvalidInputError', field: 'serverId', message: expect.stringMatching(/serverId must be a non-empty string/) });
    expect(cloud.requests).toHaveLength(0);
  });
});
