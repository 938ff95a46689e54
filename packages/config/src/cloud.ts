/**
 * Choosing a cloud and resolving it: clouds.yaml with secure.yaml merged over it and its profile
 * from clouds-public.yaml merged under it, or the `OS_*` variables, turned into a
 * {@link CloudConfig} with core's `AuthOptions`. The rules are openstacksdk's unless a comment
 * says otherwise.
 */
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  ConfigError,
  isInvalidInputError,
  redactUrl,
  type AuthMethodName,
  type AuthOptions,
  type EndpointInterface,
} from '@openstack-ts/core';
import { identityV3Url, normalizeInterface, officialServiceType, serviceTypeCandidates } from '@openstack-ts/core/internal';
import { AUTH_TYPES, CloudConfig, type AuthType, type CloudConfigFiles, type TlsSettings } from './cloud-config.js';
import { ENV_CLOUD_NAME, cloudFromEnv } from './env.js';
import { findConfigFile, type ConfigFile, type LoaderOptions } from './files.js';
import { deepMerge, isRecord, normalizeKeys, without, type ConfigTree } from './tree.js';

/** Options of {@link loadCloudConfig}. */
export interface LoadCloudOptions extends LoaderOptions {
  /** The region to use, chosen among the cloud's `regions`; wins over its `region_name`. */
  regionName?: string | undefined;
}

type Fail = (message: string) => ConfigError;

interface SelectedCloud {
  name: string;
  entry: ConfigTree;
  source: 'file' | 'environment';
  files: CloudConfigFiles;
  /** The file named in error messages. */
  file: string | undefined;
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value === '' ? undefined : value;
}

function own(tree: ConfigTree, key: string): unknown {
  return Object.hasOwn(tree, key) ? tree[key] : undefined;
}

function cloudsIn(file: ConfigFile | undefined): ConfigTree {
  if (file === undefined) return {};
  const clouds = own(file.data, 'clouds');
  if (clouds === undefined || clouds === null) return {};
  if (!isRecord(clouds)) throw new ConfigError(`${file.path}: "clouds" must be a mapping of cloud names to settings`, { file: file.path });
  return clouds;
}

/**
 * Picks the cloud to load: the one named (argument, else `OS_CLOUD`); with none named, the cloud
 * the `OS_*` variables describe; else the only cloud of clouds.yaml. Files are read only when
 * needed, so a broken clouds.yaml does not stop a configuration that lives in the environment.
 */
async function selectCloud(cloud: string | undefined, options: LoadCloudOptions, env: Readonly<Record<string, string | undefined>>): Promise<SelectedCloud> {
  const named = nonEmpty(cloud) ?? nonEmpty(env.OS_CLOUD);
  const envName = nonEmpty(env.OS_CLOUD_NAME) ?? ENV_CLOUD_NAME;
  const fromEnv = cloudFromEnv(env);
  if (fromEnv !== undefined && (named === undefined || named === envName)) {
    return { name: envName, entry: fromEnv, source: 'environment', files: {}, file: undefined };
  }

  const clouds = await findConfigFile('clouds', options);
  const secure = await findConfigFile('secure', options);
  const all = deepMerge(cloudsIn(clouds.file), cloudsIn(secure.file));
  const names = Object.keys(all);
  const read = [clouds.file?.path, secure.file?.path].filter((path) => path !== undefined);
  const searched = `Files searched: ${[...clouds.searched, ...secure.searched].join(', ')}.`;
  const readText = read.length === 0 ? 'No clouds.yaml or secure.yaml was found.' : `Read: ${read.join(', ')}.`;
  const file = clouds.file?.path ?? secure.file?.path;

  let name: string;
  if (named !== undefined) {
    if (!Object.hasOwn(all, named)) {
      const defined = names.length === 0 ? 'No cloud is defined.' : `Clouds defined: ${names.join(', ')}.`;
      throw new ConfigError(`Cloud "${named}" is not defined. ${defined} ${readText} ${searched}`, { file, cloud: named });
    }
    name = named;
  } else {
    const [only, ...others] = names;
    if (only === undefined) {
      throw new ConfigError(
        `No cloud to load: OS_CLOUD is not set, no OS_* variable describes a cloud, and no cloud is defined. ${readText} ${searched}`,
        { file },
      );
    }
    if (others.length > 0) {
      throw new ConfigError(`Several clouds are defined (${names.join(', ')}): name one, or set OS_CLOUD. ${readText}`, { file });
    }
    name = only;
  }
  const entry = all[name];
  if (!isRecord(entry)) throw new ConfigError(`Cloud "${name}" in ${file ?? 'clouds.yaml'} is not a mapping of settings`, { file, cloud: name });
  return { name, entry, source: 'file', files: { clouds: clouds.file?.path, secure: secure.file?.path }, file };
}

