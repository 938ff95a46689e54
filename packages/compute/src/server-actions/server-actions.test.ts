import { describe, expect, it } from '@jest/globals';
import { isHttpError, isResponseError } from '@openstack-ts/core';
import { rejectionOf } from '@openstack-ts/core/testing';
import type { ComputeClient } from '../client.js';
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
  type RebuildServerInput,
} from './index.js';
import * as fx from './server-actions.fixtures.js';
import { fakeNova as nova, inputRefusal, microversionRefusal } from '../fake-nova.fixtures.js';

// The recorded links point at the local cloud's Nova, so the fake cloud uses the same endpoint.

const SID = fx.rebuild.server.id;
const ACTION = `servers/${SID}/action`;
const IMAGE = fx.rebuild.server.image.id;

describe('server actions without input', () => {
  const cases: [string, string, (client: ComputeClient, id: string) => Promise<void>][] = [
    ['startServer', 'os-start', startServer],
    ['stopServer', 'os-stop', stopServer],
    ['pauseServer', 'pause', pauseServer],
    ['unpauseServer', 'unpause', unpauseServer],
    ['suspendServer', 'suspend', suspendServer],
    ['resumeServer', 'resume', resumeServer],
    ['unlockServer', 'unlock', unlockServer],
    ['shelveServer', 'shelve', shelveServer],
    ['shelveOffloadServer', 'shelveOffload', shelveOffloadServer],
    ['unrescueServer', 'unrescue', unrescueServer],
    ['revertServerResize', 'revertResize', revertServerResize],
    ['restoreServer', 'restore', restoreServer],
    ['injectServerNetworkInfo', 'injectNetworkInfo', injectServerNetworkInfo],
    ['resetServerNetwork', 'resetNetwork', resetServerNetwork],
    ['triggerServerCrashDump', 'trigger_crash_dump', triggerServerCrashDump],
  ];

  it.each(cases)('%s posts {"%s": null} and accepts 202', async (_name, key, call) => {
    const cloud = nova();
    cloud.reply('POST', ACTION, undefined, { status: 202 });
    await expect(call(cloud.client, SID)).resolves.toBeUndefined();
    const sent = cloud.lastRequest();
    expect(sent.method).toBe('POST');
    expect(sent.url).toBe(`http://127.0.0.1:8774/v2.1/${ACTION}`);
    expect(sent.json).toEqual({ [key]: null });
    expect(sent.headers['openstack-api-version']).toBe('compute 2.93');
  });

  it('confirms a resize with {"confirmResize": null}; Nova answers 204', async () => {
    const cloud = nova();
    cloud.reply('POST', ACTION, undefined, { status: 204 });
    await confirmServerResize(cloud.client, SID);
    expect(cloud.lastRequest().json).toEqual({ confirmResize: null });
  });

  it('raises the 409 of a confirmResize on a server that is not VERIFY_RESIZE', async () => {
    const cloud = nova();
    cloud.reply('POST', ACTION, fx.confirmResizeConflict, { status: 409 });
    const error = await rejectionOf(async () => confirmServerResize(cloud.client, SID));
    expect(isHttpError(error, 409)).toBe(true);
    expect((error as Error).message).toContain("Cannot 'confirmResize' instance");
  });

  it('raises the 409 of restore on a server that is not soft-deleted', async () => {
    const cloud = nova();
    cloud.reply('POST', ACTION, fx.restoreConflict, { status: 409 });
    const error = await rejectionOf(async () => restoreServer(cloud.client, SID));
    expect(isHttpError(error, 409)).toBe(true);
    expect((error as Error).message).toContain('while it is in vm_state active');
  });

  it('raises the 410 Nova answers to resetNetwork since Wallaby', async () => {
    const cloud = nova();
    cloud.reply('POST', ACTION, fx.resetNetworkGone, { status: 410 });
    const error = await rejectionOf(async () => resetServerNetwork(cloud.client, SID));
    expect(isHttpError(error, 410)).toBe(true);
    expect((error as Error).message).toContain('This resource is no longer available');
  });

  it('raises the 403 and the 409 of shelveOffload', async () => {
    const cloud = nova();
    cloud.replyOnce('POST', ACTION, fx.shelveOffloadForbidden, { status: 403 });
    cloud.replyOnce('POST', ACTION, fx.shelveOffloadConflict, { status: 409 });
    expect(isHttpError(await rejectionOf(async () => shelveOffloadServer(cloud.client, SID)), 403)).toBe(true);
    const conflict = await rejectionOf(async () => shelveOffloadServer(cloud.client, SID));
    expect(isHttpError(conflict, 409)).toBe(true);
    expect((conflict as Error).message).toContain('while it is in vm_state shelved_offloaded');
  });

  it('treats a status other than the documented one as an error', async () => {
    const cloud = nova();
    cloud.reply('POST', ACTION, undefined, { status: 200 });
    expect(isHttpError(await rejectionOf(async () => startServer(cloud.client, SID)))).toBe(true);
  });

  it('refuses a crash dump before microversion 2.17 without sending anything', async () => {
    const cloud = nova('2.16');
    expect(await microversionRefusal(async () => triggerServerCrashDump(cloud.client, SID))).toBe('Triggering a crash dump requires compute microversion 2.17 or later; this call uses 2.16');
    expect(cloud.requests).toHaveLength(0);
  });

  it('refuses an empty server ID before sending', async () => {
    const cloud = nova();
    expect(await inputRefusal(async () => pauseServer(cloud.client, ''))).toMatchObject({ name: 'InvalidInputError', field: 'serverId', message: expect.stringMatching(/serverId must be a non-empty string/) });
    expect(cloud.requests).toHaveLength(0);
  });
});

