import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { configErrorOf, createSandbox, SECRETS, type Sandbox } from './config.fixtures.js';
import { loadCloudConfig } from './cloud.js';
import { cloudFromEnv } from './env.js';

const AUTH_URL = 'https://keystone.example.test:5000/v3';

let sandbox: Sandbox;
beforeEach(async () => {
  sandbox = await createSandbox();
});
afterEach(async () => {
  await sandbox.remove();
});

/** Loads the cloud the given variables describe, with no file anywhere. */
const fromEnv = async (env: Record<string, string>) => loadCloudConfig(undefined, sandbox.options(env));

describe('cloudFromEnv', () => {
  it('maps each OS_ variable to the clouds.yaml key of the same name', () => {
    expect(
      cloudFromEnv({
        OS_AUTH_URL: AUTH_URL,
        OS_USERNAME: 'demo',
        OS_COMPUTE_API_VERSION: '2.79',
        OS_VOLUME_ENDPOINT_OVERRIDE: 'https://cinder.test/v3',
        OS_REGION_NAME: 'RegionTwo',
        PATH: '/usr/bin',
      }),
    ).toEqual({
      auth_url: AUTH_URL,
      username: 'demo',
      compute_api_version: '2.79',
      volume_endpoint_override: 'https://cinder.test/v3',
      region_name: 'RegionTwo',
    });
  });

  it('leaves out selectors, empty variables and the oslotest ones', () => {
    expect(
      cloudFromEnv({
        OS_CLOUD: 'x',
        OS_CLOUD_NAME: 'y',
        OS_CLIENT_CONFIG_FILE: '/c.yaml',
        OS_CLIENT_SECURE_FILE: '/s.yaml',
        OS_TEST_TIMEOUT: '60',
        OS_STDOUT_CAPTURE: '1',
        OS_LOG_CAPTURE: '1',
        OS_PASSWORD: '',
        OS_USERNAME: 'demo',
      }),
    ).toEqual({ username: 'demo' });
  });

  it('describes no cloud when only selectors and OS_REGION_NAME are set', () => {
    expect(cloudFromEnv({ OS_CLOUD: 'x', OS_REGION_NAME: 'RegionOne', OS_PASSWORD: '' })).toBeUndefined();
    expect(cloudFromEnv({})).toBeUndefined();
  });
});

