import { inspect } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import type { ConfigError } from '@openstack-ts/core';
import { configErrorOf, createSandbox, SECRETS, secretsIn, type Sandbox } from './config.fixtures.js';
import { loadCloudConfig } from './cloud.js';
import { CloudConfig } from './cloud-config.js';

let sandbox: Sandbox;
beforeEach(async () => {
  sandbox = await createSandbox();
});
afterEach(async () => {
  await sandbox.remove();
});

async function load(yaml: string, cloud = 'c', options: { regionName?: string } = {}): Promise<CloudConfig> {
  await sandbox.write('work/clouds.yaml', yaml);
  return loadCloudConfig(cloud, { ...sandbox.options(), ...options });
}

async function loadError(yaml: string, cloud = 'c'): Promise<ConfigError> {
  await sandbox.write('work/clouds.yaml', yaml);
  return configErrorOf(loadCloudConfig(cloud, sandbox.options()));
}

/** A cloud `c` whose auth section is `auth` (YAML flow mapping text) and whose other settings follow. */
const cloud = (auth: string, rest = ''): string => `clouds:\n  c:\n    auth: { auth_url: 'https://keystone.test/v3', ${auth} }\n${rest}`;

describe('clouds.yaml and secure.yaml', () => {
  it('resolves a full cloud entry', async () => {
    const clouds = await sandbox.write(
      'work/clouds.yaml',
      `clouds:
  prod:
    auth:
      auth_url: https://keystone.example.test:5000/v3
      username: demo
      project-name: demo
      user_domain_name: Default
      project_domain_id: default
    auth_type: v3password
    region_name: RegionOne
    interface: internal
    identity_api_version: 3
    compute_api_version: 2.79
    volume_api_version: 3
    image_endpoint_override: https://glance.example.test/
    api_timeout: 30
`,
    );
    const secure = await sandbox.write('home/.config/openstack/secure.yaml', `clouds:\n  prod:\n    auth:\n      password: ${SECRETS.password}\n`);
    const config = await loadCloudConfig('prod', sandbox.options());
    expect(config).toBeInstanceOf(CloudConfig);
    expect(config.toJSON()).toEqual({
      name: 'prod',
      source: 'file',
      profile: undefined,
      authType: 'v3password',
      auth: {
        authUrl: 'https://keystone.example.test:5000/v3',
        methods: ['password'],
        username: 'demo',
        userDomainName: 'Default',
        password: '***',
        projectName: 'demo',
        projectDomainId: 'default',
      },
      regionName: 'RegionOne',
      regions: [],
      interface: 'internal',
      endpointOverrides: { image: 'https://glance.example.test/' },
      microversions: { compute: '2.79' },
      apiVersions: { identity: '3', compute: '2.79', 'block-storage': '3' },
      tls: { verify: true },
      timeoutMs: 30_000,
      files: { clouds, secure },
    });
    expect(config.auth.password).toBe(SECRETS.password);
  });

  it('deep-merges secure.yaml over clouds.yaml, secure values winning', async () => {
    await sandbox.write('work/clouds.yaml', cloud(`username: u, user_domain_id: default, password: old`, '    region_name: RegionOne\n'));
    await sandbox.write('work/secure.yaml', 'clouds:\n  c:\n    auth:\n      password: new\n    region_name: RegionTwo\n');
    const config = await loadCloudConfig('c', sandbox.options());
    expect(config.auth).toMatchObject({ authUrl: 'https://keystone.test/v3', username: 'u', password: 'new' });
    expect(config.regionName).toBe('RegionTwo');
  });

  it('reads secure.yaml from OS_CLIENT_SECURE_FILE', async () => {
    await sandbox.write('work/clouds.yaml', cloud('username: u, user_domain_id: default'));
    const secure = await sandbox.write('vault/s.yaml', `clouds: { c: { auth: { password: ${SECRETS.password} } } }`);
    const config = await loadCloudConfig('c', sandbox.options({ OS_CLIENT_SECURE_FILE: secure }));
    expect(config.auth.password).toBe(SECRETS.password);
    expect(config.files.secure).toBe(secure);
  });

  it('finds a cloud defined only in secure.yaml', async () => {
    await sandbox.write('etc/openstack/secure.yaml', "clouds: { hidden: { auth: { auth_url: 'https://h.test/v3', token: t } } }");
    expect((await loadCloudConfig('hidden', sandbox.options())).auth.token).toBe('t');
  });

  it('names the clouds defined and the files searched for an unknown cloud', async () => {
    const path = await sandbox.write('work/clouds.yaml', `${cloud('token: t')}  other:\n    auth: { auth_url: 'https://o.test/v3' }\n`);
    const unknown = await configErrorOf(loadCloudConfig('nope', sandbox.options()));
    expect(unknown.cloud).toBe('nope');
    expect(unknown.file).toBe(path);
    expect(unknown.message).toBe(
      `Cloud "nope" is not defined. Clouds defined: c, other. Read: ${path}. Files searched: ${path}, ` +
        [sandbox.cwd, sandbox.userDir, sandbox.siteDir].flatMap((dir) => ['yaml', 'yml', 'json'].map((ext) => `${dir}/secure.${ext}`)).join(', ') +
        '.',
    );
  });

  it('says when no file was found for a named cloud', async () => {
    const error = await configErrorOf(loadCloudConfig('nope', sandbox.options()));
    expect(error.message).toMatch(/^Cloud "nope" is not defined\. No cloud is defined\. No clouds\.yaml or secure\.yaml was found\. Files searched: .*\/work\/clouds\.yaml, .*\/work\/clouds\.yml/);
  });

  it('rejects clouds that are not mappings', async () => {
    expect((await loadError('clouds: [a, b]\n')).message).toMatch(/"clouds" must be a mapping of cloud names to settings$/);
    expect((await loadError('clouds:\n  c: just-a-string\n')).message).toMatch(/^Cloud "c" in .*clouds\.yaml is not a mapping of settings$/);
  });

  it('normalises dashes in keys', async () => {
    const config = await load(`clouds:\n  c:\n    auth:\n      auth-url: https://k.test/v3\n      user-id: u\n      password: p\n    region-name: R\n    block-storage-endpoint-override: https://cinder.test/\n`);
    expect(config.auth).toEqual({ authUrl: 'https://k.test/v3', userId: 'u', password: 'p' });
    expect(config.regionName).toBe('R');
    expect(config.endpointOverrides).toEqual({ 'block-storage': 'https://cinder.test/' });
  });
});

