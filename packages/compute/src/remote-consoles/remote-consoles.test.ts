import { describe, expect, it } from '@jest/globals';
import { isHttpError, isInvalidInputError } from '@openstack-ts/core';
import { rejectionOf } from '@openstack-ts/core/testing';
import { createServerRemoteConsole, getConsoleAuthToken, getServerConsoleLegacy, type LegacyConsoleType } from './index.js';
import * as fx from './remote-consoles.fixtures.js';
import { fakeNova as nova, microversionRefusal } from '../fake-nova.fixtures.js';

const id = '541f486a-ba52-44f6-bd89-aadc975a90fe';

describe('remote consoles', () => {
  it('creates a VNC console', async () => {
    const cloud = nova('2.6');
    cloud.reply('POST', `servers/${id}/remote-consoles`, fx.createVnc);
    const console = await createServerRemoteConsole(cloud.client, id, { protocol: 'vnc', type: 'novnc' });
    const request = cloud.lastRequest();
    expect(request.method).toBe('POST');
    expect(request.headers['openstack-api-version']).toBe('compute 2.6');
    expect(request.json).toEqual({ remote_console: { protocol: 'vnc', type: 'novnc' } });
    expect(console).toEqual(fx.createVnc.remote_console);
  });

  it('creates an MKS console from 2.8 and a spice-direct one from 2.99', async () => {
    const cloud = nova('2.99');
    cloud.replyOnce('POST', `servers/${id}/remote-consoles`, fx.createMks);
    cloud.replyOnce('POST', `servers/${id}/remote-consoles`, fx.createSpiceDirect);
    expect((await createServerRemoteConsole(cloud.client, id, { protocol: 'mks', type: 'webmks' }, { microversion: '2.8' })).url).toContain('mks.html?token=');
    expect(cloud.lastRequest().headers['openstack-api-version']).toBe('compute 2.8');
    expect((await createServerRemoteConsole(cloud.client, id, { protocol: 'spice', type: 'spice-direct' })).type).toBe('spice-direct');
    expect(cloud.lastRequest().json).toEqual({ remote_console: { protocol: 'spice', type: 'spice-direct' } });
  });

  it('passes on Nova’s 400 for a console type it has disabled', async () => {
    const cloud = nova();
    cloud.reply('POST', `servers/${id}/remote-consoles`, fx.consoleVnc, { status: 400 });
    const error = await rejectionOf(async () => createServerRemoteConsole(cloud.client, id, { protocol: 'vnc', type: 'novnc' }));
    expect(isHttpError(error, 400)).toBe(true);
    expect((error as Error).message).toContain('Unavailable console type novnc.');
  });

  it('refuses what the microversion cannot do, before sending', async () => {
    expect(await microversionRefusal(async () => createServerRemoteConsole(nova('2.5').client, id, { protocol: 'vnc', type: 'novnc' }))).toBe('Remote consoles requires compute microversion 2.6 or later; this call uses 2.5');
    const cloud = nova('2.7');
    expect(await microversionRefusal(async () => createServerRemoteConsole(cloud.client, id, { protocol: 'mks', type: 'webmks' }))).toBe('An MKS console requires compute microversion 2.8 or later; this call uses 2.7');
    expect(await microversionRefusal(async () => createServerRemoteConsole(cloud.client, id, { protocol: 'spice', type: 'spice-direct' }, { microversion: '2.98' }))).toBe('A spice-direct console requires compute microversion 2.99 or later; this call uses 2.98');
    expect(cloud.requests).toHaveLength(0);
  });

  it('shows the connection information behind a token (2.31)', async () => {
    const cloud = nova('2.31');
    cloud.reply('GET', 'os-console-auth-tokens/b60bcfc3-5fd4-4d21-986c-e83379107819', fx.authToken231);
    const info = await getConsoleAuthToken(cloud.client, 'b60bcfc3-5fd4-4d21-986c-e83379107819');
    expect(cloud.lastRequest().method).toBe('GET');
    expect(info).toEqual({ instance_uuid: 'b48316c5-71e8-45e4-9884-6c78055b9b13', host: 'localhost', port: 5900, internal_access_path: '51af38c3-555e-4884-a314-6c8cdde37444' });
  });

  it('shows the TLS port of a spice-direct token (2.99)', async () => {
    const cloud = nova('2.99');
    cloud.reply('GET', 'os-console-auth-tokens/aeabd4ec', fx.authToken299);
    expect(await getConsoleAuthToken(cloud.client, 'aeabd4ec')).toMatchObject({ port: 6969, tls_port: 6970, internal_access_path: null });
  });

  it('passes on Nova’s 404 for an unknown token and 403 for a member', async () => {
    const cloud = nova();
    cloud.reply('GET', 'os-console-auth-tokens/not-a-token', fx.authTokenMissing, { status: 404 });
    cloud.reply('GET', 'os-console-auth-tokens/member', fx.authTokenMember, { status: 403 });
    const missing = await rejectionOf(async () => getConsoleAuthToken(cloud.client, 'not-a-token'));
    expect(isHttpError(missing, 404)).toBe(true);
    expect((missing as Error).message).toContain('Token not found');
    expect(isHttpError(await rejectionOf(async () => getConsoleAuthToken(cloud.client, 'member')), 403)).toBe(true);
  });

  it('uses the action of each legacy console type before 2.6', async () => {
    const cloud = nova('2.5');
    const cases: [LegacyConsoleType, string, { console: { type: string; url: string } }][] = [
      ['novnc', 'os-getVNCConsole', fx.legacyVncSample],
      ['spice-html5', 'os-getSPICEConsole', fx.legacySpice],
      ['rdp-html5', 'os-getRDPConsole', fx.legacyRdp],
      ['serial', 'os-getSerialConsole', fx.legacySerial],
    ];
    for (const [type, action, reply] of cases) {
      cloud.replyOnce('POST', `servers/${id}/action`, reply);
      expect(await getServerConsoleLegacy(cloud.client, id, { type })).toEqual(reply.console);
      expect(cloud.lastRequest().json).toEqual({ [action]: { type } });
      expect(cloud.lastRequest().headers['x-openstack-nova-api-version']).toBe('2.5');
    }
    expect(cloud.serviceRequests()).toHaveLength(4);
  });

  it('sends xvpvnc with os-getVNCConsole, and passes on Nova’s 400 for a console type it has disabled', async () => {
    const cloud = nova('2.1');
    cloud.reply('POST', `servers/${id}/action`, fx.legacyVnc, { status: 400 });
    const error = await rejectionOf(async () => getServerConsoleLegacy(cloud.client, id, { type: 'novnc' }));
    expect(isHttpError(error, 400)).toBe(true);
    expect((error as Error).message).toContain('Unavailable console type novnc.');
    await getServerConsoleLegacy(cloud.client, id, { type: 'xvpvnc' }).catch(() => undefined);
    expect(cloud.lastRequest().json).toEqual({ 'os-getVNCConsole': { type: 'xvpvnc' } });
  });

  it('refuses the legacy actions from 2.6 (Nova answers 404) and unknown types, before sending', async () => {
    const cloud = nova('2.6');
    expect(await microversionRefusal(async () => getServerConsoleLegacy(cloud.client, id, { type: 'novnc' }))).toBe('The os-get*Console actions was removed in compute microversion 2.6; this call uses 2.6');
    const old = nova('2.5');
    const error = await rejectionOf(async () => getServerConsoleLegacy(old.client, id, { type: 'webmks' as LegacyConsoleType }));
    expect(isInvalidInputError(error)).toBe(true);
    expect(cloud.requests).toHaveLength(0);
    expect(old.requests).toHaveLength(0);
  });
});
