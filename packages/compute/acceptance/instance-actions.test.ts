import { expect, it } from '@jest/globals';
import { adminProvider, describeAsAdmin, describeWithService, useCleanup } from '@openstack-ts/acceptance';
import { isHttpError } from '@openstack-ts/core';
import { rejectionOf } from '@openstack-ts/core/testing';
import { createComputeClient, type ComputeClient } from '../src/client.js';
import { getInstanceAction, listInstanceActions, type InstanceAction } from '../src/instance-actions/index.js';
import type { Server } from '../src/servers/index.js';
import { bootServer, memberCompute } from './helpers.js';

/** The server actions this suite uses to record more instance actions; they belong to the servers resource. */
async function serverAction(compute: ComputeClient, id: string, body: Record<string, unknown>): Promise<void> {
  return compute.execute({ method: 'POST', path: `servers/${id}/action`, json: body, expectStatus: [202] });
}

describeWithService('compute', 'instance actions against the real Nova', () => {
  const cleanup = useCleanup();
  let member: ComputeClient;
  let server: Server;
  let create: InstanceAction;

  it("lists a server's actions as its owner, newest first", async () => {
    member = await memberCompute();
    server = await bootServer(member, cleanup);
    await serverAction(member, server.id, { lock: null });
    await serverAction(member, server.id, { unlock: null });
    const actions = await listInstanceActions(member, server.id).all();
    expect(actions.map((a) => a.action)).toEqual(['unlock', 'lock', 'create']);
    create = actions[2] ?? create;
    expect(create).toMatchObject({ instance_uuid: server.id, message: null, request_id: expect.stringMatching(/^req-/) });
    expect(create.updated_at).toEqual(expect.any(String));
  });

  it('pages through the links and filters by change time', async () => {
    const pages: string[][] = [];
    for await (const page of listInstanceActions(member, server.id, { limit: 1 }).byPage()) pages.push(page.map((a) => a.action));
    expect(pages).toEqual([['unlock'], ['lock'], ['create']]);
    const window = { 'changes-since': server.created, 'changes-before': new Date(Date.now() + 3_600_000).toISOString() };
    expect((await listInstanceActions(member, server.id, window).all()).map((a) => a.action)).toEqual(['unlock', 'lock', 'create']);
    const later = { 'changes-since': new Date(Date.now() + 3_600_000).toISOString() };
    expect(await listInstanceActions(member, server.id, later).all()).toEqual([]);
  });

  it('shows an action to its owner: events without traceback or host (events from 2.51)', async () => {
    const action = await getInstanceAction(member, server.id, create.request_id);
    expect(action).toMatchObject({ action: 'create', request_id: create.request_id });
    expect(action.events?.length).toBeGreaterThanOrEqual(1);
    for (const event of action.events ?? []) {
      expect(event).toMatchObject({ event: expect.any(String), start_time: expect.any(String), result: 'Success', hostId: expect.any(String) });
      expect('traceback' in event).toBe(false);
      expect('host' in event).toBe(false);
    }
    const old = await getInstanceAction(member, server.id, create.request_id, { microversion: '2.50' });
    expect(old.events).toBeUndefined();
    const missing = await rejectionOf(async () => getInstanceAction(member, server.id, 'req-00000000-0000-0000-0000-000000000000'));
    expect(isHttpError(missing, 404)).toBe(true);
    expect(String(missing)).toContain('Action req-00000000-0000-0000-0000-000000000000 not found');
  });

  describeAsAdmin('as admin', () => {
    it('shows the events with traceback, host and details (2.84)', async () => {
      const admin = await createComputeClient(await adminProvider());
      const action = await getInstanceAction(admin, server.id, create.request_id);
      expect(action.events?.length).toBeGreaterThanOrEqual(1);
      for (const event of action.events ?? []) {
        expect(event).toMatchObject({ traceback: null, host: expect.any(String), hostId: expect.any(String) });
        expect('details' in event).toBe(true);
      }
      const old = await getInstanceAction(admin, server.id, create.request_id, { microversion: '2.50' });
      expect(old.events?.[0]?.hostId).toBeUndefined();
      expect(old.events?.[0]?.traceback).toBeNull();
    });
  });
});