describe('rebootServer', () => {
  it('sends the reboot type', async () => {
    const cloud = nova();
    cloud.reply('POST', ACTION, undefined, { status: 202 });
    await rebootServer(cloud.client, SID, { type: 'SOFT' });
    expect(cloud.lastRequest().json).toEqual({ reboot: { type: 'SOFT' } });
    await rebootServer(cloud.client, SID, { type: 'HARD' });
    expect(cloud.lastRequest().json).toEqual({ reboot: { type: 'HARD' } });
  });

  it('refuses a reboot without a type', async () => {
    const cloud = nova();
    expect(await inputRefusal(async () => rebootServer(cloud.client, SID, {} as never))).toMatchObject({ name: 'InvalidInputError', field: 'type' });
    expect(cloud.requests).toHaveLength(0);
  });
});

describe('rebuildServer', () => {
  it('sends the recorded rebuild, base64-encodes user_data and returns the rebuilding server', async () => {
    const cloud = nova();
    cloud.reply('POST', ACTION, fx.rebuild, { status: 202 });
    const server = await rebuildServer(cloud.client, SID, {
      imageRef: IMAGE,
      name: 'rec-rebuilt',
      adminPass: 'rec-Rebuild-1',
      metadata: { purpose: 'record' },
      preserve_ephemeral: false,
      description: 'rebuilt',
      key_name: null,
      user_data: 'hello',
      hostname: 'rec-host',
    });
    expect(cloud.lastRequest().json).toEqual({
      rebuild: {
        imageRef: IMAGE,
        name: 'rec-rebuilt',
        adminPass: 'rec-Rebuild-1',
        metadata: { purpose: 'record' },
        preserve_ephemeral: false,
        description: 'rebuilt',
        key_name: null,
        user_data: 'aGVsbG8=',
        hostname: 'rec-host',
      },
    });
    expect(server).toMatchObject({
      id: SID,
      name: 'rec-rebuilt',
      status: 'REBUILD',
      adminPass: 'rec-Rebuild-1',
      user_data: 'aGVsbG8=',
      description: 'rebuilt',
      'OS-EXT-SRV-ATTR:hostname': 'rec-host',
      'OS-EXT-STS:task_state': 'rebuilding',
    });
  });

  it('sends access IPs, disk config, certificates, bytes and nulls as given', async () => {
    const cloud = nova();
    cloud.reply('POST', ACTION, fx.rebuild, { status: 202 });
    await rebuildServer(cloud.client, SID, {
      imageRef: IMAGE,
      accessIPv4: '192.0.2.10',
      accessIPv6: '2001:db8::10',
      'OS-DCF:diskConfig': 'AUTO',
      trusted_image_certificates: ['0b5d2c72-12cc-4ba6-a8d7-3ff5cc1d8cb8'],
      user_data: new Uint8Array([104, 105]),
    });
    expect(cloud.lastRequest().json).toEqual({
      rebuild: {
        imageRef: IMAGE,
        accessIPv4: '192.0.2.10',
        accessIPv6: '2001:db8::10',
        'OS-DCF:diskConfig': 'AUTO',
        trusted_image_certificates: ['0b5d2c72-12cc-4ba6-a8d7-3ff5cc1d8cb8'],
        user_data: 'aGk=',
      },
    });
    await rebuildServer(cloud.client, SID, { imageRef: IMAGE, user_data: null, trusted_image_certificates: null });
    expect(cloud.lastRequest().json).toEqual({ rebuild: { imageRef: IMAGE, user_data: null, trusted_image_certificates: null } });
  });

  it('sends personality files base64-encoded before 2.57 and reads the older answer', async () => {
    const cloud = nova('2.1');
    cloud.reply('POST', ACTION, fx.rebuild21, { status: 202 });
    const server = await rebuildServer(cloud.client, SID, { imageRef: IMAGE, personality: [{ path: '/etc/motd', contents: 'hi' }] });
    expect(cloud.lastRequest().json).toEqual({ rebuild: { imageRef: IMAGE, personality: [{ path: '/etc/motd', contents: 'aGk=' }] } });
    expect(cloud.lastRequest().headers['x-openstack-nova-api-version']).toBe('2.1');
    expect(server.flavor).toEqual({ id: '1', links: fx.rebuild21.server.flavor.links });
    expect(server.adminPass).toBe(fx.rebuild21.server.adminPass);
    expect(server.user_data).toBeUndefined();
  });

  const refused: [string, string, Partial<RebuildServerInput>, string][] = [
    ['personality', '2.57', { personality: [{ path: '/p', contents: 'x' }] }, 'Personality files was removed in compute microversion 2.57; this call uses 2.57'],
    ['description', '2.18', { description: 'd' }, 'A server description requires compute microversion 2.19 or later; this call uses 2.18'],
    ['key_name', '2.53', { key_name: 'k' }, 'Changing the keypair on rebuild requires compute microversion 2.54 or later; this call uses 2.53'],
    ['user_data', '2.56', { user_data: 'x' }, 'User data on rebuild requires compute microversion 2.57 or later; this call uses 2.56'],
    ['trusted_image_certificates', '2.62', { trusted_image_certificates: ['c'] }, 'Trusted image certificates requires compute microversion 2.63 or later; this call uses 2.62'],
    ['hostname', '2.89', { hostname: 'h' }, 'A hostname requires compute microversion 2.90 or later; this call uses 2.89'],
  ];

  it.each(refused)('refuses %s at microversion %s without sending anything', async (_field, microversion, extra, message) => {
    const cloud = nova(microversion);
    expect(await microversionRefusal(async () => rebuildServer(cloud.client, SID, { imageRef: IMAGE, ...extra }))).toBe(message);
    expect(cloud.requests).toHaveLength(0);
  });

  it('refuses a rebuild without an image', async () => {
    const cloud = nova();
    expect(await inputRefusal(async () => rebuildServer(cloud.client, SID, { imageRef: '' }))).toMatchObject({ name: 'InvalidInputError', field: 'imageRef', message: expect.stringMatching(/imageRef/) });
    expect(cloud.requests).toHaveLength(0);
  });
});

