import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer, type Server, type ServerOptions } from 'node:https';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { rejectionOf } from '@openstack-ts/core/testing';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createNodeFetch, createProviderClient, isConnectionError, type ConnectionError, type NodeFetchFunction } from '@openstack-ts/core';
import type { TlsSettings } from './cloud-config.js';
import { createSandbox, SECRETS, type Sandbox } from './config.fixtures.js';
import { providerFromCloud } from './provider.js';
import { hasTlsSettings, tlsOptionsFromSettings } from './tls.js';

const haveOpenssl = spawnSync('openssl', ['version']).status === 0;
const tlsIt = haveOpenssl ? it : it.skip;
const title = haveOpenssl ? 'TLS against a local HTTPS server' : 'TLS against a local HTTPS server (skipped: the openssl CLI is not installed)';

/** Makes a self-signed certificate for 127.0.0.1 with the openssl CLI; returns the PEM paths. */
function selfSigned(dir: string, name: string): { cert: string; key: string } {
  const cert = join(dir, `${name}.crt`);
  const key = join(dir, `${name}.key`);
  const result = spawnSync('openssl', [
    'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes',
    '-keyout', key, '-out', cert, '-days', '2', '-subj', `/CN=${name}`, '-addext', 'subjectAltName=IP:127.0.0.1',
  ]);
  if (result.status !== 0) throw new Error(`openssl failed: ${result.stderr.toString()}`);
  return { cert, key };
}

/** Answers a token request like Keystone, and echoes anything else. */
function handler(request: import('node:http').IncomingMessage, response: import('node:http').ServerResponse): void {
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', () => {
    if (request.method === 'POST' && request.url === '/v3/auth/tokens') {
      const now = Date.now();
      response.writeHead(201, { 'content-type': 'application/json', 'x-subject-token': 'tls-token' });
      response.end(JSON.stringify({ token: { methods: ['token'], issued_at: new Date(now).toISOString(), expires_at: new Date(now + 3_600_000).toISOString(), user: { id: 'u' }, catalog: [] } }));
      return;
    }
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ method: request.method, url: request.url, length: request.headers['content-length'] ?? null, body: Buffer.concat(chunks).toString() }));
  });
}

