import { beforeAll, expect, it } from '@jest/globals';
import { adminProvider, describeAsAdmin, describeWithService, memberProvider, uniqueName, useCleanup, type Cleanup } from '@openstack-ts/acceptance';
import { createServiceClient, isHttpError, waitFor } from '@openstack-ts/core';
import { createComputeClient, type ComputeClient } from '../src/client.js';
import {
  addServerSecurityGroup,
  changeServerPassword,
  confirmServerResize,
  createServerBackup,
  createServerImage,
  evacuateServer,
  getServerConsoleOutput,
  injectServerNetworkInfo,
  liveMigrateServer,
  lockServer,
  migrateServer,
  pauseServer,
  rebootServer,
  rebuildServer,
  removeServerSecurityGroup,
  rescueServer,
  resetServerNetwork,
  resetServerState,
  resizeServer,
  restoreServer,
  resumeServer,
  revertServerResize,
  shelveOffloadServer,
  shelveServer,
  startServer,
  stopServer,
  suspendServer,
  triggerServerCrashDump,
  unlockServer,
  unpauseServer,
  unrescueServer,
  unshelveServer,
} from '../src/server-actions/index.js';
import { getServer, waitForServerStatus, type Server, type ServerStatus } from '../src/servers/index.js';
import { bootServer, memberCompute, testImageId } from './helpers.js';

const POLL = { intervalMs: 1000, timeoutMs: 180_000 };

/** Waits for a status (and, as Nova sets both together, the end of the task that led there). */
async function waitStatus(compute: ComputeClient, id: string, status: ServerStatus | readonly ServerStatus[]): Promise<Server> {
  return waitForServerStatus(compute, id, status, POLL);
}

/** Waits until the server has no task in progress (actions that keep the status: snapshots, passwords). */
async function waitIdle(compute: ComputeClient, id: string): Promise<Server> {
  return waitFor(
    async (signal) => {
      const server = await getServer(compute, id, { signal });
      return server['OS-EXT-STS:task_state'] === null || server['OS-EXT-STS:task_state'] === undefined ? server : undefined;
    },
    { ...POLL, description: `server ${id} to finish its task` },
  );
}

/** The error a promise rejects with (fails the test when it resolves). */
async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected the call to fail');
    },
    (error: unknown) => error,
  );
}

/** Registers the deletion of a Glance image, then reads it back. */
async function trackImage(cleanup: Cleanup, id: string, name: string): Promise<Record<string, unknown>> {
  const image = await createServiceClient(await memberProvider(), { type: 'image' });
  cleanup.add(`image ${name}`, async () => image.execute({ method: 'DELETE', path: `v2/images/${id}`, expectStatus: [204] }));
  return image.request<Record<string, unknown>>({ method: 'GET', path: `v2/images/${id}` });
}