describe('resizeServer', () => {
  it('sends the flavor and disk config', async () => {
    const cloud = nova();
    cloud.reply('POST', ACTION, undefined, { status: 202 });
    await resizeServer(cloud.client, SID, { flavorRef: '2', 'OS-DCF:diskConfig': 'AUTO' });
    expect(cloud.lastRequest().json).toEqual({ resize: { flavorRef: '2', 'OS-DCF:diskConfig': 'AUTO' } });
  });

  it('refuses a resize without a flavor', async () => {
    const cloud = nova();
    expect(await inputRefusal(async () => resizeServer(cloud.client, SID, { flavorRef: '' }))).toMatchObject({ name: 'InvalidInputError', field: 'flavorRef' });
    expect(cloud.requests).toHaveLength(0);
  });
});

describe('lockServer', () => {
  it('sends null without a reason and the reason from 2.73', async () => {
    const cloud = nova();
    cloud.reply('POST', ACTION, undefined, { status: 202 });
    await lockServer(cloud.client, SID);
    expect(cloud.lastRequest().json).toEqual({ lock: null });
    await lockServer(cloud.client, SID, { locked_reason: 'recording' });
    expect(cloud.lastRequest().json).toEqual({ lock: { locked_reason: 'recording' } });
  });

  it('refuses a reason before 2.73', async () => {
    const cloud = nova('2.72');
    expect(await microversionRefusal(async () => lockServer(cloud.client, SID, { locked_reason: 'r' }))).toBe('A locked_reason requires compute microversion 2.73 or later; this call uses 2.72');
    expect(cloud.requests).toHaveLength(0);
  });
});