describe('profiles from clouds-public.yaml', () => {
  const publicClouds = `public-clouds:
  acme:
    auth:
      auth_url: https://identity.{region_name}.acme.test/v3
    regions: [north, south]
    identity_api_version: 3
    interface: internal
    image_endpoint_override: https://images.acme.test/
`;

  it('merges the profile under the cloud, the cloud winning', async () => {
    const pub = await sandbox.write('etc/openstack/clouds-public.yaml', publicClouds);
    const config = await load(`clouds:\n  c:\n    profile: acme\n    auth: { username: u, password: p, user_domain_id: d }\n    interface: public\n`);
    expect(config.profile).toBe('acme');
    expect(config.files.public).toBe(pub);
    expect(config.auth).toEqual({ authUrl: 'https://identity.north.acme.test/v3', username: 'u', password: 'p', userDomainId: 'd' });
    expect(config.regions).toEqual(['north', 'south']);
    expect(config.regionName).toBe('north');
    expect(config.interface).toBe('public');
    expect(config.endpointOverrides).toEqual({ image: 'https://images.acme.test/' });
  });

  it('accepts the legacy cloud key and expands {region_name} with the chosen region', async () => {
    await sandbox.write('work/clouds-public.yml', publicClouds);
    const config = await load(`clouds:\n  c:\n    cloud: acme\n    region_name: south\n    auth: { token: t }\n`);
    expect(config.profile).toBe('acme');
    expect(config.auth.authUrl).toBe('https://identity.south.acme.test/v3');
  });

  it('fails for a profile that is not defined', async () => {
    await sandbox.write('etc/openstack/clouds-public.yaml', publicClouds);
    expect((await loadError(`clouds:\n  c:\n    profile: nope\n`)).message).toMatch(/^Cloud "c" in .*: its profile "nope" is not defined under public-clouds in .*clouds-public\.yaml$/);
  });

  it('fails for a profile when there is no clouds-public.yaml', async () => {
    expect((await loadError(`clouds:\n  c:\n    profile: acme\n`)).message).toMatch(/its profile "acme" needs a clouds-public\.yaml, and none was found\. Files searched: /);
  });
});