function stringAt(tree: ConfigTree, key: string, fail: Fail): string | undefined {
  const value = own(tree, key);
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value === '' ? undefined : value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  throw fail(`${key} must be a single value, not a ${Array.isArray(value) ? 'list' : 'mapping'}`);
}

const TRUE_WORDS = new Set(['true', 'yes', 'on', '1']);
const FALSE_WORDS = new Set(['false', 'no', 'off', '0']);

function parseBoolean(text: string): boolean | undefined {
  const word = text.trim().toLowerCase();
  if (TRUE_WORDS.has(word)) return true;
  if (FALSE_WORDS.has(word)) return false;
  return undefined;
}

function booleanAt(tree: ConfigTree, key: string, fail: Fail): boolean | undefined {
  const text = stringAt(tree, key, fail);
  if (text === undefined) return undefined;
  const value = parseBoolean(text);
  if (value === undefined) throw fail(`${key} must be true or false`);
  return value;
}

interface Region {
  name: string;
  values: ConfigTree;
}

/** Reads `regions`: names, or `{ name, values }` mappings whose values apply in that region. */
function readRegions(value: unknown, fail: Fail): Region[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw fail('regions must be a list');
  return value.map((item: unknown): Region => {
    if (typeof item === 'string' && item !== '') return { name: item, values: {} };
    if (isRecord(item)) {
      const name = own(item, 'name');
      const values = own(item, 'values') ?? {};
      const extra = Object.keys(item).filter((key) => key !== 'name' && key !== 'values');
      if (typeof name === 'string' && name !== '' && isRecord(values) && extra.length === 0) return { name, values };
    }
    throw fail('each entry of regions must be a region name or a mapping of name and values');
  });
}

const METHODS = new Map<string, AuthMethodName>([
  ['password', 'password'],
  ['v3password', 'password'],
  ['token', 'token'],
  ['v3token', 'token'],
  ['totp', 'totp'],
  ['v3totp', 'totp'],
  ['application_credential', 'application_credential'],
  ['v3applicationcredential', 'application_credential'],
]);

/** `auth_methods` of `v3multifactor`: a list or a comma-separated string of plugin names. */
function multifactorMethods(value: unknown, fail: Fail): AuthMethodName[] {
  const list: unknown[] = typeof value === 'string' ? value.split(',') : Array.isArray(value) ? value : [];
  if (list.length === 0) throw fail('auth_type v3multifactor needs auth_methods, e.g. [v3password, v3totp]');
  const methods = list.map((item) => {
    const method = typeof item === 'string' ? METHODS.get(item.trim()) : undefined;
    if (method === undefined) throw fail('auth_methods may hold only v3password, v3token, v3totp and v3applicationcredential');
    return method;
  });
  return [...new Set(methods)];
}

/**
 * Services whose microversions start at `X.0`, so that `X.0` is itself a pin. Elsewhere a `.0`
 * is only a major version (Neutron's "2.0", Nova's "2.0" which its v2.1 API rejects as a microversion).
 */