describe('unshelveServer', () => {
  it('sends null without input, an availability zone from 2.77, a host and an unpinning from 2.91', async () => {
    const cloud = nova();
    cloud.reply('POST', ACTION, undefined, { status: 202 });
    await unshelveServer(cloud.client, SID);
    expect(cloud.lastRequest().json).toEqual({ unshelve: null });
    await unshelveServer(cloud.client, SID, { availability_zone: 'nova' }, { microversion: '2.77' });
    expect(cloud.lastRequest().json).toEqual({ unshelve: { availability_zone: 'nova' } });
    expect(cloud.lastRequest().headers['openstack-api-version']).toBe('compute 2.77');
    await unshelveServer(cloud.client, SID, { host: 'host-ovs-filter-active', availability_zone: null });
    expect(cloud.lastRequest().json).toEqual({ unshelve: { host: 'host-ovs-filter-active', availability_zone: null } });
  });

  it('refuses what the microversion does not allow', async () => {
    const cloud = nova('2.90');
    expect(await microversionRefusal(async () => unshelveServer(cloud.client, SID, { availability_zone: 'nova' }, { microversion: '2.76' }))).toBe('Unshelving into an availability zone requires compute microversion 2.77 or later; this call uses 2.76');
    expect(await microversionRefusal(async () => unshelveServer(cloud.client, SID, { availability_zone: null }))).toBe('Unpinning the availability zone requires compute microversion 2.91 or later; this call uses 2.90');
    expect(await microversionRefusal(async () => unshelveServer(cloud.client, SID, { host: 'h' }))).toBe('Unshelving onto a host requires compute microversion 2.91 or later; this call uses 2.90');
    expect(cloud.requests).toHaveLength(0);
  });
});

describe('rescueServer', () => {
  it('sends the rescue image and returns the generated password', async () => {
    const cloud = nova();
    cloud.reply('POST', ACTION, fx.rescue, { status: 200 });
    expect(await rescueServer(cloud.client, SID, { rescue_image_ref: IMAGE })).toBe(fx.rescue.adminPass);
    expect(cloud.lastRequest().json).toEqual({ rescue: { rescue_image_ref: IMAGE } });
  });

  it('sends the given password and returns it', async () => {
    const cloud = nova();
    cloud.reply('POST', ACTION, fx.rescueWithPassword, { status: 200 });
    expect(await rescueServer(cloud.client, SID, { adminPass: 'rec-Rescue-1' })).toBe('rec-Rescue-1');
    expect(cloud.lastRequest().json).toEqual({ rescue: { adminPass: 'rec-Rescue-1' } });
  });

  it('sends null without input, and returns undefined when the cloud disables passwords', async () => {
    const cloud = nova();
    cloud.reply('POST', ACTION, {}, { status: 200 });
    expect(await rescueServer(cloud.client, SID)).toBeUndefined();
    expect(cloud.lastRequest().json).toEqual({ rescue: null });
  });
});

