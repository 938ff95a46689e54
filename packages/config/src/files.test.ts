import { inspect } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { isConfigError } from '@openstack-ts/core';
import { configErrorOf, createSandbox, SECRETS, secretsIn, type Sandbox } from './config.fixtures.js';
import { loadCloudConfig } from './cloud.js';
import { configFileCandidates, defaultConfigDirs, findConfigFile, parseConfigText } from './files.js';

const cloudYaml = (name: string, authUrl = 'https://keystone.example.test/v3'): string => `clouds:
  ${name}:
    auth:
      auth_url: ${authUrl}
      username: demo
      password: ${SECRETS.password}
      user_domain_name: Default
      project_name: demo
      project_domain_name: Default
`;

let sandbox: Sandbox;
beforeEach(async () => {
  sandbox = await createSandbox();
});
afterEach(async () => {
  await sandbox.remove();
});

describe('defaultConfigDirs', () => {
  it('lists openstacksdk search directories in order on Linux', () => {
    const dirs = defaultConfigDirs({ env: {}, cwd: '/work', homeDir: '/home/u' }, 'linux');
    expect(dirs).toEqual(['/work', '/home/u/.config/openstack', '/etc/xdg/openstack', '/etc/openstack']);
  });

  it('honours XDG_CONFIG_HOME, XDG_CONFIG_DIRS and SNAP_REAL_HOME', () => {
    const env = { XDG_CONFIG_HOME: '/xdg/home', XDG_CONFIG_DIRS: '/xdg/a:/xdg/b', SNAP_REAL_HOME: '/home/real' };
    const dirs = defaultConfigDirs({ env, cwd: '/work', homeDir: '/home/snap' }, 'linux');
    expect(dirs).toEqual([
      '/work',
      '/xdg/home/openstack',
      '/home/real/.config/openstack',
      '/xdg/a/openstack',
      '/xdg/b/openstack',
      '/etc/openstack',
    ]);
  });

  it('adds the platform directories on macOS', () => {
    const dirs = defaultConfigDirs({ env: {}, cwd: '/work', homeDir: '/Users/u' }, 'darwin');
    expect(dirs).toEqual([
      '/work',
      '/Users/u/Library/Application Support/openstack',
      '/Users/u/.config/openstack',
      '/Library/Application Support/openstack',
      '/etc/openstack',
    ]);
  });
});

describe('configFileCandidates', () => {
  it('tries .yaml, .yml then .json in each directory, after the file OS_CLIENT_CONFIG_FILE names', () => {
    const { explicit, candidates } = configFileCandidates('clouds', {
      env: { OS_CLIENT_CONFIG_FILE: 'mine.yaml' },
      cwd: '/work',
      configDirs: ['/work', '/etc/openstack'],
    });
    expect(explicit).toBe('/work/mine.yaml');
    expect(candidates).toEqual([
      '/work/mine.yaml',
      '/work/clouds.yaml',
      '/work/clouds.yml',
      '/work/clouds.json',
      '/etc/openstack/clouds.yaml',
      '/etc/openstack/clouds.yml',
      '/etc/openstack/clouds.json',
    ]);
  });

  it('reads OS_CLIENT_SECURE_FILE for secure.yaml and no variable for clouds-public.yaml', () => {
    const env = { OS_CLIENT_SECURE_FILE: '/s/secure.yaml', OS_CLIENT_CONFIG_FILE: '/c/clouds.yaml', OS_CLIENT_VENDOR_FILE: '/v/x.yaml' };
    expect(configFileCandidates('secure', { env, configDirs: ['/d'] }).candidates).toEqual(['/s/secure.yaml', '/d/secure.yaml', '/d/secure.yml', '/d/secure.json']);
    expect(configFileCandidates('clouds-public', { env, configDirs: ['/d'] })).toEqual({
      explicit: undefined,
      candidates: ['/d/clouds-public.yaml', '/d/clouds-public.yml', '/d/clouds-public.json'],
    });
  });
});

