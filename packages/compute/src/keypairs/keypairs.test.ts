import { describe, expect, it } from '@jest/globals';
import { isHttpError, isMicroversionError, isResponseError } from '@openstack-ts/core';
import { createKeypair, deleteKeypair, getKeypair, listKeypairs } from './index.js';
import * as fx from './keypairs.fixtures.js';
import { fakeNova as nova, inputRefusal, microversionRefusal } from '../fake-nova.fixtures.js';
import { rejectionOf } from '@openstack-ts/core/testing';

// The recorded links point at the local cloud's Nova, so the fake cloud uses the same endpoint.
const publicKey = fx.importKey.keypair.public_key;
const demoUser = fx.get.keypair.user_id;


describe('keypairs', () => {
  it('lists keypairs page by page, unwrapping each item, until an empty page', async () => {
    const cloud = nova();
    cloud.reply('GET', 'os-keypairs?limit=1', fx.listPage1);
    cloud.reply('GET', 'os-keypairs?limit=1&marker=rec-keypair', fx.listPage2);
    cloud.reply('GET', 'os-keypairs?limit=1&marker=rec-keypair-21', fx.listPage3);
    cloud.reply('GET', 'os-keypairs?limit=1&marker=rec-keypair-gen', fx.listPage4);
    const pages: string[][] = [];
    for await (const page of listKeypairs(cloud.client, { limit: 1 }).byPage()) pages.push(page.map((keypair) => keypair.name));
    expect(pages).toEqual([['rec-keypair'], ['rec-keypair-21'], ['rec-keypair-gen']]);
    expect(cloud.serviceRequests()).toHaveLength(4);
    expect(cloud.serviceRequests()[0]?.headers['openstack-api-version']).toBe('compute 2.93');
  });

  it('iterates items and collects them with all()', async () => {
    const cloud = nova();
    cloud.reply('GET', 'os-keypairs?marker=rec-keypair&limit=1', fx.listPage2);
    cloud.reply('GET', 'os-keypairs?limit=1&marker=rec-keypair-21', fx.listPage3);
    cloud.reply('GET', 'os-keypairs?limit=1&marker=rec-keypair-gen', fx.listPage4);
    const names: string[] = [];
    for await (const keypair of listKeypairs(cloud.client, { marker: 'rec-keypair', limit: 1 })) names.push(keypair.name);
    expect(names).toEqual(['rec-keypair-21', 'rec-keypair-gen']);
    const [first] = await listKeypairs(cloud.client, { marker: 'rec-keypair', limit: 1 }).all();
    expect(first).toEqual({ name: 'rec-keypair-21', public_key: publicKey, fingerprint: 'c4:60:40:07:c4:0e:bb:2b:e7:91:54:a0:b1:6f:fd:82', type: 'ssh' });
  });

  it('lists another user’s keypairs for an admin (2.10)', async () => {
    const cloud = nova();
    cloud.reply('GET', `os-keypairs?user_id=${demoUser}`, fx.adminListUser);
    const keypairs = await listKeypairs(cloud.client, { user_id: demoUser }).all();
    expect(keypairs.map((k) => k.name)).toEqual(['rec-keypair', 'rec-keypair-21', 'rec-keypair-admin', 'rec-keypair-gen']);
    expect(cloud.lastRequest().query).toEqual({ user_id: demoUser });
  });

  it('raises a ResponseError for an item without its keypair envelope', async () => {
    const cloud = nova();
    cloud.reply('GET', 'os-keypairs', { keypairs: [{ name: 'bare' }] });
    const error = await rejectionOf(() => listKeypairs(cloud.client));
    expect(isResponseError(error)).toBe(true);
  });

  it('refuses paging before 2.35 and user_id before 2.10, sending nothing', async () => {
    const cloud = nova('2.34');
    expect(await microversionRefusal(() => listKeypairs(cloud.client, { limit: 1 }))).toBe('Paging keypairs (limit, marker) requires compute microversion 2.35 or later; this call uses 2.34');
    expect(await microversionRefusal(() => listKeypairs(cloud.client, { user_id: demoUser }, { microversion: '2.9' }))).toBe('A keypair user_id requires compute microversion 2.10 or later; this call uses 2.9');
    expect(await microversionRefusal(async () => getKeypair(cloud.client, 'rec-keypair', { user_id: demoUser }, { microversion: '2.9' }))).toBe('A keypair user_id requires compute microversion 2.10 or later; this call uses 2.9');
    expect(await microversionRefusal(async () => deleteKeypair(cloud.client, 'rec-keypair', { user_id: demoUser }, { microversion: '2.9' }))).toBe('A keypair user_id requires compute microversion 2.10 or later; this call uses 2.9');
    expect(cloud.requests).toHaveLength(0);
  });

  it('imports a public key (201 from 2.2)', async () => {
    const cloud = nova();
    cloud.reply('POST', 'os-keypairs', fx.importKey, { status: 201 });
    const keypair = await createKeypair(cloud.client, { name: 'rec-keypair', public_key: publicKey, type: 'ssh' });
    expect(cloud.lastRequest().json).toEqual({ keypair: { name: 'rec-keypair', public_key: publicKey, type: 'ssh' } });
    expect(keypair).toEqual(fx.importKey.keypair);
    expect(keypair.private_key).toBeUndefined();
  });

  it('accepts the 200 of microversion 2.1, whose answer has no type', async () => {
    const cloud = nova('2.1');
    cloud.reply('POST', 'os-keypairs', fx.import21, { status: 200 });
    const keypair = await createKeypair(cloud.client, { name: 'rec-keypair-21', public_key: publicKey });
    expect(keypair.type).toBeUndefined();
    expect(cloud.lastRequest().headers['x-openstack-nova-api-version']).toBe('2.1');
  });

  it('generates a keypair with a microversion below 2.92 pinned for the call, returning the private key', async () => {
    const cloud = nova();
    cloud.reply('POST', 'os-keypairs', fx.generate291, { status: 201 });
    const keypair = await createKeypair(cloud.client, { name: 'rec-keypair-gen', type: 'ssh' }, { microversion: '2.91' });
    expect(cloud.lastRequest().headers['openstack-api-version']).toBe('compute 2.91');
    expect(cloud.lastRequest().json).toEqual({ keypair: { name: 'rec-keypair-gen', type: 'ssh' } });
    expect(keypair.private_key).toMatch(/^-----BEGIN RSA PRIVATE KEY-----\n/);
    expect(keypair.public_key).toMatch(/^ssh-rsa .* Generated-by-Nova$/);
  });

  it('refuses to generate from 2.92, and a type before 2.2, sending nothing', async () => {
    const cloud = nova();
    const error = await rejectionOf(async () => createKeypair(cloud.client, { name: 'rec-keypair-nokey' }));
    expect(isMicroversionError(error)).toBe(true);
    expect((error as Error).message).toBe(
      'Nova removed keypair generation in compute microversion 2.92 and this call uses 2.93: generate a key locally ' +
        "(ssh-keygen -t ed25519) and pass its public half as public_key, or pin microversion 2.91 ({ microversion: '2.91' })",
    );
    expect(await microversionRefusal(async () => createKeypair(cloud.client, { name: 'k', public_key: publicKey, type: 'x509' }, { microversion: '2.1' }))).toBe('A keypair type requires compute microversion 2.2 or later; this call uses 2.1');
    expect(await inputRefusal(async () => createKeypair(cloud.client, { name: '', public_key: publicKey }))).toMatchObject({ name: 'InvalidInputError', field: 'name', message: expect.stringMatching(/needs a name/) });
    expect(cloud.requests).toHaveLength(0);
  });

  it('imports a keypair for another user as an admin (2.10)', async () => {
    const cloud = nova();
    cloud.reply('POST', 'os-keypairs', fx.adminImportForUser, { status: 201 });
    const input = { name: 'rec-keypair-admin', public_key: publicKey, type: 'ssh', user_id: demoUser };
    expect((await createKeypair(cloud.client, input)).user_id).toBe(demoUser);
    expect(cloud.lastRequest().json).toEqual({ keypair: input });
    expect(await microversionRefusal(async () => createKeypair(cloud.client, input, { microversion: '2.9' }))).toBe('A keypair user_id requires compute microversion 2.10 or later; this call uses 2.9');
  });

  it('gets a keypair with its details, for its owner or by user_id', async () => {
    const cloud = nova();
    cloud.reply('GET', 'os-keypairs/rec-keypair', fx.get);
    cloud.reply('GET', `os-keypairs/rec-keypair-admin?user_id=${demoUser}`, fx.adminGetUser);
    const keypair = await getKeypair(cloud.client, 'rec-keypair');
    expect(keypair).toMatchObject({ name: 'rec-keypair', id: fx.get.keypair.id, user_id: demoUser, deleted: false, deleted_at: null, updated_at: null, type: 'ssh' });
    expect((await getKeypair(cloud.client, 'rec-keypair-admin', { user_id: demoUser })).name).toBe('rec-keypair-admin');
  });

  it('encodes the name in the path and raises the 404', async () => {
    const cloud = nova();
    cloud.reply('GET', 'os-keypairs/rec-keypair-missing', fx.getMissing, { status: 404 });
    cloud.reply('DELETE', 'os-keypairs/my%20key%40home', undefined, { status: 204 });
    const error = await rejectionOf(async () => getKeypair(cloud.client, 'rec-keypair-missing'));
    expect(isHttpError(error, 404)).toBe(true);
    expect((error as Error).message).toContain('Keypair rec-keypair-missing not found');
    await deleteKeypair(cloud.client, 'my key@home');
    expect(cloud.lastRequest().url).toBe('http://127.0.0.1:8774/v2.1/os-keypairs/my%20key%40home');
  });

  it('deletes with 204, 202 before 2.2, and by user_id', async () => {
    const cloud = nova();
    cloud.reply('DELETE', 'os-keypairs/rec-keypair', undefined, { status: 204 });
    cloud.reply('DELETE', 'os-keypairs/rec-keypair-21', undefined, { status: 202 });
    cloud.reply('DELETE', `os-keypairs/rec-keypair-admin?user_id=${demoUser}`, undefined, { status: 204 });
    await deleteKeypair(cloud.client, 'rec-keypair');
    await deleteKeypair(cloud.client, 'rec-keypair-21', {}, { microversion: '2.1' });
    await deleteKeypair(cloud.client, 'rec-keypair-admin', { user_id: demoUser });
    expect(cloud.serviceRequests().map((r) => `${r.method} ${r.path}`)).toEqual([
      'DELETE os-keypairs/rec-keypair',
      'DELETE os-keypairs/rec-keypair-21',
      `DELETE os-keypairs/rec-keypair-admin?user_id=${demoUser}`,
    ]);
  });
});