describe('createServerImage and createServerBackup', () => {
  it('returns the image ID from the body from 2.45', async () => {
    const cloud = nova();
    cloud.reply('POST', ACTION, fx.createImage, { status: 202 });
    expect(await createServerImage(cloud.client, SID, { name: 'rec-image', metadata: { purpose: 'record' } })).toBe(fx.createImage.image_id);
    expect(cloud.lastRequest().json).toEqual({ createImage: { name: 'rec-image', metadata: { purpose: 'record' } } });
  });

  it('returns the image ID from the Location header before 2.45', async () => {
    const cloud = nova('2.44');
    cloud.reply('POST', ACTION, undefined, { status: 202, headers: { location: fx.createImage244Location } });
    expect(await createServerImage(cloud.client, SID, { name: 'rec-image-old' })).toBe('5b7e440b-e016-43e5-86f2-2636a17d6a07');
    expect(cloud.lastRequest().headers['openstack-api-version']).toBe('compute 2.44');
  });

  it('raises a ResponseError when Nova names no image', async () => {
    const cloud = nova('2.44');
    cloud.reply('POST', ACTION, undefined, { status: 202 });
    expect(isResponseError(await rejectionOf(async () => createServerImage(cloud.client, SID, { name: 'x' })))).toBe(true);
  });

  it('refuses an image without a name', async () => {
    const cloud = nova();
    expect(await inputRefusal(async () => createServerImage(cloud.client, SID, { name: '' }))).toMatchObject({ name: 'InvalidInputError', field: 'name' });
    expect(cloud.requests).toHaveLength(0);
  });

  it('backs up with every field and returns the image ID from the body', async () => {
    const cloud = nova();
    cloud.reply('POST', ACTION, fx.createBackup, { status: 202 });
    const input = { name: 'rec-backup', backup_type: 'daily', rotation: 2, metadata: { purpose: 'record' } };
    expect(await createServerBackup(cloud.client, SID, input)).toBe(fx.createBackup.image_id);
    expect(cloud.lastRequest().json).toEqual({ createBackup: input });
  });

  it('reads the Location header before 2.45, and gives undefined when rotation 0 leaves it out', async () => {
    const cloud = nova('2.44');
    cloud.replyOnce('POST', ACTION, undefined, { status: 202, headers: { location: fx.createBackup244Location } });
    cloud.replyOnce('POST', ACTION, undefined, { status: 202 });
    expect(await createServerBackup(cloud.client, SID, { name: 'rec-backup-old', backup_type: 'weekly', rotation: 1 })).toBe('3588f6f3-c467-400b-852d-3445c798a4f1');
    expect(await createServerBackup(cloud.client, SID, { name: 'rec-backup-zero', backup_type: 'weekly', rotation: 0 })).toBeUndefined();
  });

  it('refuses a negative or fractional rotation and a missing type', async () => {
    const cloud = nova();
    expect(await inputRefusal(async () => createServerBackup(cloud.client, SID, { name: 'b', backup_type: 'daily', rotation: -1 }))).toMatchObject({ name: 'InputRangeError', field: 'rotation' });
    expect(await inputRefusal(async () => createServerBackup(cloud.client, SID, { name: 'b', backup_type: 'daily', rotation: 1.5 }))).toMatchObject({ name: 'InputRangeError', field: 'rotation', message: expect.stringMatching(/rotation/) });
    expect(await inputRefusal(async () => createServerBackup(cloud.client, SID, { name: 'b', backup_type: '', rotation: 1 }))).toMatchObject({ name: 'InvalidInputError', field: 'backup_type', message: expect.stringMatching(/backup_type/) });
    expect(cloud.requests).toHaveLength(0);
  });
});

describe('changeServerPassword and resetServerState', () => {
  it('sends the new password', async () => {
    const cloud = nova();
    cloud.reply('POST', ACTION, undefined, { status: 202 });
    await changeServerPassword(cloud.client, SID, 'rec-Secret-1');
    expect(cloud.lastRequest().json).toEqual({ changePassword: { adminPass: 'rec-Secret-1' } });
    expect(await inputRefusal(async () => changeServerPassword(cloud.client, SID, ''))).toMatchObject({ name: 'InvalidInputError', field: 'adminPass', message: expect.stringMatching(/adminPass/) });
  });

  it('sends the state', async () => {
    const cloud = nova();
    cloud.reply('POST', ACTION, undefined, { status: 202 });
    await resetServerState(cloud.client, SID, 'error');
    expect(cloud.lastRequest().json).toEqual({ 'os-resetState': { state: 'error' } });
    await resetServerState(cloud.client, SID, 'active');
    expect(cloud.lastRequest().json).toEqual({ 'os-resetState': { state: 'active' } });
  });
});

describe('migrateServer', () => {
  it('sends null without a host, and the host from 2.56', async () => {
    const cloud = nova();
    cloud.reply('POST', ACTION, undefined, { status: 202 });
    await migrateServer(cloud.client, SID);
    expect(cloud.lastRequest().json).toEqual({ migrate: null });
    cloud.reply('POST', ACTION, fx.migrateSameHost, { status: 400 });
    const error = await rejectionOf(async () => migrateServer(cloud.client, SID, { host: 'host-ovs-filter-active' }));
    expect(cloud.lastRequest().json).toEqual({ migrate: { host: 'host-ovs-filter-active' } });
    expect(isHttpError(error, 400)).toBe(true);
    expect((error as Error).message).toContain('Cannot migrate to the host where the server exists.');
  });

  it('refuses a host before 2.56', async () => {
    const cloud = nova('2.55');
    expect(await microversionRefusal(async () => migrateServer(cloud.client, SID, { host: 'h' }))).toBe('Choosing the host of a cold migration requires compute microversion 2.56 or later; this call uses 2.55');
    expect(cloud.requests).toHaveLength(0);
  });
});