describe('finding clouds.yaml', () => {
  it('prefers the current directory over ~/.config/openstack over /etc/openstack', async () => {
    await sandbox.write('etc/openstack/clouds.yaml', cloudYaml('site'));
    await sandbox.write('home/.config/openstack/clouds.yaml', cloudYaml('user'));
    expect((await loadCloudConfig(undefined, sandbox.options())).name).toBe('user');
    const local = await sandbox.write('work/clouds.yaml', cloudYaml('local'));
    const config = await loadCloudConfig(undefined, sandbox.options());
    expect(config.name).toBe('local');
    expect(config.files).toEqual({ clouds: local });
  });

  it('reads clouds.yml, and prefers clouds.yaml in the same directory', async () => {
    await sandbox.write('home/.config/openstack/clouds.yml', cloudYaml('yml'));
    expect((await loadCloudConfig(undefined, sandbox.options())).name).toBe('yml');
    await sandbox.write('home/.config/openstack/clouds.yaml', cloudYaml('yaml'));
    expect((await loadCloudConfig(undefined, sandbox.options())).name).toBe('yaml');
  });

  it('reads clouds.json', async () => {
    await sandbox.write('work/clouds.json', JSON.stringify({ clouds: { json: { auth: { auth_url: 'https://k.test/v3', token: SECRETS.token } } } }, null, '\t'));
    const config = await loadCloudConfig(undefined, sandbox.options());
    expect(config.name).toBe('json');
    expect(config.auth.token).toBe(SECRETS.token);
  });

  it('reads the file OS_CLIENT_CONFIG_FILE names before any other', async () => {
    await sandbox.write('work/clouds.yaml', cloudYaml('local'));
    const named = await sandbox.write('elsewhere/my-clouds.yaml', cloudYaml('named'));
    const config = await loadCloudConfig(undefined, sandbox.options({ OS_CLIENT_CONFIG_FILE: named }));
    expect(config.name).toBe('named');
    expect(config.files.clouds).toBe(named);
  });

  it('fails when the file OS_CLIENT_CONFIG_FILE names does not exist', async () => {
    await sandbox.write('work/clouds.yaml', cloudYaml('local'));
    const missing = `${sandbox.root}/missing.yaml`;
    const error = await configErrorOf(loadCloudConfig(undefined, sandbox.options({ OS_CLIENT_CONFIG_FILE: missing })));
    expect(error.file).toBe(missing);
    expect(error.message).toBe(`OS_CLIENT_CONFIG_FILE names ${missing}, which does not exist`);
  });

  it('fails when the file OS_CLIENT_SECURE_FILE names does not exist', async () => {
    await sandbox.write('work/clouds.yaml', cloudYaml('local'));
    const error = await configErrorOf(loadCloudConfig('local', sandbox.options({ OS_CLIENT_SECURE_FILE: `${sandbox.root}/nope.yaml` })));
    expect(error.message).toMatch(/^OS_CLIENT_SECURE_FILE names .*nope\.yaml, which does not exist$/);
  });

  it('passes over a directory that has the name of a config file', async () => {
    await sandbox.write('work/clouds.yaml/placeholder', '');
    await sandbox.write('home/.config/openstack/clouds.yaml', cloudYaml('user'));
    expect((await loadCloudConfig(undefined, sandbox.options())).name).toBe('user');
  });

  it('reports every path it searched when no file exists', async () => {
    const { file, searched } = await findConfigFile('clouds', sandbox.options());
    expect(file).toBeUndefined();
    expect(searched).toEqual(configFileCandidates('clouds', sandbox.options()).candidates);
    expect(searched).toHaveLength(9);
  });
});

describe('parsing', () => {
  it('reports a syntax error on the password line with file, line and column, never the text', async () => {
    const path = await sandbox.write(
      'work/clouds.yaml',
      `clouds:
  broken:
    auth:
      auth_url: https://keystone.example.test/v3
      username: demo
      password: ${SECRETS.password}
     project_name: demo
`,
    );
    const error = await configErrorOf(loadCloudConfig('broken', sandbox.options()));
    expect(error.file).toBe(path);
    expect(error.message).toMatch(new RegExp(`^${path}:7:\\d+: malformed YAML: .+ \\([A-Z_]+\\)$`));
    expect(secretsIn(error.message)).toEqual([]);
    expect(secretsIn(String(error))).toEqual([]);
    expect(secretsIn(inspect(error))).toEqual([]);
    expect(secretsIn(error.stack ?? '')).toEqual([]);
    expect(error.cause).toBeUndefined();
  });

  it('does not quote an invalid escape sequence inside a quoted password', () => {
    const text = 'clouds:\n  c:\n    auth:\n      password: "ab\\qcd-Zq8"\n';
    let message = '';
    try {
      parseConfigText(text, '/x/clouds.yaml');
    } catch (error) {
      message = isConfigError(error) ? error.message : 'not a ConfigError';
    }
    expect(message).toBe('/x/clouds.yaml:4:20: malformed YAML: an invalid escape sequence in a double-quoted string (BAD_DQ_ESCAPE)');
    expect(message).not.toContain('\\q');
  });

  it('reports an unclosed quote', () => {
    expect(() => parseConfigText('clouds:\n  c:\n    password: "unterminated\n', '/x/clouds.yaml')).toThrow(
      /^\/x\/clouds\.yaml:\d+:\d+: malformed YAML: a missing closing quote or bracket \(MISSING_CHAR\)$/,
    );
  });

  it('rejects a file whose top level is not a mapping', () => {
    expect(() => parseConfigText('- a\n- b\n', '/x/clouds.yaml')).toThrow('/x/clouds.yaml is not a YAML mapping');
  });

  it('reads an empty file as no clouds', () => {
    expect(parseConfigText('', '/x/clouds.yaml')).toEqual({});
    expect(parseConfigText('# only a comment\n', '/x/clouds.yaml')).toEqual({});
  });

  it('keeps numbers and booleans as written, so 2.10 stays 2.10', () => {
    const data = parseConfigText('a: 2.10\nb: 3\nc: false\nd: yes\ne: ~\nf: 0777\n', '/x/clouds.yaml');
    expect(data).toEqual({ a: '2.10', b: '3', c: 'false', d: 'yes', e: null, f: '0777' });
  });

  it('resolves anchors and << merge keys, as PyYAML does', () => {
    const data = parseConfigText('base: &base\n  auth_url: https://k.test/v3\nclouds:\n  c:\n    auth:\n      <<: *base\n      username: u\n', '/x');
    expect(data.clouds).toEqual({ c: { auth: { auth_url: 'https://k.test/v3', username: 'u' } } });
  });

  it('accepts duplicate keys with the last one winning, as PyYAML does', () => {
    expect(parseConfigText('a: 1\na: 2\n', '/x')).toEqual({ a: '2' });
  });

  it('keeps a key named __proto__ as a plain key', () => {
    const data = parseConfigText('__proto__:\n  polluted: yes\n', '/x');
    expect(Object.keys(data)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
