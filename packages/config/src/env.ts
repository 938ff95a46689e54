/**
 * `OS_*` environment variables as a cloud entry, the way openstacksdk reads them: every variable
 * becomes the clouds.yaml key of the same name, lower-cased without `OS_`, and then goes through
 * the same resolution as a cloud from a file.
 */
import type { ConfigTree } from './tree.js';

/** The name of the cloud built from the environment, unless `OS_CLOUD_NAME` gives another (openstacksdk's). */
export const ENV_CLOUD_NAME = 'envvars';

/** Variables that choose a cloud or a file rather than describe one. */
const SELECTORS = new Set(['OS_CLOUD', 'OS_CLOUD_NAME', 'OS_CLIENT_CONFIG_FILE', 'OS_CLIENT_SECURE_FILE']);

/** Variables oslotest and OpenStack CI set, which openstacksdk ignores. */
const IGNORED_PREFIXES = ['OS_TEST', 'OS_STD', 'OS_LOG'];

/**
 * Builds a cloud entry from the `OS_*` variables, or returns `undefined` when none describes a
 * cloud (`OS_REGION_NAME` alone does not). Empty variables count as unset, as in Gophercloud.
 *
 * Each variable maps to the key of the same name: `OS_AUTH_URL` → `auth_url`, `OS_PASSWORD` →
 * `password`, `OS_COMPUTE_API_VERSION` → `compute_api_version`, `OS_VOLUME_ENDPOINT_OVERRIDE` →
 * `volume_endpoint_override`, and so on. The resolver then accepts the historical spellings of
 * both tools: `OS_USERID` (Gophercloud) and `OS_USER_ID`, `OS_TENANT_ID`/`OS_TENANT_NAME`,
 * `OS_AUTH_TOKEN`, `OS_ENDPOINT_TYPE`, `OS_DEFAULT_DOMAIN`. `OS_CLOUD`, `OS_CLOUD_NAME` and the
 * `OS_CLIENT_*_FILE` variables choose what to load and are not part of the entry.
 */
export function cloudFromEnv(env: Readonly<Record<string, string | undefined>>): ConfigTree | undefined {
  const entry: ConfigTree = {};
  let describesCloud = false;
  for (const [name, value] of Object.entries(env)) {
    if (!name.startsWith('OS_') || value === undefined || value === '') continue;
    if (SELECTORS.has(name) || IGNORED_PREFIXES.some((prefix) => name.startsWith(prefix))) continue;
    Object.defineProperty(entry, name.slice(3).toLowerCase(), { value, enumerable: true, writable: true, configurable: true });
    if (name !== 'OS_REGION_NAME') describesCloud = true;
  }
  return describesCloud ? entry : undefined;
}