describe('liveMigrateServer', () => {
  it("sends block_migration 'auto' and a null host", async () => {
    const cloud = nova();
    cloud.reply('POST', ACTION, undefined, { status: 202 });
    await liveMigrateServer(cloud.client, SID, { block_migration: 'auto' });
    expect(cloud.lastRequest().json).toEqual({ 'os-migrateLive': { block_migration: 'auto', host: null } });
  });

  it('sends a host and force at 2.30 and raises the 400 of a one-host cloud', async () => {
    const cloud = nova('2.30');
    cloud.reply('POST', ACTION, fx.liveMigrateNoValidHost, { status: 400 });
    const error = await rejectionOf(async () => liveMigrateServer(cloud.client, SID, { host: 'host-ovs-filter-active', block_migration: false, force: false }));
    expect(cloud.lastRequest().json).toEqual({ 'os-migrateLive': { host: 'host-ovs-filter-active', block_migration: false, force: false } });
    expect(isHttpError(error, 400)).toBe(true);
    expect((error as Error).message).toContain('No valid host was found.');
  });

  it('sends disk_over_commit before 2.25', async () => {
    const cloud = nova('2.24');
    cloud.reply('POST', ACTION, undefined, { status: 202 });
    await liveMigrateServer(cloud.client, SID, { block_migration: true, disk_over_commit: false });
    expect(cloud.lastRequest().json).toEqual({ 'os-migrateLive': { block_migration: true, disk_over_commit: false, host: null } });
  });

  it('refuses what the microversion does not allow', async () => {
    const old = nova('2.24');
    expect(await microversionRefusal(async () => liveMigrateServer(old.client, SID, { block_migration: 'auto', disk_over_commit: false }))).toBe('block_migration: \'auto\' requires compute microversion 2.25 or later; this call uses 2.24');
    expect(await inputRefusal(async () => liveMigrateServer(old.client, SID, { block_migration: false }))).toMatchObject({ name: 'InvalidInputError', field: 'disk_over_commit' });
    const current = nova();
    expect(await microversionRefusal(async () => liveMigrateServer(current.client, SID, { block_migration: false, disk_over_commit: false }))).toBe('disk_over_commit was removed in compute microversion 2.25; this call uses 2.93');
    expect(await microversionRefusal(async () => liveMigrateServer(current.client, SID, { block_migration: false, force: true }))).toBe('Forcing a live migration was removed in compute microversion 2.68; this call uses 2.93');
    expect(await microversionRefusal(async () => liveMigrateServer(current.client, SID, { block_migration: false, force: true }, { microversion: '2.29' }))).toBe('Forcing a live migration requires compute microversion 2.30 or later; this call uses 2.29');
    expect(await inputRefusal(async () => liveMigrateServer(current.client, SID, {} as never))).toMatchObject({ name: 'InvalidInputError', field: 'block_migration' });
    expect([...old.requests, ...current.requests]).toHaveLength(0);
  });
});