describe('a cloud from OS_* variables', () => {
  it('reads password auth with project scope, region and interface', async () => {
    const config = await fromEnv({
      OS_AUTH_URL: AUTH_URL,
      OS_USERNAME: 'demo',
      OS_PASSWORD: SECRETS.password,
      OS_USER_DOMAIN_NAME: 'Users',
      OS_PROJECT_NAME: 'demo',
      OS_PROJECT_DOMAIN_ID: 'default',
      OS_REGION_NAME: 'RegionTwo',
      OS_INTERFACE: 'internal',
      OS_AUTH_TYPE: 'password',
    });
    expect(config.name).toBe('envvars');
    expect(config.source).toBe('environment');
    expect(config.files).toEqual({});
    expect(config.authType).toBe('password');
    expect(config.auth).toEqual({
      authUrl: AUTH_URL,
      methods: ['password'],
      username: 'demo',
      userDomainName: 'Users',
      password: SECRETS.password,
      projectName: 'demo',
      projectDomainId: 'default',
    });
    expect(config.regionName).toBe('RegionTwo');
    expect(config.interface).toBe('internal');
  });

  it('takes the cloud name from OS_CLOUD_NAME', async () => {
    const config = await fromEnv({ OS_CLOUD_NAME: 'mine', OS_AUTH_URL: AUTH_URL, OS_TOKEN: SECRETS.token });
    expect(config.name).toBe('mine');
  });

  it('reads OS_USERID (Gophercloud) and OS_USER_ID (openstacksdk), the latter winning', async () => {
    expect((await fromEnv({ OS_AUTH_URL: AUTH_URL, OS_USERID: 'u-go', OS_PASSWORD: 'p' })).auth.userId).toBe('u-go');
    expect((await fromEnv({ OS_AUTH_URL: AUTH_URL, OS_USERID: 'u-go', OS_USER_ID: 'u-sdk', OS_PASSWORD: 'p' })).auth.userId).toBe('u-sdk');
  });

  it('reads OS_TENANT_ID and OS_TENANT_NAME, with OS_PROJECT_ID and OS_PROJECT_NAME winning', async () => {
    const tenant = await fromEnv({ OS_AUTH_URL: AUTH_URL, OS_USER_ID: 'u', OS_PASSWORD: 'p', OS_TENANT_ID: 't-id', OS_TENANT_NAME: 't-name' });
    expect(tenant.auth).toMatchObject({ projectId: 't-id', projectName: 't-name' });
    const both = await fromEnv({
      OS_AUTH_URL: AUTH_URL,
      OS_USER_ID: 'u',
      OS_PASSWORD: 'p',
      OS_TENANT_ID: 't-id',
      OS_PROJECT_ID: 'p-id',
      OS_TENANT_NAME: 't-name',
      OS_PROJECT_NAME: 'p-name',
    });
    expect(both.auth).toMatchObject({ projectId: 'p-id', projectName: 'p-name' });
  });

  it('reads OS_DOMAIN_NAME as the user and project domain when a project is set', async () => {
    const config = await fromEnv({ OS_AUTH_URL: AUTH_URL, OS_USERNAME: 'u', OS_PASSWORD: 'p', OS_PROJECT_NAME: 'demo', OS_DOMAIN_NAME: 'Acme' });
    expect(config.auth).toEqual({
      authUrl: AUTH_URL,
      username: 'u',
      password: 'p',
      userDomainName: 'Acme',
      projectName: 'demo',
      projectDomainName: 'Acme',
    });
  });

  it('keeps explicit user and project domains over OS_DOMAIN_ID', async () => {
    const config = await fromEnv({
      OS_AUTH_URL: AUTH_URL,
      OS_USERNAME: 'u',
      OS_PASSWORD: 'p',
      OS_PROJECT_NAME: 'demo',
      OS_DOMAIN_ID: 'acme',
      OS_USER_DOMAIN_NAME: 'Users',
    });
    expect(config.auth).toMatchObject({ userDomainName: 'Users', projectDomainId: 'acme' });
    expect(config.auth.userDomainId).toBeUndefined();
    expect(config.auth.domainId).toBeUndefined();
  });

  it('reads OS_DOMAIN_ID as domain scope when no project is set (openstacksdk, not Gophercloud)', async () => {
    const config = await fromEnv({ OS_AUTH_URL: AUTH_URL, OS_USERNAME: 'u', OS_USER_DOMAIN_ID: 'default', OS_PASSWORD: 'p', OS_DOMAIN_ID: 'acme' });
    expect(config.auth).toEqual({ authUrl: AUTH_URL, username: 'u', userDomainId: 'default', password: 'p', domainId: 'acme' });
  });

  it('fills missing domains from OS_DEFAULT_DOMAIN, OS_DEFAULT_DOMAIN_ID and OS_DEFAULT_DOMAIN_NAME', async () => {
    const base = { OS_AUTH_URL: AUTH_URL, OS_USERNAME: 'u', OS_PASSWORD: 'p', OS_PROJECT_NAME: 'demo' };
    expect((await fromEnv({ ...base, OS_DEFAULT_DOMAIN: 'default' })).auth).toMatchObject({ userDomainId: 'default', projectDomainId: 'default' });
    expect((await fromEnv({ ...base, OS_DEFAULT_DOMAIN_ID: 'd-id', OS_DEFAULT_DOMAIN: 'ignored' })).auth).toMatchObject({
      userDomainId: 'd-id',
      projectDomainId: 'd-id',
    });
    const byName = await fromEnv({ ...base, OS_DEFAULT_DOMAIN_NAME: 'Default', OS_PROJECT_DOMAIN_ID: 'p-dom' });
    expect(byName.auth).toMatchObject({ userDomainName: 'Default', projectDomainId: 'p-dom' });
    expect(byName.auth.projectDomainName).toBeUndefined();
  });

  it('reads OS_TOKEN and OS_AUTH_TOKEN, OS_TOKEN winning, and drops the user for token auth', async () => {
    const legacy = await fromEnv({ OS_AUTH_URL: AUTH_URL, OS_AUTH_TYPE: 'v3token', OS_AUTH_TOKEN: 'legacy', OS_USERNAME: 'ignored', OS_PROJECT_ID: 'p' });
    expect(legacy.auth).toEqual({ authUrl: AUTH_URL, methods: ['token'], token: 'legacy', projectId: 'p' });
    const both = await fromEnv({ OS_AUTH_URL: AUTH_URL, OS_AUTH_TYPE: 'token', OS_AUTH_TOKEN: 'legacy', OS_TOKEN: SECRETS.token });
    expect(both.auth.token).toBe(SECRETS.token);
  });

  it('reads application credentials, inferring the auth type and ignoring a leftover project', async () => {
    const config = await fromEnv({
      OS_AUTH_URL: AUTH_URL,
      OS_APPLICATION_CREDENTIAL_ID: 'ac-id',
      OS_APPLICATION_CREDENTIAL_SECRET: SECRETS.applicationCredentialSecret,
      OS_PROJECT_NAME: 'leftover',
    });
    expect(config.authType).toBe('v3applicationcredential');
    expect(config.auth).toEqual({
      authUrl: AUTH_URL,
      methods: ['application_credential'],
      applicationCredentialId: 'ac-id',
      applicationCredentialSecret: SECRETS.applicationCredentialSecret,
    });
  });

  it('reads an application credential by name with its user, OS_DOMAIN_NAME naming the user domain', async () => {
    const config = await fromEnv({
      OS_AUTH_URL: AUTH_URL,
      OS_AUTH_TYPE: 'v3applicationcredential',
      OS_APPLICATION_CREDENTIAL_NAME: 'ci',
      OS_APPLICATION_CREDENTIAL_SECRET: 's',
      OS_USERNAME: 'demo',
      OS_DOMAIN_NAME: 'Default',
    });
    expect(config.auth).toEqual({
      authUrl: AUTH_URL,
      methods: ['application_credential'],
      applicationCredentialName: 'ci',
      applicationCredentialSecret: 's',
      username: 'demo',
      userDomainName: 'Default',
    });
  });

  it('reads OS_PASSCODE for v3totp and OS_AUTH_METHODS for v3multifactor', async () => {
    const base = { OS_AUTH_URL: AUTH_URL, OS_USER_ID: 'u', OS_PASSWORD: 'p', OS_PASSCODE: SECRETS.passcode };
    expect((await fromEnv({ ...base, OS_AUTH_TYPE: 'v3totp' })).auth).toEqual({ authUrl: AUTH_URL, methods: ['totp'], userId: 'u', passcode: SECRETS.passcode });
    expect((await fromEnv({ ...base, OS_AUTH_TYPE: 'v3multifactor', OS_AUTH_METHODS: 'v3password,v3totp' })).auth).toEqual({
      authUrl: AUTH_URL,
      methods: ['password', 'totp'],
      userId: 'u',
      password: 'p',
      passcode: SECRETS.passcode,
    });
  });

  it('reads OS_SYSTEM_SCOPE and OS_TRUST_ID', async () => {
    const system = await fromEnv({ OS_AUTH_URL: AUTH_URL, OS_USER_ID: 'u', OS_PASSWORD: 'p', OS_SYSTEM_SCOPE: 'all' });
    expect(system.auth.system).toBe('all');
    const trust = await fromEnv({ OS_AUTH_URL: AUTH_URL, OS_USER_ID: 'u', OS_PASSWORD: 'p', OS_TRUST_ID: 'tr-1' });
    expect(trust.auth.trustId).toBe('tr-1');
  });

  it('reads OS_ENDPOINT_TYPE (publicURL style), OS_INTERFACE winning', async () => {
    const base = { OS_AUTH_URL: AUTH_URL, OS_TOKEN: 't' };
    expect((await fromEnv({ ...base, OS_ENDPOINT_TYPE: 'internalURL' })).interface).toBe('internal');
    expect((await fromEnv({ ...base, OS_ENDPOINT_TYPE: 'internalURL', OS_INTERFACE: 'admin' })).interface).toBe('admin');
  });

  it('reads OS_CACERT, OS_CERT, OS_KEY and OS_INSECURE', async () => {
    const config = await fromEnv({ OS_AUTH_URL: AUTH_URL, OS_TOKEN: 't', OS_CACERT: 'ca.pem', OS_CERT: '~/c.pem', OS_KEY: '/k.pem', OS_INSECURE: 'True' });
    expect(config.tls).toEqual({ verify: false, cacert: `${sandbox.cwd}/ca.pem`, cert: `${sandbox.home}/c.pem`, key: '/k.pem' });
    expect((await fromEnv({ OS_AUTH_URL: AUTH_URL, OS_TOKEN: 't', OS_INSECURE: 'false' })).tls).toEqual({ verify: true });
  });

  it('reads OS_<SERVICE>_API_VERSION and OS_<SERVICE>_ENDPOINT_OVERRIDE', async () => {
    const config = await fromEnv({
      OS_AUTH_URL: AUTH_URL,
      OS_TOKEN: 't',
      OS_COMPUTE_API_VERSION: '2.79',
      OS_IDENTITY_API_VERSION: '3',
      OS_VOLUME_API_VERSION: '3.59',
      OS_IMAGE_API_VERSION: '2',
      OS_COMPUTE_ENDPOINT_OVERRIDE: 'https://nova.test/v2.1',
      OS_BLOCK_STORAGE_ENDPOINT_OVERRIDE: 'https://cinder.test/v3/%(project_id)s',
      OS_OBJECT_STORE_ENDPOINT_OVERRIDE: 'https://swift.test/v1/AUTH_x',
    });
    expect(config.microversions).toEqual({ compute: '2.79', 'block-storage': '3.59' });
    expect(config.apiVersions).toEqual({ compute: '2.79', identity: '3', 'block-storage': '3.59', image: '2' });
    expect(config.endpointOverrides).toEqual({
      compute: 'https://nova.test/v2.1',
      'block-storage': 'https://cinder.test/v3/%(project_id)s',
      'object-store': 'https://swift.test/v1/AUTH_x',
    });
  });

  it('fails without OS_AUTH_URL', async () => {
    await expect(fromEnv({ OS_USERNAME: 'u', OS_PASSWORD: SECRETS.password })).rejects.toThrow(
      'Cloud "envvars" (from OS_* variables): it has no auth_url (set auth.auth_url, or OS_AUTH_URL)',
    );
  });
});

