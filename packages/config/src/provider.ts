/**
 * From a cloud name (or the environment) to a ready, authenticated ProviderClient.
 */
import {
  ConfigError,
  createProviderClient,
  isInvalidInputError,
  type AuthOptions,
  type ProviderClient,
  type ProviderClientOptions,
} from '@openstack-ts/core';
import { loadCloudConfig, type LoadCloudOptions } from './cloud.js';
import type { CloudConfig } from './cloud-config.js';
import { tlsOptionsFromSettings } from './tls.js';

/**
 * Turns a {@link CloudConfig} into options for core's `createProviderClient`: auth, region,
 * interface, endpoint overrides, microversions, timeout, and the TLS settings (`tls`, with the
 * certificate files read now) that core's Node transport applies.
 */
export function providerOptionsFromConfig(config: CloudConfig): ProviderClientOptions & { auth: AuthOptions } {
  const options = optionsWithoutFetch(config);
  const tls = tlsOptionsFromSettings(config.tls);
  if (tls !== undefined) options.tls = tls;
  return options;
}

function optionsWithoutFetch(config: CloudConfig): ProviderClientOptions & { auth: AuthOptions } {
  const options: ProviderClientOptions & { auth: AuthOptions } = { auth: { ...config.auth } };
  if (config.regionName !== undefined) options.region = config.regionName;
  if (config.interface !== undefined) options.interface = config.interface;
  if (Object.keys(config.endpointOverrides).length > 0) options.endpointOverrides = { ...config.endpointOverrides };
  if (Object.keys(config.microversions).length > 0) options.microversions = { ...config.microversions };
  if (config.timeoutMs !== undefined) options.timeoutMs = config.timeoutMs;
  return options;
}

/** Options of {@link providerFromCloud}: where to find the cloud, and core options to merge over it. */
export interface ProviderFromCloudOptions extends LoadCloudOptions, Omit<Partial<ProviderClientOptions>, 'auth' | 'authenticator'> {
  /** Authenticate before returning. Default `true`; `false` returns a client that authenticates on first use. */
  authenticate?: boolean | undefined;
  /**
   * Auth fields merged over the cloud's, e.g. a `passcode` function for `v3totp`, which a file
   * cannot hold.
   */
  auth?: Partial<AuthOptions> | undefined;
}

/**
 * Loads a cloud with {@link loadCloudConfig} and returns a ProviderClient for it, authenticated
 * unless `authenticate: false`. Core options given here (hooks, retry, fetch, region, …) win over
 * the cloud's; `endpointOverrides` and `microversions` are merged key by key. Requests go through
 * core's default transport (in Node, `createNodeFetch` with the cloud's TLS settings), unless a
 * `fetch` is given here.
 *
 * Incomplete credentials (no password for the password method, a project name without its domain,
 * two scopes at once) are reported as `ConfigError` (from core) naming the cloud and its file, with
 * core's `InvalidInputError` as the cause.
 */
export async function providerFromCloud(cloud?: string, options: ProviderFromCloudOptions = {}): Promise<ProviderClient> {
  const {
    authenticate = true,
    auth: authOverrides,
    env,
    cwd,
    homeDir,
    configDirs,
    regionName,
    signal,
    endpointOverrides,
    microversions,
    ...core
  } = options;
  const config = await loadCloudConfig(cloud, { env, cwd, homeDir, configDirs, regionName, signal });
  // A fetch given here wins, so no certificate file is read; otherwise core's transport gets the
  // cloud's TLS settings.
  const fromConfig = optionsWithoutFetch(config);
  if (core.fetch === undefined) {
    const tls = tlsOptionsFromSettings(config.tls);
    if (tls !== undefined) fromConfig.tls = tls;
  }
  const merged: ProviderClientOptions = {
    ...fromConfig,
    ...definedOnly(core),
    auth: { ...fromConfig.auth, ...definedOnly(authOverrides ?? {}) },
  };
  if (endpointOverrides !== undefined) merged.endpointOverrides = { ...fromConfig.endpointOverrides, ...endpointOverrides };
  if (microversions !== undefined) merged.microversions = { ...fromConfig.microversions, ...microversions };

  const where = config.files.clouds ?? config.files.secure;
  const explain = (error: unknown): unknown =>
    isInvalidInputError(error)
      ? new ConfigError(`Cloud "${config.name}"${where === undefined ? ' (from OS_* variables)' : ` in ${where}`}: ${error.message}`, { file: where, cloud: config.name }, { cause: error })
      : error;

  let provider: ProviderClient;
  try {
    provider = createProviderClient(merged);
  } catch (error) {
    throw explain(error);
  }
  if (authenticate) {
    try {
      await provider.authenticate({ signal });
    } catch (error) {
      throw explain(error);
    }
  }
  return provider;
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as Partial<T>;
}