describeWithService('compute', 'server actions against the real Nova', () => {
  const cleanup = useCleanup();
  let compute: ComputeClient;
  let server: Server;

  beforeAll(async () => {
    compute = await memberCompute();
    server = await bootServer(compute, cleanup);
  }, 240_000);

  it('reboots soft and hard, stops and starts', async () => {
    await rebootServer(compute, server.id, { type: 'SOFT' });
    await waitStatus(compute, server.id, 'ACTIVE');
    await rebootServer(compute, server.id, { type: 'HARD' });
    await waitStatus(compute, server.id, 'ACTIVE');
    await stopServer(compute, server.id);
    expect((await waitStatus(compute, server.id, 'SHUTOFF'))['OS-EXT-STS:power_state']).toBe(4);
    await startServer(compute, server.id);
    expect((await waitStatus(compute, server.id, 'ACTIVE'))['OS-EXT-STS:power_state']).toBe(1);
  });

  it('pauses and unpauses, suspends and resumes', async () => {
    await pauseServer(compute, server.id);
    await waitStatus(compute, server.id, 'PAUSED');
    await unpauseServer(compute, server.id);
    await waitStatus(compute, server.id, 'ACTIVE');
    await suspendServer(compute, server.id);
    await waitStatus(compute, server.id, 'SUSPENDED');
    await resumeServer(compute, server.id);
    await waitStatus(compute, server.id, 'ACTIVE');
  });

  it('locks with a reason and unlocks', async () => {
    await lockServer(compute, server.id, { locked_reason: 'acceptance' });
    expect(await getServer(compute, server.id)).toMatchObject({ locked: true, locked_reason: 'acceptance' });
    await unlockServer(compute, server.id);
    expect(await getServer(compute, server.id)).toMatchObject({ locked: false, locked_reason: null });
  });

  it('reads the console log, changes the password and triggers a crash dump', async () => {
    const all = await getServerConsoleOutput(compute, server.id);
    const tail = await getServerConsoleOutput(compute, server.id, { length: 1 });
    expect(all.length).toBeGreaterThan(0);
    expect(tail.split('\n')).toHaveLength(1);
    expect(all.endsWith(tail)).toBe(true);
    await changeServerPassword(compute, server.id, 'Acceptance-Secret-1');
    await waitIdle(compute, server.id);
    await triggerServerCrashDump(compute, server.id);
    await waitIdle(compute, server.id);
  });

  it('rescues from an image and unrescues, twice', async () => {
    const password = await rescueServer(compute, server.id, { rescue_image_ref: await testImageId() });
    expect(typeof password).toBe('string');
    await waitStatus(compute, server.id, 'RESCUE');
    await unrescueServer(compute, server.id);
    await waitStatus(compute, server.id, 'ACTIVE');
    expect(await rescueServer(compute, server.id, { adminPass: 'Rescue-Secret-1' })).toBe('Rescue-Secret-1');
    await waitStatus(compute, server.id, 'RESCUE');
    await unrescueServer(compute, server.id);
    await waitStatus(compute, server.id, 'ACTIVE');
  });

  it('answers 409 to restoring a server that is not soft-deleted', async () => {
    const error = await failure(restoreServer(compute, server.id));
    expect(isHttpError(error, 409)).toBe(true);
    expect((error as Error).message).toContain("Cannot 'restore' instance");
  });

  it('creates an image (body and Location header) and a backup, and Glance has them', async () => {
    const name = uniqueName('image');
    const imageId = await createServerImage(compute, server.id, { name, metadata: { purpose: 'acceptance' } });
    expect(await trackImage(cleanup, imageId, name)).toMatchObject({ id: imageId, name, instance_uuid: server.id, image_type: 'snapshot', purpose: 'acceptance' });
    await waitIdle(compute, server.id);

    const oldName = uniqueName('image');
    const oldId = await createServerImage(compute, server.id, { name: oldName }, { microversion: '2.44' });
    expect(await trackImage(cleanup, oldId, oldName)).toMatchObject({ id: oldId, name: oldName, instance_uuid: server.id });
    await waitIdle(compute, server.id);

    const backupName = uniqueName('image');
    const backupId = await createServerBackup(compute, server.id, { name: backupName, backup_type: 'daily', rotation: 1, metadata: { purpose: 'acceptance' } });
    expect(backupId).toBeDefined();
    expect(await trackImage(cleanup, backupId ?? '', backupName)).toMatchObject({ name: backupName, image_type: 'backup', backup_type: 'daily', purpose: 'acceptance' });
    await waitIdle(compute, server.id);
  });

  it('rebuilds with a new name, description, metadata, user data and hostname', async () => {
    const name = uniqueName('server');
    const rebuilt = await rebuildServer(compute, server.id, {
      imageRef: await testImageId(),
      name,
      adminPass: 'Rebuild-Secret-1',
      metadata: { purpose: 'acceptance' },
      preserve_ephemeral: false,
      description: 'rebuilt',
      key_name: null,
      user_data: 'hello',
      hostname: 'rebuilt-host',
    });
    expect(rebuilt).toMatchObject({ id: server.id, name, status: 'REBUILD', adminPass: 'Rebuild-Secret-1', user_data: 'aGVsbG8=', description: 'rebuilt' });
    const after = await waitStatus(compute, server.id, 'ACTIVE');
    expect(after).toMatchObject({ name, description: 'rebuilt', metadata: { purpose: 'acceptance' }, 'OS-EXT-SRV-ATTR:hostname': 'rebuilt-host' });
  });

  it('resizes to m1.small and confirms, then resizes back and reverts', async () => {
    await resizeServer(compute, server.id, { flavorRef: '2' });
    expect((await waitStatus(compute, server.id, 'VERIFY_RESIZE')).flavor.original_name).toBe('m1.small');
    await confirmServerResize(compute, server.id);
    expect((await waitStatus(compute, server.id, 'ACTIVE')).flavor.original_name).toBe('m1.small');

    await resizeServer(compute, server.id, { flavorRef: '1', 'OS-DCF:diskConfig': 'MANUAL' });
    expect((await waitStatus(compute, server.id, 'VERIFY_RESIZE')).flavor.original_name).toBe('m1.tiny');
    await revertServerResize(compute, server.id);
    expect((await waitStatus(compute, server.id, 'ACTIVE')).flavor.original_name).toBe('m1.small');
  });

  it('shelves and unshelves into an availability zone', async () => {
    const zone = (await getServer(compute, server.id))['OS-EXT-AZ:availability_zone'] ?? 'nova';
    await shelveServer(compute, server.id);
    await waitStatus(compute, server.id, 'SHELVED_OFFLOADED');
    await unshelveServer(compute, server.id, { availability_zone: zone });
    expect((await waitStatus(compute, server.id, 'ACTIVE'))['OS-EXT-AZ:availability_zone']).toBe(zone);
  });

  it('adds a security group to a server with a port and removes it', async () => {
    const network = await createServiceClient(await memberProvider(), { type: 'network', base: 'v2.0/' });
    const [privateNet] = await network.request<{ id: string }[]>({ method: 'GET', path: 'networks', query: { name: 'private' }, unwrap: 'networks' });
    if (privateNet === undefined) throw new Error('the member has no network named private');
    const groupName = uniqueName('secgroup');
    const group = await network.request<{ id: string }>({ method: 'POST', path: 'security-groups', json: { security_group: { name: groupName } }, expectStatus: [201], unwrap: 'security_group' });
    cleanup.add(`security group ${groupName}`, async () => network.execute({ method: 'DELETE', path: `security-groups/${group.id}`, expectStatus: [204] }));
    const withPort = await bootServer(compute, cleanup, { networks: [{ uuid: privateNet.id }] });

    await addServerSecurityGroup(compute, withPort.id, groupName);
    expect((await getServer(compute, withPort.id)).security_groups?.map((g) => g.name)).toContain(groupName);
    await removeServerSecurityGroup(compute, withPort.id, groupName);
    expect((await getServer(compute, withPort.id)).security_groups?.map((g) => g.name)).not.toContain(groupName);
    const error = await failure(removeServerSecurityGroup(compute, withPort.id, groupName));
    expect(isHttpError(error, 404)).toBe(true);
    expect((error as Error).message).toContain('not associated with the instance');
  });

  describeAsAdmin('as admin', () => {
    const adminCleanup = useCleanup();
    let admin: ComputeClient;
    let target: Server;
    let host: string;

    beforeAll(async () => {
      admin = await createComputeClient(await adminProvider());
      target = await bootServer(admin, adminCleanup);
      host = (await getServer(admin, target.id))['OS-EXT-SRV-ATTR:host'] ?? '';
      expect(host).not.toBe('');
    }, 240_000);

    it('resets the state to error and back, and injects network info', async () => {
      await resetServerState(admin, target.id, 'error');
      expect((await getServer(admin, target.id)).status).toBe('ERROR');
      await resetServerState(admin, target.id, 'active');
      expect((await getServer(admin, target.id)).status).toBe('ACTIVE');
      await injectServerNetworkInfo(admin, target.id);
      await waitIdle(admin, target.id);
    });

    it('gets 410 Gone for resetNetwork, removed from Nova in Wallaby', async () => {
      const error = await failure(resetServerNetwork(admin, target.id));
      expect(isHttpError(error, 410)).toBe(true);
      expect((error as Error).message).toContain('This resource is no longer available');
    });

    it('cold-migrates (the scheduler decides where) and refuses the same host', async () => {
      await migrateServer(admin, target.id);
      const after = await waitStatus(admin, target.id, ['ACTIVE', 'VERIFY_RESIZE']);
      // With one compute host the migration finds no valid host and the server stays ACTIVE where it was.
      if (after.status === 'VERIFY_RESIZE') {
        await confirmServerResize(admin, target.id);
        await waitStatus(admin, target.id, 'ACTIVE');
        host = (await getServer(admin, target.id))['OS-EXT-SRV-ATTR:host'] ?? '';
      } else {
        expect(after['OS-EXT-SRV-ATTR:host']).toBe(host);
      }
      const error = await failure(migrateServer(admin, target.id, { host }));
      expect(isHttpError(error, 400)).toBe(true);
      expect((error as Error).message).toContain('Cannot migrate to the host where the server exists.');
    });

    it('live-migrates: accepted at the current microversion, refused synchronously before 2.34 with one host', async () => {
      await liveMigrateServer(admin, target.id, { block_migration: 'auto' });
      const after = await waitStatus(admin, target.id, 'ACTIVE');
      host = after['OS-EXT-SRV-ATTR:host'] ?? host;
      const forced = await failure(liveMigrateServer(admin, target.id, { host, block_migration: false, force: false }, { microversion: '2.30' }));
      expect(isHttpError(forced, 400)).toBe(true);
      expect((forced as Error).message).toContain('No valid host was found');
      const old = await failure(liveMigrateServer(admin, target.id, { block_migration: false, disk_over_commit: false }, { microversion: '2.24' }));
      expect(isHttpError(old, 400)).toBe(true);
      expect((old as Error).message).toContain('No valid host was found');
    });

    it('cannot evacuate from a host whose compute service is up', async () => {
      const inUse = await failure(evacuateServer(admin, target.id));
      expect(isHttpError(inUse, 400)).toBe(true);
      expect((inUse as Error).message).toContain('is still in use');
      const sameHost = await failure(evacuateServer(admin, target.id, { host, adminPass: 'Evacuate-Secret-1' }));
      expect(isHttpError(sameHost, 400)).toBe(true);
      expect((sameHost as Error).message).toContain("The target host can't be the same one.");
      const old = await failure(evacuateServer(admin, target.id, { onSharedStorage: false }, { microversion: '2.13' }));
      expect(isHttpError(old, 400)).toBe(true);
    });

    it('shelves, offloads, and unshelves onto a host', async () => {
      await shelveServer(admin, target.id);
      const shelved = await waitStatus(admin, target.id, ['SHELVED', 'SHELVED_OFFLOADED']);
      if (shelved.status === 'SHELVED') {
        await shelveOffloadServer(admin, target.id);
        await waitStatus(admin, target.id, 'SHELVED_OFFLOADED');
      } else {
        // shelved_offload_time = 0: Nova offloaded at once, and says so.
        const error = await failure(shelveOffloadServer(admin, target.id));
        expect(isHttpError(error, 409)).toBe(true);
        expect((error as Error).message).toContain('while it is in vm_state shelved_offloaded');
      }
      await unshelveServer(admin, target.id, { host, availability_zone: null });
      expect((await waitStatus(admin, target.id, 'ACTIVE'))['OS-EXT-SRV-ATTR:host']).toBe(host);
    });
  });
});