const MICROVERSION_BASE = new Map<string, number>([
  ['block-storage', 3],
  ['placement', 1],
  ['shared-file-system', 2],
  ['clustering', 1],
  ['resource-optimization', 1],
  ['accelerator', 2],
]);

const MICROVERSION = /^(\d+)\.(\d+)$/;

/** The microversion an `<service>_api_version` pins, if any (openstacksdk's "implied microversion"). */
function impliedMicroversion(type: string, version: string): string | undefined {
  const match = MICROVERSION.exec(version);
  if (match === null) return undefined;
  const major = Number(match[1]);
  const minor = Number(match[2]);
  return minor > 0 || MICROVERSION_BASE.get(type) === major ? version : undefined;
}

interface ServiceSettings {
  endpointOverrides: Record<string, string>;
  apiVersions: Record<string, string>;
  microversions: Record<string, string>;
}

const SERVICE_KEY = /^(.+)_(endpoint_override|api_version|default_microversion)$/;

/**
 * Reads `<service>_endpoint_override`, `<service>_api_version` and `<service>_default_microversion`,
 * keyed by the official service type (`volume_…` and `block_storage_…` both become `block-storage`).
 * When several spellings of one service are set, the official one wins, then the aliases in the
 * Service Types Authority's order, as openstacksdk looks them up.
 */
function readServiceSettings(entry: ConfigTree, fail: Fail): ServiceSettings {
  const found = new Map<string, { rank: number; value: string; key: string }>();
  for (const key of Object.keys(entry)) {
    const match = SERVICE_KEY.exec(key);
    const prefix = match?.[1];
    const kind = match?.[2];
    if (prefix === undefined || kind === undefined) continue;
    const value = stringAt(entry, key, fail);
    if (value === undefined) continue;
    const given = prefix.replace(/_/g, '-');
    const type = officialServiceType(given);
    const index = serviceTypeCandidates(type).indexOf(given);
    const rank = index === -1 ? Number.MAX_SAFE_INTEGER : index;
    const slot = `${kind} ${type}`;
    const previous = found.get(slot);
    if (previous === undefined || rank < previous.rank) found.set(slot, { rank, value: value.trim(), key });
  }

  const settings: ServiceSettings = { endpointOverrides: {}, apiVersions: {}, microversions: {} };
  const defaults = new Map<string, { value: string; key: string }>();
  for (const [slot, { value, key }] of found) {
    const [kind = '', type = ''] = slot.split(' ');
    if (kind === 'endpoint_override') settings.endpointOverrides[type] = value;
    else if (kind === 'api_version') settings.apiVersions[type] = value;
    else {
      if (value !== 'latest' && !MICROVERSION.test(value)) throw fail(`${key} must be a microversion such as 2.79, or latest`);
      defaults.set(type, { value, key });
    }
  }
  for (const [type, version] of Object.entries(settings.apiVersions)) {
    const implied = impliedMicroversion(type, version);
    const explicit = defaults.get(type);
    if (implied !== undefined && explicit !== undefined && implied !== explicit.value) {
      throw fail(`the ${type} api_version ${version} looks like a microversion but ${explicit.key} is ${explicit.value}: set only one`);
    }
    if (implied !== undefined) settings.microversions[type] = implied;
  }
  for (const [type, { value }] of defaults) settings.microversions[type] = value;
  return settings;
}

/** Replaces `{key}` in an auth_url with the cloud's setting of that name (vendor profiles use `{region_name}`). */
function expandAuthUrl(url: string, entry: ConfigTree, regionName: string | undefined): string {
  return url.replace(/\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (whole, key: string) => {
    if (key === 'region_name' && regionName !== undefined) return regionName;
    const value = own(entry, key);
    return typeof value === 'string' ? value : whole;
  });
}

function expandPath(path: string, cwd: string, home: string): string {
  if (path === '~') return home;
  if (path.startsWith('~/')) return join(home, path.slice(2));
  return resolve(cwd, path);
}

function definedOnly<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T;
}

interface ResolveContext {
  options: LoadCloudOptions;
  cwd: string;
  home: string;
}

