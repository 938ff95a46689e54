import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { isAuthError, isHttpError, isInvalidInputError, type AuthError } from '@openstack-ts/core';
import { createFakeCloud, rejectionOf } from '@openstack-ts/core/testing';
import { configErrorOf, createSandbox, SECRETS, secretsIn, type Sandbox } from './config.fixtures.js';
import { loadCloudConfig } from './cloud.js';
import { CloudConfig } from './cloud-config.js';
import { providerFromCloud, providerOptionsFromConfig } from './provider.js';

const IDENTITY = 'https://identity.fake.test/v3';
const TOKENS = `${IDENTITY}/auth/tokens`;

const cloudsYaml = `clouds:
  fake:
    auth:
      auth_url: ${IDENTITY}
      username: demo
      password: ${SECRETS.password}
      user_domain_name: Default
      project_name: demo
      project_domain_id: default
    region_name: RegionOne
    interface: internal
    compute_api_version: 2.79
    image_endpoint_override: https://glance.fake.test/
`;

let sandbox: Sandbox;
beforeEach(async () => {
  sandbox = await createSandbox();
  await sandbox.write('work/clouds.yaml', cloudsYaml);
});
afterEach(async () => {
  await sandbox.remove();
});

describe('providerFromCloud', () => {
  it('authenticates exactly once with the cloud credentials and scope', async () => {
    const cloud = createFakeCloud();
    const provider = await providerFromCloud('fake', { ...sandbox.options(), fetch: cloud.fetch });
    expect(cloud.tokenRequests).toBe(1);
    expect(cloud.requests).toHaveLength(1);
    const [request] = cloud.requests;
    expect(request?.method).toBe('POST');
    expect(request?.url).toBe(TOKENS);
    expect(request?.json).toEqual({
      auth: {
        identity: { methods: ['password'], password: { user: { name: 'demo', domain: { name: 'Default' }, password: SECRETS.password } } },
        scope: { project: { name: 'demo', domain: { id: 'default' } } },
      },
    });
    expect(provider.token?.body.project?.id).toBe('p-1');
    expect(provider.defaults).toEqual({
      region: 'RegionOne',
      interface: 'internal',
      endpointOverrides: { image: 'https://glance.fake.test/' },
      microversions: { compute: '2.79' },
    });
    expect(secretsIn(String(provider))).toEqual([]);
  });

  it('reads the cloud OS_CLOUD names, or the OS_* variables', async () => {
    const cloud = createFakeCloud();
    await providerFromCloud(undefined, { ...sandbox.options({ OS_CLOUD: 'fake' }), fetch: cloud.fetch });
    await providerFromCloud(undefined, {
      ...sandbox.options({ OS_AUTH_URL: IDENTITY, OS_AUTH_TYPE: 'v3applicationcredential', OS_APPLICATION_CREDENTIAL_ID: 'ac', OS_APPLICATION_CREDENTIAL_SECRET: 's' }),
      fetch: cloud.fetch,
    });
    expect(cloud.tokenRequests).toBe(2);
    expect(cloud.requests[1]?.json).toEqual({ auth: { identity: { methods: ['application_credential'], application_credential: { id: 'ac', secret: 's' } } } });
  });

  it('returns a lazy client with authenticate: false', async () => {
    const cloud = createFakeCloud();
    const provider = await providerFromCloud('fake', { ...sandbox.options(), fetch: cloud.fetch, authenticate: false });
    expect(cloud.tokenRequests).toBe(0);
    expect(provider.token).toBeUndefined();
    await provider.getTokenId();
    expect(cloud.tokenRequests).toBe(1);
  });

  it('merges core options over the cloud: hooks, region, overrides, microversions and auth', async () => {
    const cloud = createFakeCloud();
    const seen: string[] = [];
    const provider = await providerFromCloud('fake', {
      ...sandbox.options(),
      fetch: cloud.fetch,
      region: 'RegionTwo',
      endpointOverrides: { compute: 'https://nova.fake.test/' },
      microversions: { 'block-storage': '3.70' },
      auth: { projectName: 'other' },
      hooks: { onAuthenticate: (event) => seen.push(event.reason) },
    });
    expect(seen).toEqual(['initial']);
    expect(provider.defaults).toEqual({
      region: 'RegionTwo',
      interface: 'internal',
      endpointOverrides: { image: 'https://glance.fake.test/', compute: 'https://nova.fake.test/' },
      microversions: { compute: '2.79', 'block-storage': '3.70' },
    });
    expect(cloud.requests[0]?.json).toMatchObject({ auth: { scope: { project: { name: 'other' } } } });
  });

  it('takes a passcode function for v3totp, which a file cannot hold', async () => {
    await sandbox.write('work/clouds.yaml', `clouds:\n  otp:\n    auth_type: v3totp\n    auth: { auth_url: '${IDENTITY}', user_id: u }\n`);
    const cloud = createFakeCloud();
    let calls = 0;
    await providerFromCloud('otp', {
      ...sandbox.options(),
      fetch: cloud.fetch,
      auth: {
        passcode: () => {
          calls++;
          return SECRETS.passcode;
        },
      },
    });
    expect(calls).toBe(1);
    expect(cloud.requests[0]?.json).toEqual({ auth: { identity: { methods: ['totp'], totp: { user: { id: 'u', passcode: SECRETS.passcode } } } } });
  });

  it('reports incomplete credentials as a ConfigError naming the cloud, before any request', async () => {
    await sandbox.write('work/clouds.yaml', `clouds:\n  partial:\n    auth_type: password\n    auth: { auth_url: '${IDENTITY}', username: demo, password: ${SECRETS.password}, project_id: p }\n`);
    const cloud = createFakeCloud();
    const error = await configErrorOf(providerFromCloud('partial', { ...sandbox.options(), fetch: cloud.fetch }));
    expect(error.cloud).toBe('partial');
    expect(error.message).toMatch(/^Cloud "partial" in .*clouds\.yaml: Password auth by user name needs userDomainId or userDomainName$/);
    expect(isInvalidInputError(error.cause)).toBe(true);
    expect(secretsIn(error.message)).toEqual([]);
    expect(cloud.requests).toHaveLength(0);
  });

  it('reports conflicting scopes when the client is created', async () => {
    await sandbox.write('work/clouds.yaml', `clouds:\n  two:\n    auth: { auth_url: '${IDENTITY}', user_id: u, password: p, project_id: p, trust_id: t }\n`);
    await expect(providerFromCloud('two', { ...sandbox.options(), authenticate: false })).rejects.toThrow(
      /^Cloud "two" in .*: A token has one scope, but the options ask for project and trust$/,
    );
  });

  it('passes on refused credentials as core’s AuthError (its cause the 401), and an HTTP failure unchanged', async () => {
    const cloud = createFakeCloud();
    cloud.reply('POST', TOKENS, { error: { code: 401, title: 'Unauthorized', message: 'The request you have made requires authentication.' } }, { status: 401 });
    const error = await rejectionOf(providerFromCloud('fake', { ...sandbox.options(), fetch: cloud.fetch }));
    expect(isAuthError(error)).toBe(true);
    expect((error as AuthError).reason).toBe('rejected');
    expect(isHttpError((error as Error).cause, 401)).toBe(true);
    expect(secretsIn(`${String(error)} ${String((error as Error).cause)}`)).toEqual([]);
    const down = createFakeCloud();
    down.reply('POST', TOKENS, '<html>Service Unavailable</html>', { status: 500 });
    const failure = await rejectionOf(providerFromCloud('fake', { ...sandbox.options(), fetch: down.fetch }));
    expect(isHttpError(failure, 500)).toBe(true);
  });

  it('stops at an aborted signal', async () => {
    const controller = new AbortController();
    controller.abort();
    const cloud = createFakeCloud();
    await expect(providerFromCloud('fake', { ...sandbox.options(), fetch: cloud.fetch, signal: controller.signal })).rejects.toThrow(/abort/i);
    expect(cloud.requests).toHaveLength(0);
  });
});

