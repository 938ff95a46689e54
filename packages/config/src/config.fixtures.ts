/**
 * Temporary directories standing in for the current directory, the home directory and
 * /etc/openstack, so that no test reads the real ones.
 */
import { rejectionOf } from '@openstack-ts/core/testing';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { isConfigError, type ConfigError } from '@openstack-ts/core';
import type { LoaderOptions } from './files.js';

/** A throwaway file tree. */
export interface Sandbox {
  root: string;
  /** Stands for the current directory. */
  cwd: string;
  /** Stands for the home directory. */
  home: string;
  /** `~/.config/openstack` inside the sandbox. */
  userDir: string;
  /** Stands for /etc/openstack. */
  siteDir: string;
  /** Writes a file (creating its directories) and returns its absolute path. */
  write(path: string, text: string): Promise<string>;
  /** Loader options searching only the sandbox: cwd, then ~/.config/openstack, then the site directory. */
  options(env?: Record<string, string>): Required<Pick<LoaderOptions, 'env' | 'cwd' | 'homeDir' | 'configDirs'>>;
  remove(): Promise<void>;
}

/** Creates a {@link Sandbox} under the system's temporary directory. */
export async function createSandbox(): Promise<Sandbox> {
  const root = await mkdtemp(join(tmpdir(), 'openstack-ts-config-'));
  const cwd = join(root, 'work');
  const home = join(root, 'home');
  const userDir = join(home, '.config', 'openstack');
  const siteDir = join(root, 'etc', 'openstack');
  await mkdir(cwd, { recursive: true });
  await mkdir(userDir, { recursive: true });
  return {
    root,
    cwd,
    home,
    userDir,
    siteDir,
    async write(path, text) {
      const full = join(root, path);
      await mkdir(dirname(full), { recursive: true });
      await writeFile(full, text);
      return full;
    },
    options(env = {}) {
      return { env, cwd, homeDir: home, configDirs: [cwd, userDir, siteDir] };
    },
    remove: async () => rm(root, { recursive: true, force: true }),
  };
}

/** Values that must never appear in an error message or a serialised config. */
export const SECRETS = {
  password: 'pw-Zq8!never-print',
  token: 'tok-Zq8-never-print',
  applicationCredentialSecret: 'acs-Zq8-never-print',
  passcode: '918273',
} as const;

/** The {@link SECRETS} that appear in the text; tests expect none. */
export function secretsIn(text: string): string[] {
  return Object.values(SECRETS).filter((secret) => text.includes(secret));
}

/** The ConfigError the promise rejects with; anything else fails the test. */
export async function configErrorOf(promise: Promise<unknown>): Promise<ConfigError> {
  const error = await rejectionOf(promise);
  if (isConfigError(error)) return error;
  throw error;
}