describe('regions', () => {
  const regions = (extra = ''): string =>
    `clouds:\n  c:\n    auth: { auth_url: 'https://k.test/v3', token: t }\n    regions:\n      - RegionOne\n      - name: RegionTwo\n        values:\n          interface: admin\n          compute_endpoint_override: https://nova-two.test/\n${extra}`;

  it('defaults to the first region', async () => {
    const config = await load(regions());
    expect(config.regionName).toBe('RegionOne');
    expect(config.regions).toEqual(['RegionOne', 'RegionTwo']);
    expect(config.interface).toBeUndefined();
  });

  it('lets region_name pick a region and applies its values', async () => {
    const config = await load(regions('    region_name: RegionTwo\n'));
    expect(config.regionName).toBe('RegionTwo');
    expect(config.interface).toBe('admin');
    expect(config.endpointOverrides).toEqual({ compute: 'https://nova-two.test/' });
  });

  it('lets the caller pick a region over region_name', async () => {
    expect((await load(regions('    region_name: RegionTwo\n'), 'c', { regionName: 'RegionOne' })).regionName).toBe('RegionOne');
  });

  it('rejects a region that is not listed', async () => {
    expect((await loadError(regions('    region_name: RegionThree\n'))).message).toMatch(/region "RegionThree" is not one of its regions \(RegionOne, RegionTwo\)$/);
  });

  it('rejects malformed region entries', async () => {
    expect((await loadError(cloud('token: t', '    regions: RegionOne\n'))).message).toMatch(/regions must be a list$/);
    expect((await loadError(cloud('token: t', '    regions:\n      - { name: R, value: {} }\n'))).message).toMatch(/each entry of regions must be a region name or a mapping of name and values$/);
  });
});