/** Turns a selected cloud entry into a {@link CloudConfig}. */
async function resolveCloud(selected: SelectedCloud, context: ResolveContext): Promise<CloudConfig> {
  const { options, cwd, home } = context;
  const origin = selected.file === undefined ? ' (from OS_* variables)' : ` in ${selected.file}`;
  const fail: Fail = (message) => new ConfigError(`Cloud "${selected.name}"${origin}: ${message}`, { file: selected.file, cloud: selected.name });
  let entry = normalizeKeys(selected.entry);
  const files: CloudConfigFiles = { ...selected.files };

  // A profile (or the legacy `cloud` key) supplies defaults from clouds-public.yaml; the cloud's own values win.
  const profile = stringAt(entry, 'profile', fail) ?? stringAt(entry, 'cloud', fail);
  if (profile !== undefined) {
    const found = await findConfigFile('clouds-public', options);
    if (found.file === undefined) {
      throw fail(`its profile "${profile}" needs a clouds-public.yaml, and none was found. Files searched: ${found.searched.join(', ')}.`);
    }
    const profiles = own(found.file.data, 'public-clouds') ?? own(found.file.data, 'public_clouds');
    const base = isRecord(profiles) ? own(profiles, profile) : undefined;
    if (!isRecord(base)) throw fail(`its profile "${profile}" is not defined under public-clouds in ${found.file.path}`);
    entry = deepMerge(normalizeKeys(base), entry);
    files.public = found.file.path;
  }
  entry = without(entry, ['profile', 'cloud']);

  // Regions: region_name (or the caller's choice) picks one of `regions`, else the first is the default.
  const regions = readRegions(own(entry, 'regions'), fail);
  const wanted = nonEmpty(options.regionName) ?? stringAt(entry, 'region_name', fail);
  let regionName = wanted;
  if (regions.length > 0) {
    const chosen = wanted === undefined ? regions[0] : regions.find((region) => region.name === wanted);
    if (chosen === undefined) {
      throw fail(`region "${wanted ?? ''}" is not one of its regions (${regions.map((region) => region.name).join(', ')})`);
    }
    regionName = chosen.name;
    entry = deepMerge(entry, normalizeKeys(chosen.values));
  }

  const authSection = own(entry, 'auth') ?? {};
  if (!isRecord(authSection)) throw fail('auth must be a mapping');
  // The auth section wins; top-level keys are accepted too (that is where OS_* variables land).
  const value = (key: string, ...aliases: string[]): string | undefined => {
    for (const name of [key, ...aliases]) {
      const found = stringAt(authSection, name, fail) ?? stringAt(entry, name, fail);
      if (found !== undefined) return found;
    }
    return undefined;
  };
  const setting = (key: string): string | undefined => stringAt(entry, key, fail);

  const typeText = setting('auth_type') ?? setting('auth_plugin');
  let authType: AuthType | undefined;
  if (typeText !== undefined) {
    if (typeText.startsWith('v2')) throw fail(`auth_type ${typeText} is Keystone v2, which was removed upstream in 2018: use ${typeText.replace(/^v2/, 'v3')}`);
    const known = AUTH_TYPES.find((type) => type === typeText);
    if (known === undefined) throw fail(`auth_type ${typeText} is not supported (supported: ${AUTH_TYPES.join(', ')})`);
    authType = known;
  }

  const authUrlText = value('auth_url');
  if (authUrlText === undefined) throw fail('it has no auth_url (set auth.auth_url, or OS_AUTH_URL)');
  const authUrl = expandAuthUrl(authUrlText, entry, regionName);
  let parsedUrl: URL | undefined;
  try {
    parsedUrl = new URL(authUrl);
  } catch {
    parsedUrl = undefined;
  }
  if (parsedUrl === undefined || (parsedUrl.protocol !== 'http:' && parsedUrl.protocol !== 'https:')) {
    throw fail(`auth_url ${redactUrl(authUrl)} is not an http(s) URL`);
  }
  try {
    identityV3Url(authUrl);
  } catch (error) {
    if (isInvalidInputError(error)) throw fail(error.message);
    throw error;
  }

  const applicationCredentialId = value('application_credential_id');
  const applicationCredentialName = value('application_credential_name');
  const applicationCredentialSecret = value('application_credential_secret');
  // Gophercloud reads application credentials without an auth_type; keystoneauth needs one. Accept both.
  const appCredentialGiven = [applicationCredentialId, applicationCredentialName, applicationCredentialSecret].some((field) => field !== undefined);
  if (authType === undefined && appCredentialGiven) authType = 'v3applicationcredential';

  const projectId = value('project_id', 'tenant_id');
  const projectName = value('project_name', 'tenant_name');
  let userDomainId = value('user_domain_id');
  let userDomainName = value('user_domain_name');
  let projectDomainId = value('project_domain_id');
  let projectDomainName = value('project_domain_name');
  let domainId = value('domain_id');
  let domainName = value('domain_name');
  const applicationCredential = authType === 'v3applicationcredential';
  if (projectId !== undefined || projectName !== undefined || applicationCredential) {
    // openstacksdk: with a project, domain_* is shorthand for the user's and the project's domain.
    // Without one it is domain scope (Gophercloud reads it as the user's domain instead).
    if (userDomainId === undefined && userDomainName === undefined) {
      userDomainId = domainId;
      userDomainName = domainId === undefined ? domainName : undefined;
    }
    if (projectDomainId === undefined && projectDomainName === undefined) {
      projectDomainId = domainId;
      projectDomainName = domainId === undefined ? domainName : undefined;
    }
    domainId = undefined;
    domainName = undefined;
  }
  // default_domain fills the user and project domains left unset (keystoneauth's generic plugins, osc-lib).
  const defaultDomainId = value('default_domain_id', 'default_domain');
  const defaultDomainName = value('default_domain_name');
  if (userDomainId === undefined && userDomainName === undefined) {
    userDomainId = defaultDomainId;
    userDomainName = defaultDomainId === undefined ? defaultDomainName : undefined;
  }
  if (projectDomainId === undefined && projectDomainName === undefined) {
    projectDomainId = defaultDomainId;
    projectDomainName = defaultDomainId === undefined ? defaultDomainName : undefined;
  }

  const systemText = value('system_scope');
  if (systemText !== undefined && systemText.toLowerCase() !== 'all') throw fail('system_scope must be all');

  const user = {
    userId: value('user_id', 'userid'),
    username: value('username', 'user_name'),
    userDomainId,
    userDomainName,
  };
  const scope = {
    projectId,
    projectName,
    projectDomainId,
    projectDomainName,
    domainId,
    domainName,
    system: systemText === undefined ? undefined : ('all' as const),
    trustId: value('trust_id'),
  };
  const password = value('password');
  const token = value('token', 'auth_token');
  const passcode = value('passcode');
  const appCredential = { applicationCredentialId, applicationCredentialName, applicationCredentialSecret };

  // Each auth type takes only its own fields, as keystoneauth's plugin options do.
  let auth: AuthOptions;
  switch (authType) {
    case 'password':
    case 'v3password':
      auth = { authUrl, methods: ['password'], ...user, password, ...scope };
      break;
    case 'token':
    case 'v3token':
      auth = { authUrl, methods: ['token'], token, ...scope };
      break;
    case 'v3applicationcredential':
      // An application credential carries its own scope: project and domain keys are ignored, as Gophercloud does.
      auth = { authUrl, methods: ['application_credential'], ...user, ...appCredential };
      break;
    case 'v3totp':
      auth = { authUrl, methods: ['totp'], ...user, passcode, ...scope };
      break;
    case 'v3multifactor': {
      const methods = multifactorMethods(own(authSection, 'auth_methods') ?? own(entry, 'auth_methods'), fail);
      auth = { authUrl, methods, ...user, password, token, passcode, ...appCredential, ...scope };
      break;
    }
    case undefined:
      auth = { authUrl, ...user, password, token, passcode, ...scope };
      break;
  }

  const interfaceText = setting('interface') ?? setting('endpoint_type');
  let endpointInterface: EndpointInterface | undefined;
  if (interfaceText !== undefined) {
    try {
      endpointInterface = normalizeInterface(interfaceText);
    } catch {
      throw fail(`interface ${JSON.stringify(interfaceText)} is not public, internal or admin`);
    }
  }

  const services = readServiceSettings(entry, fail);

  // TLS, as openstacksdk's get_requests_verify_args: insecure wins; verify may also be a CA bundle path (requests' meaning).
  const insecure = booleanAt(entry, 'insecure', fail);
  const verifyText = setting('verify');
  const verifyFlag = verifyText === undefined ? undefined : parseBoolean(verifyText);
  const cacertText = setting('cacert') ?? (verifyText !== undefined && verifyFlag === undefined ? verifyText : undefined);
  const certText = setting('cert');
  const keyText = setting('key');
  const tls: TlsSettings = definedOnly({
    verify: insecure === true ? false : (verifyFlag ?? true),
    cacert: cacertText === undefined ? undefined : expandPath(cacertText, cwd, home),
    cert: certText === undefined ? undefined : expandPath(certText, cwd, home),
    key: keyText === undefined ? undefined : expandPath(keyText, cwd, home),
  });

  const timeoutText = setting('api_timeout');
  let timeoutMs: number | undefined;
  if (timeoutText !== undefined) {
    const seconds = Number(timeoutText);
    if (!Number.isFinite(seconds) || seconds <= 0) throw fail('api_timeout must be a number of seconds');
    timeoutMs = Math.round(seconds * 1000);
  }

  return new CloudConfig({
    name: selected.name,
    source: selected.source,
    profile,
    authType,
    auth: definedOnly(auth),
    regionName,
    regions: regions.map((region) => region.name),
    interface: endpointInterface,
    endpointOverrides: services.endpointOverrides,
    microversions: services.microversions,
    apiVersions: services.apiVersions,
    tls,
    timeoutMs,
    files: definedOnly(files),
  });
}

