import { expect, it } from '@jest/globals';
import { adminProvider, describeAsAdmin, describeWithService, useCleanup } from '@openstack-ts/acceptance';
import { isHttpError, waitFor } from '@openstack-ts/core';
import { rejectionOf } from '@openstack-ts/core/testing';
import { createComputeClient, type ComputeClient } from '../src/client.js';
import {
  abortServerMigration,
  forceCompleteServerMigration,
  getServerMigration,
  listMigrations,
  listServerMigrations,
  type Migration,
} from '../src/migrations/index.js';
import { getServer, type Server } from '../src/servers/index.js';
import { bootServer, memberCompute } from './helpers.js';

const IN_PROGRESS = ['accepted', 'pre-migrating', 'migrating', 'post-migrating', 'queued', 'preparing', 'running'];

/** The server actions this suite needs to create migrations; they belong to the servers resource. */
async function serverAction(compute: ComputeClient, id: string, body: Record<string, unknown>): Promise<void> {
  return compute.execute({ method: 'POST', path: `servers/${id}/action`, json: body, expectStatus: [202] });
}

/** Waits until the server has a migration of this type that is no longer in progress, and no task. */
async function settledMigration(compute: ComputeClient, server: Server, type: string): Promise<Migration> {
  return waitFor(
    async (signal) => {
      const migrations = await listMigrations(compute, { instance_uuid: server.id, migration_type: type }, { signal }).all();
      const done = migrations.find((m) => !IN_PROGRESS.includes(m.status));
      const current = await getServer(compute, server.id, { signal });
      return done !== undefined && current['OS-EXT-STS:task_state'] == null ? done : undefined;
    },
    { intervalMs: 1000, timeoutMs: 120_000, description: `a settled ${type} of server ${server.id}` },
  );
}

// With one compute host (the local cloud) both migrations fail for want of a destination: Nova still
// records them, which is what the listings need. The server-migration calls only act on a live
// migration in progress, so they are proven by Nova's specific refusals.
describeWithService('compute', 'migrations against the real Nova', () => {
  describeAsAdmin('as admin', () => {
    const cleanup = useCleanup();
    let admin: ComputeClient;
    let server: Server;
    let cold: Migration;
    let live: Migration;

    it('records a cold and a live migration of a server, and lists them', async () => {
      admin = await createComputeClient(await adminProvider());
      server = await bootServer(await memberCompute(), cleanup);
      await serverAction(admin, server.id, { migrate: null });
      cold = await settledMigration(admin, server, 'migration');
      await serverAction(admin, server.id, { 'os-migrateLive': { host: null, block_migration: 'auto' } });
      live = await settledMigration(admin, server, 'live-migration');

      const all = await listMigrations(admin, { instance_uuid: server.id }).all();
      expect(all.map((m) => m.id)).toEqual([live.id, cold.id]); // newest first
      expect(cold).toMatchObject({ instance_uuid: server.id, migration_type: 'migration', source_compute: expect.any(String) });
      expect(cold.uuid).toMatch(/^[0-9a-f-]{36}$/);
      expect(cold.user_id).toBe((await adminProvider()).token?.body.user.id);
    });

    it('pages through migrations_links and filters by host, type, status, time, user and project', async () => {
      const pages: number[][] = [];
      for await (const page of listMigrations(admin, { instance_uuid: server.id, limit: 1 }).byPage()) pages.push(page.map((m) => m.id));
      expect(pages).toEqual([[live.id], [cold.id]]);

      const host = cold.source_compute ?? '';
      const filtered = await listMigrations(admin, { instance_uuid: server.id, host, source_compute: host, migration_type: 'migration', status: cold.status }).all();
      expect(filtered.map((m) => m.id)).toEqual([cold.id]);

      const inWindow = await listMigrations(admin, {
        instance_uuid: server.id,
        'changes-since': server.created,
        'changes-before': new Date(Date.now() + 3_600_000).toISOString(),
      }).all();
      expect(inWindow.map((m) => m.id)).toEqual([live.id, cold.id]);

      const token = (await adminProvider()).token?.body;
      const byUser = await listMigrations(admin, { instance_uuid: server.id, user_id: token?.user.id, project_id: token?.project?.id }).all();
      expect(byUser.map((m) => m.id)).toEqual([live.id, cold.id]);
      const byOtherUser = await listMigrations(admin, { instance_uuid: server.id, user_id: 'osts-acc-nobody' }).all();
      expect(byOtherUser).toEqual([]);
    });

    it("lists the server's live migrations in progress: none", async () => {
      expect(await listServerMigrations(admin, server.id).all()).toEqual([]);
    });

    it('gets a server migration: Nova answers 404 unless it is a live migration in progress', async () => {
      const notLive = await rejectionOf(async () => getServerMigration(admin, server.id, cold.id));
      expect(isHttpError(notLive, 404)).toBe(true);
      expect(String(notLive)).toContain(`Migration ${String(cold.id)} for server ${server.id} is not live-migration`);
      const notRunning = await rejectionOf(async () => getServerMigration(admin, server.id, live.id));
      expect(isHttpError(notRunning, 404)).toBe(true);
      expect(String(notRunning)).toContain(`Live migration ${String(live.id)} for server ${server.id} is not in progress`);
    });

    it('forces completion and aborts: Nova refuses (409) while the server is not migrating', async () => {
      const forced = await rejectionOf(async () => forceCompleteServerMigration(admin, server.id, live.id));
      expect(isHttpError(forced, 409)).toBe(true);
      expect(String(forced)).toContain(`Instance ${server.id} is in an invalid state for 'force_complete'`);
      const aborted = await rejectionOf(async () => abortServerMigration(admin, server.id, live.id));
      expect(isHttpError(aborted, 409)).toBe(true);
      expect(String(aborted)).toContain(`Instance ${server.id} is in an invalid state for 'abort live migration'`);
    });
  });
});