describe('auth types', () => {
  const everything = `user_id: u, username: un, user_domain_id: ud, password: ${SECRETS.password}, token: ${SECRETS.token}, passcode: '${SECRETS.passcode}', application_credential_id: ac, application_credential_secret: ${SECRETS.applicationCredentialSecret}, project_id: p`;

  it.each([
    ['password', { methods: ['password'], userId: 'u', username: 'un', userDomainId: 'ud', password: SECRETS.password, projectId: 'p' }],
    ['v3password', { methods: ['password'], userId: 'u', username: 'un', userDomainId: 'ud', password: SECRETS.password, projectId: 'p' }],
    ['token', { methods: ['token'], token: SECRETS.token, projectId: 'p' }],
    ['v3token', { methods: ['token'], token: SECRETS.token, projectId: 'p' }],
    ['v3totp', { methods: ['totp'], userId: 'u', username: 'un', userDomainId: 'ud', passcode: SECRETS.passcode, projectId: 'p' }],
    [
      'v3applicationcredential',
      { methods: ['application_credential'], userId: 'u', username: 'un', userDomainId: 'ud', applicationCredentialId: 'ac', applicationCredentialSecret: SECRETS.applicationCredentialSecret },
    ],
  ])('maps auth_type %s to core auth options with only its own fields', async (authType, expected) => {
    const config = await load(cloud(everything, `    auth_type: ${authType}\n`));
    expect(config.authType).toBe(authType);
    expect(config.auth).toEqual({ authUrl: 'https://keystone.test/v3', ...expected });
  });

  it('maps v3multifactor with auth_methods as a list', async () => {
    const config = await load(cloud(`${everything}, auth_methods: [v3password, v3totp]`, '    auth_type: v3multifactor\n'));
    expect(config.auth.methods).toEqual(['password', 'totp']);
    expect(config.auth).toMatchObject({ userId: 'u', password: SECRETS.password, passcode: SECRETS.passcode, projectId: 'p' });
  });

  it('rejects v3multifactor without auth_methods, or with an unknown one', async () => {
    expect((await loadError(cloud('user_id: u', '    auth_type: v3multifactor\n'))).message).toMatch(/auth_type v3multifactor needs auth_methods/);
    expect((await loadError(cloud('user_id: u', '    auth_type: v3multifactor\n    auth_methods: v3password,v3oidc\n'))).message).toMatch(
      /auth_methods may hold only v3password, v3token, v3totp and v3applicationcredential$/,
    );
  });

  it('accepts the legacy auth_plugin key', async () => {
    expect((await load(cloud('token: t', '    auth_plugin: v3token\n'))).authType).toBe('v3token');
  });

  it('leaves the methods to core when no auth_type is set', async () => {
    const config = await load(cloud(`user_id: u, password: p, passcode: '123456'`));
    expect(config.authType).toBeUndefined();
    expect(config.auth).toEqual({ authUrl: 'https://keystone.test/v3', userId: 'u', password: 'p', passcode: '123456' });
  });

  it('rejects an unknown auth_type, listing the supported ones', async () => {
    const error = await loadError(cloud('token: t', '    auth_type: v3oidcpassword\n'));
    expect(error.cloud).toBe('c');
    expect(error.message).toMatch(
      /^Cloud "c" in .*clouds\.yaml: auth_type v3oidcpassword is not supported \(supported: password, v3password, token, v3token, v3applicationcredential, v3totp, v3multifactor\)$/,
    );
  });

  it('explains that Keystone v2 auth types are gone', async () => {
    expect((await loadError(cloud('token: t', '    auth_type: v2password\n'))).message).toMatch(/auth_type v2password is Keystone v2, which was removed upstream in 2018: use v3password$/);
  });

  it('accepts system_scope all only', async () => {
    expect((await load(cloud('user_id: u, password: p, system_scope: all'))).auth.system).toBe('all');
    expect((await loadError(cloud('user_id: u, password: p, system_scope: everything'))).message).toMatch(/system_scope must be all$/);
  });

  it('fills user and project domains from default_domain and its variants', async () => {
    const byId = await load(cloud('username: u, password: p, project_name: x', '    default_domain: default\n'));
    expect(byId.auth).toMatchObject({ userDomainId: 'default', projectDomainId: 'default' });
    const byName = await load(cloud('username: u, password: p, project_name: x, default_domain_name: Default, user_domain_id: mine'));
    expect(byName.auth).toMatchObject({ userDomainId: 'mine', projectDomainName: 'Default' });
    expect(byName.auth.userDomainName).toBeUndefined();
  });
});

describe('auth_url', () => {
  it('is required', async () => {
    const error = await loadError(`clouds:\n  c:\n    auth: { username: u, password: ${SECRETS.password} }\n`);
    expect(error.message).toMatch(/^Cloud "c" in .*clouds\.yaml: it has no auth_url \(set auth\.auth_url, or OS_AUTH_URL\)$/);
    expect(error.file).toMatch(/clouds\.yaml$/);
  });

  it('must be an http(s) URL, and credentials in it are never shown', async () => {
    expect((await loadError(`clouds:\n  c:\n    auth: { auth_url: 'ftp://k.test/v3', token: t }\n`)).message).toMatch(/auth_url ftp:\/\/k\.test\/v3 is not an http\(s\) URL$/);
    const error = await loadError(`clouds:\n  c:\n    auth: { auth_url: 'gopher://admin:${SECRETS.password}@k.test/', token: t }\n`);
    expect(error.message).toMatch(/is not an http\(s\) URL$/);
    expect(secretsIn(error.message)).toEqual([]);
  });

  it('must not be Keystone v2.0', async () => {
    expect((await loadError(`clouds:\n  c:\n    auth: { auth_url: 'https://k.test/v2.0', token: t }\n`)).message).toMatch(/Keystone v2\.0 is not supported/);
  });
});