/**
 * Loads one cloud's configuration, as openstacksdk's `get_one` does. The cloud is the one named,
 * else `OS_CLOUD`; with none named, the one the `OS_*` variables describe, else the only cloud
 * of clouds.yaml. A named cloud is read from the files alone: `OS_*` variables other than the
 * selectors do not change it (openstacksdk's rule; the OpenStack CLI behaves differently).
 *
 * clouds.yaml, secure.yaml and clouds-public.yaml are each the first found of: the file named by
 * `OS_CLIENT_CONFIG_FILE` / `OS_CLIENT_SECURE_FILE`, then `./`, the user's config directory
 * (`~/.config/openstack/`), the site directories and `/etc/openstack/`, each as `.yaml`, `.yml`
 * or `.json` (see {@link defaultConfigDirs}). secure.yaml is merged over clouds.yaml; a cloud's
 * `profile` is merged under it.
 *
 * Throws `ConfigError` (from core) for a named file that is missing, malformed YAML (with file, line
 * and column, never the text), an unknown cloud (with the clouds defined and the files searched),
 * a missing auth_url, an unsupported auth_type, and other invalid settings. No message ever
 * contains a password, token, secret or passcode.
 */
export async function loadCloudConfig(cloud?: string, options: LoadCloudOptions = {}): Promise<CloudConfig> {
  const env = options.env ?? process.env;
  const cwd = options.cwd ?? process.cwd();
  const home = options.homeDir ?? homedir();
  const loaderOptions: LoadCloudOptions = { ...options, env, cwd, homeDir: home };
  const selected = await selectCloud(cloud, loaderOptions, env);
  return resolveCloud(selected, { options: loaderOptions, cwd, home });
}