async function listen(options: ServerOptions): Promise<{ server: Server; url: string }> {
  const server = createServer(options, handler);
  await new Promise<void>((resolve) => {
    server.listen(0, '127.0.0.1', resolve);
  });
  return { server, url: `https://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

async function close(server: Server | undefined): Promise<void> {
  if (server === undefined) return;
  server.closeAllConnections();
  await new Promise<void>((resolve) => {
    server.close(() => {
      resolve();
    });
  });
}

/** The `code`s along an error's cause chain (Node's TLS errors carry theirs two levels down). */
function causeCodes(error: unknown): string[] {
  const codes: string[] = [];
  for (let current: unknown = error; typeof current === 'object' && current !== null; current = (current as { cause?: unknown }).cause) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') codes.push(code);
  }
  return codes;
}

describe(title, () => {
  let sandbox: Sandbox;
  let serverCert: { cert: string; key: string };
  let clientCert: { cert: string; key: string };
  let plain: { server: Server; url: string } | undefined;
  let mutual: { server: Server; url: string } | undefined;
  const fetches: NodeFetchFunction[] = [];
  const tlsFetch = (settings: TlsSettings): NodeFetchFunction => {
    const created = createNodeFetch({ tls: tlsOptionsFromSettings(settings) });
    fetches.push(created);
    return created;
  };

  beforeAll(async () => {
    if (!haveOpenssl) return;
    sandbox = await createSandbox();
    serverCert = selfSigned(sandbox.root, 'server');
    clientCert = selfSigned(sandbox.root, 'client');
    const key = readFileSync(serverCert.key);
    const cert = readFileSync(serverCert.cert);
    plain = await listen({ key, cert });
    mutual = await listen({ key, cert, requestCert: true, rejectUnauthorized: true, ca: readFileSync(clientCert.cert) });
  });

  afterAll(async () => {
    await Promise.all(fetches.map(async (created) => created.close()));
    await close(plain?.server);
    await close(mutual?.server);
    if (haveOpenssl) await sandbox.remove();
  });

  tlsIt('succeeds when cacert names the server certificate', async () => {
    const response = await tlsFetch({ verify: true, cacert: serverCert.cert })(`${plain?.url ?? ''}/ping`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ method: 'GET', url: '/ping', length: null, body: '' });
  });

  tlsIt('fails with a certificate error when the server is not trusted', async () => {
    const error = await rejectionOf(tlsFetch({ verify: true, cacert: clientCert.cert })(`${plain?.url ?? ''}/ping`));
    expect(error).toBeInstanceOf(TypeError);
    expect(causeCodes(error).join(' ')).toMatch(/SELF_SIGNED|UNABLE_TO_VERIFY|CERT/);
  });

  tlsIt('succeeds with verify: false', async () => {
    const response = await tlsFetch({ verify: false })(`${plain?.url ?? ''}/ping`);
    expect(response.status).toBe(200);
  });

  tlsIt('sends a platform Request with its method, headers and body, and a Content-Length', async () => {
    const request = new Request(`${plain?.url ?? ''}/echo`, { method: 'PUT', headers: { 'x-test': 'yes' }, body: '{"a":1}' });
    const response = await tlsFetch({ verify: true, cacert: serverCert.cert })(request);
    expect(await response.json()).toEqual({ method: 'PUT', url: '/echo', length: '7', body: '{"a":1}' });
  });

  tlsIt('presents the client certificate and key for mutual TLS', async () => {
    const withCert = tlsFetch({ verify: true, cacert: serverCert.cert, cert: clientCert.cert, key: clientCert.key });
    expect((await withCert(`${mutual?.url ?? ''}/ping`)).status).toBe(200);
    const withoutCert = tlsFetch({ verify: true, cacert: serverCert.cert });
    expect(await rejectionOf(withoutCert(`${mutual?.url ?? ''}/ping`))).toBeInstanceOf(TypeError);
  });

  tlsIt('authenticates a provider through the TLS fetch, and fails with a ConnectionError without cacert', async () => {
    const auth = { authUrl: `${plain?.url ?? ''}/v3`, token: SECRETS.token };
    const trusted = createProviderClient({ auth, fetch: tlsFetch({ verify: true, cacert: serverCert.cert }) });
    expect((await trusted.authenticate()).body.user.id).toBe('u');

    expect(hasTlsSettings({ verify: true })).toBe(false);
    const untrusted = createProviderClient({ auth, retry: false }); // core's transport without the cloud's CA
    const error = await rejectionOf(untrusted.authenticate());
    expect(isConnectionError(error)).toBe(true);
    expect((error as ConnectionError).message).toMatch(/^POST https:\/\/127\.0\.0\.1:\d+\/v3\/auth\/tokens: connection failed: /);
    expect(causeCodes(error).join(' ')).toMatch(/SELF_SIGNED|UNABLE_TO_VERIFY|CERT/);
  });

  tlsIt('is what providerFromCloud uses for cacert and verify: false in clouds.yaml', async () => {
    await sandbox.write(
      'work/clouds.yaml',
      `clouds:
  trusted:
    auth: { auth_url: '${plain?.url ?? ''}/v3', token: t }
    cacert: ${serverCert.cert}
  unverified:
    auth: { auth_url: '${plain?.url ?? ''}/v3', token: t }
    verify: false
  untrusted:
    auth: { auth_url: '${plain?.url ?? ''}/v3', token: t }
`,
    );
    expect((await providerFromCloud('trusted', sandbox.options())).token?.body.user.id).toBe('u');
    expect((await providerFromCloud('unverified', sandbox.options())).token?.body.user.id).toBe('u');
    expect(isConnectionError(await rejectionOf(providerFromCloud('untrusted', { ...sandbox.options(), retry: false })))).toBe(true);
  });
});