describe('service settings', () => {
  it('pins microversions only for X.Y values that are microversions', async () => {
    const config = await load(
      cloud(
        'token: t',
        `    compute_api_version: 2
    identity_api_version: 3
    image_api_version: 2.0
    network_api_version: '2.0'
    block_storage_api_version: 3.0
    placement_api_version: 1.39
    baremetal_api_version: 1.0
    shared_file_system_api_version: 2.0
    container_infra_api_version: 1.10
`,
      ),
    );
    expect(config.microversions).toEqual({ 'block-storage': '3.0', placement: '1.39', 'shared-file-system': '2.0', 'container-infrastructure-management': '1.10' });
    expect(config.apiVersions).toEqual({
      compute: '2',
      identity: '3',
      image: '2.0',
      network: '2.0',
      'block-storage': '3.0',
      placement: '1.39',
      baremetal: '1.0',
      'shared-file-system': '2.0',
      'container-infrastructure-management': '1.10',
    });
  });

  it('keys settings by official service type, the official spelling winning over aliases', async () => {
    const config = await load(
      cloud(
        'token: t',
        `    volume_endpoint_override: https://old.test/
    block_storage_endpoint_override: https://new.test/
    volumev3_api_version: 3.10
    volume_api_version: 3.5
    load_balancer_endpoint_override: https://octavia.test/
`,
      ),
    );
    expect(config.endpointOverrides).toEqual({ 'block-storage': 'https://new.test/', 'load-balancer': 'https://octavia.test/' });
    expect(config.microversions).toEqual({ 'block-storage': '3.10' });
  });

  it('reads <service>_default_microversion and refuses one that disagrees with the api_version', async () => {
    expect((await load(cloud('token: t', '    compute_api_version: 2\n    compute_default_microversion: 2.53\n'))).microversions).toEqual({ compute: '2.53' });
    expect((await load(cloud('token: t', '    compute_default_microversion: latest\n'))).microversions).toEqual({ compute: 'latest' });
    expect((await loadError(cloud('token: t', '    compute_api_version: 2.79\n    compute_default_microversion: 2.53\n'))).message).toMatch(
      /the compute api_version 2\.79 looks like a microversion but compute_default_microversion is 2\.53: set only one$/,
    );
    expect((await loadError(cloud('token: t', '    compute_default_microversion: two\n'))).message).toMatch(/compute_default_microversion must be a microversion such as 2\.79, or latest$/);
  });

  it('reads interface, the legacy endpoint_type, and rejects other values', async () => {
    expect((await load(cloud('token: t', '    endpoint_type: adminURL\n'))).interface).toBe('admin');
    expect((await loadError(cloud('token: t', '    interface: private\n'))).message).toMatch(/interface "private" is not public, internal or admin$/);
  });

  it('rejects a setting that should be a single value', async () => {
    expect((await loadError(`clouds:\n  c:\n    auth: { auth_url: 'https://k.test/v3', password: { nested: ${SECRETS.password} } }\n`)).message).toMatch(
      /password must be a single value, not a mapping$/,
    );
  });

  it('reads api_timeout in seconds', async () => {
    expect((await load(cloud('token: t', '    api_timeout: 2.5\n'))).timeoutMs).toBe(2500);
    expect((await loadError(cloud('token: t', '    api_timeout: soon\n'))).message).toMatch(/api_timeout must be a number of seconds$/);
  });
});

describe('TLS settings', () => {
  it('reads cacert, cert and key, expanding ~ and relative paths', async () => {
    const config = await load(cloud('token: t', '    cacert: certs/ca.pem\n    cert: ~/client.pem\n    key: /etc/client.key\n'));
    expect(config.tls).toEqual({ verify: true, cacert: `${sandbox.cwd}/certs/ca.pem`, cert: `${sandbox.home}/client.pem`, key: '/etc/client.key' });
  });

  it('reads verify: false, and insecure: true, which wins over verify', async () => {
    expect((await load(cloud('token: t', '    verify: false\n'))).tls).toEqual({ verify: false });
    expect((await load(cloud('token: t', '    verify: no\n'))).tls).toEqual({ verify: false });
    expect((await load(cloud('token: t', '    verify: true\n    insecure: true\n'))).tls).toEqual({ verify: false });
    expect((await loadError(cloud('token: t', '    insecure: maybe\n'))).message).toMatch(/insecure must be true or false$/);
  });

  it('reads a path in verify as the CA bundle, as requests does', async () => {
    expect((await load(cloud('token: t', '    verify: /etc/ssl/ca.pem\n'))).tls).toEqual({ verify: true, cacert: '/etc/ssl/ca.pem' });
  });
});

