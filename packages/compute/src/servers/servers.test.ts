import { describe, expect, it } from '@jest/globals';
import { isHttpError, isInvalidInputError, isMicroversionError, isNameLookupError, isResourceStateError, isTimeoutError, type InvalidInputError } from '@openstack-ts/core';
import { rejectionOf } from '@openstack-ts/core/testing';
import {
  createServer,
  deleteServer,
  findServerId,
  forceDeleteServer,
  getServer,
  listServerSummaries,
  listServers,
  updateServer,
  waitForServerDeleted,
  waitForServerStatus,
} from './index.js';
import * as fx from './servers.fixtures.js';
import { fakeNova as nova } from '../fake-nova.fixtures.js';

const id = fx.create.server.id;

describe('servers', () => {
  it('lists details following servers_links, with tag filters joined by commas', async () => {
    const cloud = nova();
    cloud.reply('GET', 'servers/detail?name=rec-server&limit=1&tags=a%2Cb&not-tags-any=x', fx.listDetail);
    cloud.reply('GET', `servers/detail?limit=1&name=rec-server&marker=${id}`, { servers: [] });
    const servers = await listServers(cloud.client, { name: 'rec-server', limit: 1, tags: ['a', 'b'], 'not-tags-any': ['x'] }).all();
    expect(servers.map((server) => [server.name, server.status, server.tags])).toEqual([['rec-server', 'ACTIVE', ['a', 'b']]]);
  });

  it('passes every other filter through as a query parameter', async () => {
    const cloud = nova();
    const query = {
      access_ip_v4: '10.0.0.1', access_ip_v6: '::1', all_tenants: true, auto_disk_config: false, availability_zone: 'nova',
      'changes-since': '2026-01-01T00:00:00Z', 'changes-before': '2027-01-01T00:00:00Z', config_drive: 'True', created_at: '2026-01-01',
      deleted: false, description: 'd', flavor: '1', host: 'h', hostname: 'hn', image: 'i', ip: '10\\.0', ip6: 'fe80', kernel_id: 'k',
      key_name: 'kn', launch_index: 0, launched_at: '2026-01-01', locked: true, locked_by: 'owner' as const, node: 'n', power_state: 1,
      progress: 0, project_id: 'p', ramdisk_id: 'r', reservation_id: 'rid', root_device_name: '/dev/vda', soft_deleted: false,
      status: 'ACTIVE', task_state: 'spawning', terminated_at: '2026-01-02', user_id: 'u', uuid: id, vm_state: 'active',
      'tags-any': ['t'], 'not-tags': ['n1', 'n2'], sort_key: 'created_at', sort_dir: 'desc' as const, marker: 'm',
    };
    cloud.handle('GET', 'servers?' + new URLSearchParams(Object.entries(query).map(([k, v]) => [k, Array.isArray(v) ? v.join(',') : String(v)])).toString(), () => ({ body: fx.list }));
    expect(await listServerSummaries(cloud.client, query).all()).toEqual(fx.list.servers);
    expect(cloud.lastRequest().query).toMatchObject({ all_tenants: 'true', 'not-tags': 'n1,n2', 'changes-before': '2027-01-01T00:00:00Z', locked: 'true' });
  });

  it('refuses filters the microversion does not know when the listing starts, before sending', async () => {
    const cloud = nova('2.25');
    const tags = await rejectionOf(() => listServers(cloud.client, { tags: ['a'] }));
    expect(isMicroversionError(tags)).toBe(true);
    expect((tags as Error).message).toBe('The tags filter requires compute microversion 2.26 or later; this call uses 2.25');
    const notTagsAny = await rejectionOf(() => listServerSummaries(cloud.client, { 'not-tags-any': ['a'] }));
    expect((notTagsAny as Error).message).toMatch(/^The not-tags-any filter requires compute microversion 2\.26/);
    const locked = await rejectionOf(() => listServers(cloud.client, { locked: true }, { microversion: '2.72' }));
    expect((locked as Error).message).toMatch(/^The locked filter requires compute microversion 2\.73/);
    const before = await rejectionOf(() => listServers(cloud.client, { 'changes-before': 'x' }, { microversion: '2.65' }));
    expect(isMicroversionError(before)).toBe(true);
    expect((before as Error).message).toMatch(/^The changes-before filter requires compute microversion 2\.66/);
    expect(cloud.requests).toHaveLength(0);
  });

  it('gets a server, with the fields of the microversion in use', async () => {
    const cloud = nova();
    cloud.reply('GET', `servers/${id}`, fx.getActive);
    const server = await getServer(cloud.client, id);
    expect(server).toMatchObject({ status: 'ACTIVE', description: 'recorded', locked: false, tags: ['a', 'b'], flavor: { original_name: 'm1.tiny' } });
    expect(server.addresses.private?.[0]?.addr).toBe('10.0.0.90');
    const old = nova('2.1');
    old.reply('GET', `servers/${id}`, fx.get21);
    const legacy = await getServer(old.client, id);
    expect(legacy.description).toBeUndefined();
    expect(legacy.flavor.id).toBe('1');
    expect(old.lastRequest().headers['x-openstack-nova-api-version']).toBe('2.1');
  });

  it('creates a server: base64 user data, security groups as names, scheduler hints beside the server', async () => {
    const cloud = nova();
    cloud.reply('POST', 'servers', fx.create, { status: 202 });
    const created = await createServer(cloud.client, {
      name: 'rec-server',
      flavorRef: '1',
      imageRef: 'img',
      networks: [{ uuid: 'net', fixed_ip: '10.0.0.5', tag: 'nic0' }],
      user_data: '#!/bin/sh\necho héllo\n',
      security_groups: ['default', 'web'],
      scheduler_hints: { group: 'sg-1' },
      key_name: 'k',
      availability_zone: 'nova',
      metadata: { purpose: 'record' },
      config_drive: true,
      accessIPv4: '1.2.3.4',
      accessIPv6: '::1',
      adminPass: 'pw',
      'OS-DCF:diskConfig': 'AUTO',
      min_count: 1,
      max_count: 1,
      return_reservation_id: false,
      description: 'recorded',
      tags: ['a', 'b'],
      trusted_image_certificates: ['cert'],
      host: 'h',
      hypervisor_hostname: 'hh',
      hostname: 'rec',
      block_device_mapping_v2: [{ source_type: 'image', destination_type: 'local', uuid: 'img', boot_index: 0, delete_on_termination: true, tag: 'disk0', volume_type: 'fast' }],
    });
    expect(created.id).toBe(id);
    const body = cloud.lastRequest().json as { server: Record<string, unknown>; 'os:scheduler_hints': unknown };
    expect(body['os:scheduler_hints']).toEqual({ group: 'sg-1' });
    expect(body.server.user_data).toBe('IyEvYmluL3NoCmVjaG8gaMOpbGxvCg==');
    expect(body.server.security_groups).toEqual([{ name: 'default' }, { name: 'web' }]);
    expect(body.server).not.toHaveProperty('scheduler_hints');
    expect(body.server).toMatchObject({ name: 'rec-server', flavorRef: '1', networks: [{ uuid: 'net', fixed_ip: '10.0.0.5', tag: 'nic0' }], hostname: 'rec' });
  });

  it("creates with networks 'none' and base64 personality files before 2.57", async () => {
    const cloud = nova('2.56');
    cloud.reply('POST', 'servers', fx.createNone, { status: 202 });
    await createServer(cloud.client, { name: 'rec-none', flavorRef: '1', imageRef: 'img', networks: 'none', personality: [{ path: '/etc/motd', contents: 'hi' }] });
    expect(cloud.lastRequest().json).toEqual({ server: { name: 'rec-none', flavorRef: '1', imageRef: 'img', networks: 'none', personality: [{ path: '/etc/motd', contents: 'aGk=' }] } });
  });

  it('refuses, before sending, inputs the microversion does not allow', async () => {
    const base = { name: 'x', flavorRef: '1', imageRef: 'i' };
    const cases: [string, Parameters<typeof createServer>[1], RegExp][] = [
      ['2.36', { ...base, networks: 'auto' }, /requires compute microversion 2\.37/],
      ['2.93', { ...base }, /networks is required from microversion 2\.37/],
      ['2.57', { ...base, networks: 'none', personality: [{ path: '/a', contents: 'b' }] }, /removed in compute microversion 2\.57/],
      ['2.18', { ...base, description: 'd' }, /2\.19/],
      ['2.51', { ...base, networks: 'none', tags: ['a'] }, /2\.52/],
      ['2.62', { ...base, networks: 'none', trusted_image_certificates: ['c'] }, /2\.63/],
      ['2.73', { ...base, networks: 'none', host: 'h' }, /2\.74/],
      ['2.89', { ...base, networks: 'none', hostname: 'h' }, /2\.90/],
      ['2.41', { ...base, networks: 'none', block_device_mapping_v2: [{ source_type: 'blank', tag: 't' }] }, /2\.42/],
      ['2.66', { ...base, networks: 'none', block_device_mapping_v2: [{ source_type: 'blank', volume_type: 'v' }] }, /2\.67/],
    ];
    for (const [microversion, input, message] of cases) {
      const cloud = nova(microversion);
      const error = await rejectionOf(async () => createServer(cloud.client, input));
      expect(isMicroversionError(error) || isInvalidInputError(error)).toBe(true);
      expect((error as Error).message).toMatch(message);
      expect(cloud.requests).toHaveLength(0);
    }
    const unnamed = nova();
    const error = await rejectionOf(async () => createServer(unnamed.client, { name: '', flavorRef: '1', networks: 'none' }));
    expect(isInvalidInputError(error)).toBe(true);
    expect((error as InvalidInputError).field).toBe('name');
    const noFlavor = await rejectionOf(async () => createServer(unnamed.client, { name: 'x', flavorRef: '', networks: 'none' }));
    expect((noFlavor as InvalidInputError).field).toBe('flavorRef');
    expect(unnamed.requests).toHaveLength(0);
  });

  it("a bad flavor comes back as Nova's own 400 message", async () => {
    const cloud = nova();
    cloud.reply('POST', 'servers', fx.createBadFlavor, { status: 400 });
    const error = await rejectionOf(async () => createServer(cloud.client, { name: 'rec-bad', flavorRef: 'nope', imageRef: 'i', networks: 'none' }));
    expect(isHttpError(error, 400)).toBe(true);
    expect((error as { serviceMessage: string }).serviceMessage).toBe('Flavor nope could not be found.');
  });

  it('updates, deletes and force-deletes', async () => {
    const cloud = nova();
    cloud.reply('PUT', `servers/${id}`, fx.update);
    cloud.reply('DELETE', `servers/${id}`, undefined, { status: 204 });
    cloud.reply('POST', `servers/${id}/action`, undefined, { status: 202 });
    expect((await updateServer(cloud.client, id, { name: 'rec-server-2', description: 'changed' })).name).toBe('rec-server-2');
    expect(cloud.lastRequest().json).toEqual({ server: { name: 'rec-server-2', description: 'changed' } });
    await deleteServer(cloud.client, id);
    expect(cloud.lastRequest().method).toBe('DELETE');
    await forceDeleteServer(cloud.client, id);
    expect(cloud.lastRequest().json).toEqual({ forceDelete: null });
    const old = nova('2.89');
    const error = await rejectionOf(async () => updateServer(old.client, id, { hostname: 'h' }));
    expect(isMicroversionError(error)).toBe(true);
    expect((error as Error).message).toMatch(/^A hostname requires compute microversion 2\.90/);
    expect(old.requests).toHaveLength(0);
  });

  it('finds a server by ID first, then by exact name (the name filter is a regular expression)', async () => {
    const cloud = nova();
    const notFound = { itemNotFound: { code: 404, message: 'Instance could not be found.' } };
    cloud.reply('GET', `servers/${id}`, fx.getActive);
    cloud.reply('GET', 'servers/rec-server', notFound, { status: 404 });
    cloud.reply('GET', 'servers/rec.server', notFound, { status: 404 });
    cloud.reply('GET', 'servers?name=%5Erec-server%24', fx.list);
    cloud.reply('GET', 'servers?name=%5Erec%5C.server%24', { servers: [] });
    expect(await findServerId(cloud.client, id)).toEqual({ id, matchedBy: 'id' });
    expect(cloud.serviceRequests().map((request) => request.path)).toEqual([`servers/${id}`]);
    expect(await findServerId(cloud.client, 'rec-server')).toEqual({ id, matchedBy: 'name' });
    expect(isNameLookupError(await rejectionOf(async () => findServerId(cloud.client, 'rec.server')))).toBe(true);
    const empty = await rejectionOf(async () => findServerId(cloud.client, ''));
    expect(isInvalidInputError(empty)).toBe(true);
    expect((empty as InvalidInputError).field).toBe('nameOrId');
  });

  it('refuses an empty server ID before sending', async () => {
    const cloud = nova();
    const error = await rejectionOf(async () => getServer(cloud.client, ''));
    expect(isInvalidInputError(error)).toBe(true);
    expect((error as InvalidInputError).field).toBe('serverId');
    expect(cloud.requests).toHaveLength(0);
  });
});