describe('providerOptionsFromConfig', () => {
  it('maps a config to core options without fetch or tls when there are no TLS settings', async () => {
    const config = await loadCloudConfig('fake', sandbox.options());
    const options = providerOptionsFromConfig(config);
    expect(options).toEqual({
      auth: config.auth,
      region: 'RegionOne',
      interface: 'internal',
      endpointOverrides: { image: 'https://glance.fake.test/' },
      microversions: { compute: '2.79' },
    });
    expect('fetch' in options).toBe(false);
    expect('tls' in options).toBe(false);
  });

  it('passes the TLS settings to core’s transport when the cloud turns verification off', async () => {
    const config = new CloudConfig({ name: 'x', source: 'file', auth: { authUrl: IDENTITY, token: 't' }, tls: { verify: false }, timeoutMs: 5000 });
    const options = providerOptionsFromConfig(config);
    expect(options.tls).toEqual({ verify: false });
    expect('fetch' in options).toBe(false);
    expect(options.timeoutMs).toBe(5000);
  });

  it('fails with a ConfigError when a certificate file cannot be read', async () => {
    const config = new CloudConfig({ name: 'x', source: 'file', auth: { authUrl: IDENTITY, token: 't' }, tls: { verify: true, cacert: `${sandbox.root}/none.pem` } });
    expect(() => providerOptionsFromConfig(config)).toThrow(`Cannot read the cacert file ${sandbox.root}/none.pem (ENOENT)`);
  });

  it('is not used when a fetch is given to providerFromCloud', async () => {
    await sandbox.write('work/clouds.yaml', `${cloudsYaml}    cacert: /does/not/exist.pem\n`);
    const cloud = createFakeCloud();
    await providerFromCloud('fake', { ...sandbox.options(), fetch: cloud.fetch });
    expect(cloud.tokenRequests).toBe(1);
  });
});