describe('secrets', () => {
  const secretCloud = `clouds:
  c:
    auth:
      auth_url: https://keystone.test/v3
      user_id: u
      password: ${SECRETS.password}
      token: ${SECRETS.token}
      passcode: '${SECRETS.passcode}'
      application_credential_id: ac
      application_credential_secret: ${SECRETS.applicationCredentialSecret}
    auth_type: v3multifactor
    auth_methods: [v3password, v3token, v3totp, v3applicationcredential]
`;

  it('never appear in JSON.stringify, String or util.inspect of a config', async () => {
    const config = await load(secretCloud);
    expect(config.auth).toMatchObject({ password: SECRETS.password, token: SECRETS.token, passcode: SECRETS.passcode });
    const json = JSON.stringify(config);
    expect(secretsIn(json)).toEqual([]);
    expect(JSON.parse(json)).toMatchObject({ auth: { password: '***', token: '***', passcode: '***', applicationCredentialSecret: '***' } });
    expect(secretsIn(String(config))).toEqual([]);
    expect(secretsIn(inspect(config, { depth: 10 }))).toEqual([]);
    expect(inspect(config)).toMatch(/^CloudConfig\(\{"name":"c"/);
  });

  it('are not copied by spreading or listing the config', async () => {
    const config = await load(secretCloud);
    expect(Object.keys(config)).not.toContain('auth');
    expect(secretsIn(JSON.stringify(Object.assign({}, config)))).toEqual([]);
    expect(Object.isFrozen(config.auth)).toBe(true);
  });

  it('redact a passcode function as well', () => {
    const config = new CloudConfig({ name: 'x', source: 'file', auth: { authUrl: 'https://k.test/v3', userId: 'u', passcode: () => SECRETS.passcode } });
    expect(config.toJSON().auth).toEqual({ authUrl: 'https://k.test/v3', userId: 'u', passcode: '***' });
  });

  it.each([
    ['a syntax error on the password line', `clouds:\n  c:\n    auth:\n      password: ${SECRETS.password}\n     token: x\n`],
    ['a syntax error right after a token', `clouds:\n  c:\n    auth: { token: ${SECRETS.token}, ]\n`],
    ['a bad escape in a quoted secret', `clouds:\n  c:\n    auth:\n      application_credential_secret: "${SECRETS.applicationCredentialSecret}\\q"\n`],
    ['a missing auth_url', secretCloud.replace('auth_url: https://keystone.test/v3', 'region: x')],
    ['an unknown auth_type', `${secretCloud}    auth_type: saml\n`],
    ['an unknown region', `${secretCloud}    regions: [a]\n    region_name: b\n`],
    ['a password that is a list', `clouds:\n  c:\n    auth:\n      auth_url: https://k.test/v3\n      password: [${SECRETS.password}]\n`],
  ])('never appear in the error for %s', async (_what, yaml) => {
    const error = await loadError(yaml);
    expect(secretsIn(error.message)).toEqual([]);
    expect(secretsIn(inspect(error, { depth: 10 }))).toEqual([]);
    expect(secretsIn(JSON.stringify(error))).toEqual([]);
  });

  it('never appear in the error for an unknown cloud', async () => {
    await sandbox.write('work/clouds.yaml', secretCloud);
    const error = await configErrorOf(loadCloudConfig('other', sandbox.options()));
    expect(error.message).toMatch(/^Cloud "other" is not defined\. Clouds defined: c\./);
    expect(secretsIn(inspect(error))).toEqual([]);
  });
});
