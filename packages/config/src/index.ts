/**
 * Reads clouds.yaml, secure.yaml, clouds-public.yaml and `OS_*` variables the way openstacksdk
 * and Gophercloud do, and returns a ready `@openstack-ts/core` ProviderClient. Node-only.
 *
 * @packageDocumentation
 */
export { loadCloudConfig } from './cloud.js';
export type { LoadCloudOptions } from './cloud.js';
export { AUTH_TYPES, CloudConfig, redactAuthOptions } from './cloud-config.js';
export type { AuthType, CloudConfigFiles, CloudConfigInit, TlsSettings } from './cloud-config.js';
export { ENV_CLOUD_NAME, cloudFromEnv } from './env.js';
export type { ConfigTree } from './tree.js';
export { configFileCandidates, defaultConfigDirs, findConfigFile, parseConfigText } from './files.js';
export type { ConfigFile, ConfigFileKind, LoaderOptions } from './files.js';
export { providerFromCloud, providerOptionsFromConfig } from './provider.js';
export type { ProviderFromCloudOptions } from './provider.js';
export { hasTlsSettings, tlsOptionsFromSettings } from './tls.js';