describe('server waiters', () => {
  it('polls until ACTIVE', async () => {
    const cloud = nova();
    cloud.replyOnce('GET', `servers/${id}`, fx.getBuilding);
    cloud.reply('GET', `servers/${id}`, fx.getActive);
    const seen: string[] = [];
    const server = await waitForServerStatus(cloud.client, id, 'ACTIVE', { intervalMs: 0, onPoll: (s) => seen.push(s.status) });
    expect(server.status).toBe('ACTIVE');
    expect(seen).toEqual(['BUILD', 'ACTIVE']);
    expect(cloud.serviceRequests()).toHaveLength(2);
  });

  it("fails fast on ERROR with Nova's fault message", async () => {
    const cloud = nova();
    const errored = { server: { ...fx.getActive.server, status: 'ERROR', fault: { code: 500, created: '2026-11-27T14:02:30Z', message: 'No valid host was found. ' } } };
    cloud.reply('GET', `servers/${id}`, errored);
    const error = await rejectionOf(async () => waitForServerStatus(cloud.client, id, 'ACTIVE', { intervalMs: 0 }));
    expect(isResourceStateError(error)).toBe(true);
    expect((error as Error).message).toBe(`server ${id} went to ERROR while waiting for ACTIVE: No valid host was found. `);
    expect(cloud.serviceRequests()).toHaveLength(1);
  });

  it('gives up at the timeout', async () => {
    const cloud = nova();
    cloud.reply('GET', `servers/${id}`, fx.getBuilding);
    const error = await rejectionOf(async () => waitForServerStatus(cloud.client, id, ['ACTIVE', 'SHUTOFF'], { intervalMs: 1, timeoutMs: 20 }));
    expect(isTimeoutError(error)).toBe(true);
    expect((error as Error).message).toMatch(/ACTIVE or SHUTOFF/);
  });

  it('waits for deletion until a 404', async () => {
    const cloud = nova();
    cloud.replyOnce('GET', `servers/${id}`, fx.getActive);
    cloud.reply('GET', `servers/${id}`, fx.getDeleted, { status: 404 });
    const seen: string[] = [];
    await waitForServerDeleted(cloud.client, id, { intervalMs: 0, onPoll: (server) => seen.push(server.status) });
    expect(cloud.serviceRequests()).toHaveLength(2);
    expect(seen).toEqual(['ACTIVE']);
  });

  it('takes DELETED and SOFT_DELETED as deleted', async () => {
    for (const status of ['DELETED', 'SOFT_DELETED']) {
      const cloud = nova();
      cloud.reply('GET', `servers/${id}`, { server: { ...fx.getActive.server, status } });
      await waitForServerDeleted(cloud.client, id, { intervalMs: 0 });
      expect(cloud.serviceRequests()).toHaveLength(1);
    }
  });

  it("fails the deletion wait on ERROR with Nova's fault message, unless failOn says otherwise", async () => {
    const cloud = nova();
    const errored = { server: { ...fx.getActive.server, status: 'ERROR', fault: { code: 500, created: '2026-11-27T14:02:30Z', message: 'Disk gone' } } };
    cloud.replyOnce('GET', `servers/${id}`, errored);
    const error = await rejectionOf(async () => waitForServerDeleted(cloud.client, id, { intervalMs: 0 }));
    expect(isResourceStateError(error)).toBe(true);
    expect((error as Error).message).toBe(`server ${id} went to ERROR while waiting for deletion: Disk gone`);
    cloud.replyOnce('GET', `servers/${id}`, errored);
    cloud.reply('GET', `servers/${id}`, fx.getDeleted, { status: 404 });
    await waitForServerDeleted(cloud.client, id, { intervalMs: 0, failOn: [] });
  });

  it('rejects a bad ID or interval before polling', async () => {
    const cloud = nova();
    expect(isInvalidInputError(await rejectionOf(async () => waitForServerStatus(cloud.client, '', 'ACTIVE')))).toBe(true);
    const interval = await rejectionOf(async () => waitForServerStatus(cloud.client, id, 'ACTIVE', { intervalMs: -1 }));
    expect(isInvalidInputError(interval) && interval.field).toBe('intervalMs');
    expect(cloud.requests).toHaveLength(0);
  });
});