describe('choosing between OS_CLOUD, OS_* variables and clouds.yaml', () => {
  const file = `clouds:
  alpha:
    auth: { auth_url: 'https://alpha.test/v3', token: a }
  beta:
    auth: { auth_url: 'https://beta.test/v3', token: b }
`;
  const envCloud = { OS_AUTH_URL: 'https://env.test/v3', OS_TOKEN: 'e' };

  it('loads the cloud OS_CLOUD names and ignores the other OS_* variables', async () => {
    await sandbox.write('work/clouds.yaml', file);
    const config = await loadCloudConfig(undefined, sandbox.options({ ...envCloud, OS_CLOUD: 'beta', OS_REGION_NAME: 'Elsewhere' }));
    expect(config.name).toBe('beta');
    expect(config.source).toBe('file');
    expect(config.auth.authUrl).toBe('https://beta.test/v3');
    expect(config.regionName).toBeUndefined();
  });

  it('prefers the name given as an argument over OS_CLOUD', async () => {
    await sandbox.write('work/clouds.yaml', file);
    expect((await loadCloudConfig('alpha', sandbox.options({ OS_CLOUD: 'beta' }))).name).toBe('alpha');
  });

  it('uses the OS_* variables when no cloud is named, without reading the files', async () => {
    await sandbox.write('work/clouds.yaml', 'clouds: [this is not valid');
    const config = await loadCloudConfig(undefined, sandbox.options(envCloud));
    expect(config.auth.authUrl).toBe('https://env.test/v3');
  });

  it('loads the environment cloud when OS_CLOUD names it', async () => {
    await sandbox.write('work/clouds.yaml', file);
    expect((await loadCloudConfig(undefined, sandbox.options({ ...envCloud, OS_CLOUD: 'envvars' }))).source).toBe('environment');
  });

  it('uses the only cloud of clouds.yaml when nothing else says which', async () => {
    await sandbox.write('work/clouds.yaml', 'clouds:\n  solo:\n    auth: { auth_url: "https://solo.test/v3", token: s }\n');
    expect((await loadCloudConfig(undefined, sandbox.options({ OS_REGION_NAME: 'RegionOne' }))).name).toBe('solo');
  });

  it('asks for a name when clouds.yaml defines several', async () => {
    await sandbox.write('work/clouds.yaml', file);
    const error = await configErrorOf(loadCloudConfig(undefined, sandbox.options()));
    expect(error.message).toMatch(/^Several clouds are defined \(alpha, beta\): name one, or set OS_CLOUD\./);
  });

  it('explains that there is nothing to load', async () => {
    await expect(loadCloudConfig(undefined, sandbox.options())).rejects.toThrow(
      /^No cloud to load: OS_CLOUD is not set, no OS_\* variable describes a cloud, and no cloud is defined\. No clouds\.yaml or secure\.yaml was found\. Files searched: .*\/work\/clouds\.yaml/,
    );
  });
});
