/**
 * Which cloud the acceptance tests run against: the one `OS_CLOUD` names (with `OS_CLOUD_ADMIN`
 * for admin-only tests), else the local cloud from tooling/cloud (clouds `local-demo` and
 * `local-admin` in its clouds.yaml).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** The prefix of every resource an acceptance test creates; the leftover check looks for it. */
export const PREFIX = 'osts-acc-';

/** Where tooling/cloud keeps its state (and its clouds.yaml). */
export function localStateDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.OS_STATE_DIR ?? '/var/tmp/openstack-ts';
}

/** The member and admin clouds the tests use, and where they come from. */
export interface AcceptanceClouds {
  member: string;
  /** `undefined` when an explicit `OS_CLOUD` was given without `OS_CLOUD_ADMIN`: admin tests skip. */
  admin: string | undefined;
  /** A description for logs: which clouds.yaml or environment. */
  source: string;
  /** Environment variables to set for the tests (the local clouds.yaml path). */
  env: Record<string, string>;
}

/** Resolves the clouds, or explains what is missing. */
export function resolveClouds(env: NodeJS.ProcessEnv = process.env): AcceptanceClouds {
  const named = env.OS_CLOUD;
  if (named !== undefined && named !== '') {
    return {
      member: named,
      admin: env.OS_CLOUD_ADMIN === undefined || env.OS_CLOUD_ADMIN === '' ? undefined : env.OS_CLOUD_ADMIN,
      source: `OS_CLOUD=${named}${env.OS_CLIENT_CONFIG_FILE === undefined ? '' : ` from ${env.OS_CLIENT_CONFIG_FILE}`}`,
      env: {},
    };
  }
  const file = env.OS_CLIENT_CONFIG_FILE ?? join(localStateDir(env), 'clouds.yaml');
  if (!existsSync(file)) {
    throw new Error(`No cloud for the acceptance tests: set OS_CLOUD, or start the local cloud with \`pnpm cloud:up\` (no ${file})`);
  }
  return { member: 'local-demo', admin: 'local-admin', source: `the local cloud (${file})`, env: { OS_CLIENT_CONFIG_FILE: file } };
}