describe('evacuateServer', () => {
  it('sends an empty evacuate and raises the 400 of a host whose compute service is up', async () => {
    const cloud = nova();
    cloud.reply('POST', ACTION, fx.evacuateServiceInUse, { status: 400 });
    const error = await rejectionOf(async () => evacuateServer(cloud.client, SID));
    expect(cloud.lastRequest().json).toEqual({ evacuate: {} });
    expect(isHttpError(error, 400)).toBe(true);
    expect((error as Error).message).toContain('is still in use');
  });

  it('sends a host and a password, and force at 2.29', async () => {
    const cloud = nova();
    cloud.reply('POST', ACTION, fx.evacuateSameHost, { status: 400 });
    const error = await rejectionOf(async () => evacuateServer(cloud.client, SID, { host: 'host-ovs-filter-active', adminPass: 'rec-Evac-1' }));
    expect(cloud.lastRequest().json).toEqual({ evacuate: { host: 'host-ovs-filter-active', adminPass: 'rec-Evac-1' } });
    expect((error as Error).message).toContain("The target host can't be the same one.");
    await rejectionOf(async () => evacuateServer(cloud.client, SID, { host: 'host-ovs-filter-active', force: true }, { microversion: '2.29' }));
    expect(cloud.lastRequest().json).toEqual({ evacuate: { host: 'host-ovs-filter-active', force: true } });
  });

  it('sends onSharedStorage before 2.14', async () => {
    const cloud = nova('2.13');
    cloud.reply('POST', ACTION, fx.evacuateServiceInUse, { status: 400 });
    await rejectionOf(async () => evacuateServer(cloud.client, SID, { onSharedStorage: false }));
    expect(cloud.lastRequest().json).toEqual({ evacuate: { onSharedStorage: false } });
  });

  it('resolves to undefined for the empty 200 of 2.14 and later', async () => {
    const cloud = nova();
    cloud.reply('POST', ACTION, undefined, { status: 200 });
    expect(await evacuateServer(cloud.client, SID, { host: 'other-host' })).toBeUndefined();
  });

  it('refuses what the microversion does not allow', async () => {
    const old = nova('2.13');
    expect(await inputRefusal(async () => evacuateServer(old.client, SID))).toMatchObject({ name: 'InvalidInputError', field: 'onSharedStorage' });
    const current = nova();
    expect(await microversionRefusal(async () => evacuateServer(current.client, SID, { onSharedStorage: true }))).toBe('onSharedStorage was removed in compute microversion 2.14; this call uses 2.93');
    expect(await microversionRefusal(async () => evacuateServer(current.client, SID, { host: 'h', force: true }))).toBe('Forcing an evacuation was removed in compute microversion 2.68; this call uses 2.93');
    expect(await microversionRefusal(async () => evacuateServer(current.client, SID, { host: 'h', force: true }, { microversion: '2.28' }))).toBe('Forcing an evacuation requires compute microversion 2.29 or later; this call uses 2.28');
    expect([...old.requests, ...current.requests]).toHaveLength(0);
  });
});

describe('security groups', () => {
  it('adds and removes a group by name', async () => {
    const cloud = nova();
    cloud.reply('POST', ACTION, undefined, { status: 202 });
    await addServerSecurityGroup(cloud.client, SID, 'rec-sg');
    expect(cloud.lastRequest().json).toEqual({ addSecurityGroup: { name: 'rec-sg' } });
    await removeServerSecurityGroup(cloud.client, SID, 'rec-sg');
    expect(cloud.lastRequest().json).toEqual({ removeSecurityGroup: { name: 'rec-sg' } });
  });

  it('raises the 404 of an unknown group, and refuses an empty name', async () => {
    const cloud = nova();
    cloud.reply('POST', ACTION, fx.addSecurityGroupNotFound, { status: 404 });
    const error = await rejectionOf(async () => addServerSecurityGroup(cloud.client, SID, 'rec-no-such-group'));
    expect(isHttpError(error, 404)).toBe(true);
    expect((error as Error).message).toContain('Security group rec-no-such-group is not found');
    expect(await inputRefusal(async () => removeServerSecurityGroup(cloud.client, SID, ''))).toMatchObject({ name: 'InvalidInputError', field: 'name', message: expect.stringMatching(/name/) });
  });
});

describe('getServerConsoleOutput', () => {
  it('returns all of the log, or its last lines', async () => {
    const cloud = nova();
    cloud.replyOnce('POST', ACTION, fx.consoleOutput);
    cloud.replyOnce('POST', ACTION, fx.consoleOutputTail);
    expect(await getServerConsoleOutput(cloud.client, SID)).toBe('FAKE CONSOLE OUTPUT\nANOTHER\nLAST LINE');
    expect(cloud.lastRequest().json).toEqual({ 'os-getConsoleOutput': {} });
    expect(await getServerConsoleOutput(cloud.client, SID, { length: 2 })).toBe('ANOTHER\nLAST LINE');
    expect(cloud.lastRequest().json).toEqual({ 'os-getConsoleOutput': { length: 2 } });
  });

  it('raises a ResponseError for a body without output, and refuses a bad length', async () => {
    const cloud = nova();
    cloud.reply('POST', ACTION, {});
    expect(isResponseError(await rejectionOf(async () => getServerConsoleOutput(cloud.client, SID)))).toBe(true);
    expect(await inputRefusal(async () => getServerConsoleOutput(cloud.client, SID, { length: -2 }))).toMatchObject({ name: 'InputRangeError', field: 'length' });
    expect(cloud.requests.filter((request) => request.method === 'POST' && request.url.endsWith('/action'))).toHaveLength(1);
  });
});
