/**
 * Finding and parsing clouds.yaml, secure.yaml and clouds-public.yaml in the places openstacksdk
 * looks, in the same order.
 */
import { readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { ConfigError } from '@openstack-ts/core';
import { LineCounter, parseDocument, visit, type ErrorCode } from 'yaml';
import { isRecord, type ConfigTree } from './tree.js';

/** Where to look for configuration, and what environment to read. Every field defaults to the process's own. */
export interface LoaderOptions {
  /** The environment variables. Default `process.env`. */
  env?: Readonly<Record<string, string | undefined>> | undefined;
  /** The current directory: searched first, and the base of relative paths. Default `process.cwd()`. */
  cwd?: string | undefined;
  /** The home directory, for `~/.config/openstack` and `~` in paths. Default `os.homedir()`. */
  homeDir?: string | undefined;
  /**
   * The directories to search, in order, instead of {@link defaultConfigDirs}. The files named
   * by `OS_CLIENT_CONFIG_FILE` and `OS_CLIENT_SECURE_FILE` are still read first.
   */
  configDirs?: readonly string[] | undefined;
  /** Cancels file reads (and, for {@link providerFromCloud}, authentication). */
  signal?: AbortSignal | undefined;
}

/** The three kinds of configuration file. */
export type ConfigFileKind = 'clouds' | 'secure' | 'clouds-public';

/** A configuration file that was found and parsed. */
export interface ConfigFile {
  /** The file's absolute path, resolved against the loader's `cwd`. */
  path: string;
  /** The file's top-level mapping; an empty file gives `{}`. */
  data: ConfigTree;
}

/** The environment variable that names a file of each kind. openstacksdk has none for clouds-public.yaml. */
const FILE_VARIABLE: Readonly<Record<ConfigFileKind, string | undefined>> = {
  clouds: 'OS_CLIENT_CONFIG_FILE',
  secure: 'OS_CLIENT_SECURE_FILE',
  'clouds-public': undefined,
};

const SUFFIXES = ['.yaml', '.yml', '.json'] as const;

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value === '' ? undefined : value;
}

/**
 * The directories openstacksdk searches, in its order: the current directory, the user's config
 * directory (`$XDG_CONFIG_HOME/openstack`, `~/.config/openstack`; on macOS and Windows also the
 * platform's own), the site directories (`$XDG_CONFIG_DIRS/openstack`, default
 * `/etc/xdg/openstack`), then `/etc/openstack`. Duplicates are dropped. `platform` defaults to
 * `process.platform`; pass another to see the list for that platform.
 */
export function defaultConfigDirs(options: LoaderOptions = {}, platform: NodeJS.Platform = process.platform): string[] {
  const env = options.env ?? process.env;
  const cwd = options.cwd ?? process.cwd();
  const home = options.homeDir ?? homedir();
  // Snaps set HOME inside the snap; openstacksdk then reads the real home's config.
  const unixHome = nonEmpty(env.SNAP_REAL_HOME) ?? home;
  const dirs: string[] = [cwd];
  if (platform === 'darwin') {
    dirs.push(join(home, 'Library', 'Application Support', 'openstack'));
  } else if (platform === 'win32') {
    const local = nonEmpty(env.LOCALAPPDATA) ?? join(home, 'AppData', 'Local');
    dirs.push(join(local, 'OpenStack', 'openstack'));
  } else {
    dirs.push(join(nonEmpty(env.XDG_CONFIG_HOME) ?? join(home, '.config'), 'openstack'));
  }
  dirs.push(join(unixHome, '.config', 'openstack'));
  if (platform === 'darwin') {
    dirs.push('/Library/Application Support/openstack');
  } else if (platform === 'win32') {
    dirs.push(join(nonEmpty(env.PROGRAMDATA) ?? 'C:\\ProgramData', 'OpenStack', 'openstack'));
  } else {
    const site = (nonEmpty(env.XDG_CONFIG_DIRS) ?? '/etc/xdg').split(':').filter((dir) => dir !== '');
    dirs.push(...site.map((dir) => join(dir, 'openstack')));
  }
  dirs.push('/etc/openstack');
  return [...new Set(dirs)];
}

/**
 * The files that may hold configuration of one kind, in the order they are tried: the file named
 * by the kind's environment variable (when set), then `clouds.yaml`, `clouds.yml` and
 * `clouds.json` (or `secure.*`, `clouds-public.*`) in each search directory.
 */
export function configFileCandidates(kind: ConfigFileKind, options: LoaderOptions = {}): { explicit: string | undefined; candidates: string[] } {
  const env = options.env ?? process.env;
  const cwd = options.cwd ?? process.cwd();
  const variable = FILE_VARIABLE[kind];
  const named = variable === undefined ? undefined : nonEmpty(env[variable]);
  const explicit = named === undefined ? undefined : resolve(cwd, named);
  const dirs = options.configDirs ?? defaultConfigDirs(options);
  const candidates = dirs.flatMap((dir) => SUFFIXES.map((suffix) => resolve(cwd, dir, `${kind}${suffix}`)));
  return { explicit, candidates: explicit === undefined ? candidates : [explicit, ...candidates.filter((path) => path !== explicit)] };
}

function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/**
 * Finds and parses the first file of a kind. A file that does not exist is passed over, and so
 * is one that cannot be read (openstacksdk skips it too), except the file an environment variable
 * names: that one must exist. Returns the file (or `undefined`) and every path looked at.
 */
export async function findConfigFile(kind: ConfigFileKind, options: LoaderOptions = {}): Promise<{ file: ConfigFile | undefined; searched: string[] }> {
  const { explicit, candidates } = configFileCandidates(kind, options);
  const searched: string[] = [];
  for (const path of candidates) {
    searched.push(path);
    let text: string;
    try {
      text = await readFile(path, { encoding: 'utf8', signal: options.signal });
    } catch (error) {
      if (options.signal?.aborted === true) throw error;
      const code = errorCode(error);
      if (path === explicit) {
        const variable = FILE_VARIABLE[kind] ?? kind;
        const why = code === 'ENOENT' ? 'which does not exist' : `which cannot be read (${code ?? 'unknown error'})`;
        throw new ConfigError(`${variable} names ${path}, ${why}`, { file: path });
      }
      if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'EACCES' || code === 'EPERM' || code === 'EISDIR') continue;
      throw new ConfigError(`Cannot read ${path} (${code ?? 'unknown error'})`, { file: path });
    }
    return { file: { path, data: parseConfigText(text, path) }, searched };
  }
  return { file: undefined, searched };
}

/** What each YAML error code means, in words that never quote the file (it may hold a password). */
const YAML_PROBLEMS: Partial<Record<ErrorCode, string>> = {
  BAD_INDENT: 'bad indentation',
  TAB_AS_INDENT: 'a tab used for indentation',
  MISSING_CHAR: 'a missing closing quote or bracket',
  BAD_DQ_ESCAPE: 'an invalid escape sequence in a double-quoted string',
  BAD_SCALAR_START: 'a value that cannot start with this character',
  BLOCK_AS_IMPLICIT_KEY: 'a key that is not followed by ": "',
  MULTILINE_IMPLICIT_KEY: 'a key that spans lines or is not followed by ": "',
  UNEXPECTED_TOKEN: 'an unexpected character',
  DUPLICATE_KEY: 'a duplicate key',
  MULTIPLE_DOCS: 'more than one document',
  BAD_ALIAS: 'an alias to an undefined anchor',
  TAG_RESOLVE_FAILED: 'a tag that cannot be resolved',
  BLOCK_IN_FLOW: 'a block collection inside a flow collection',
};

/**
 * Parses a configuration file's text. YAML 1.2 (JSON parses too), with `<<` merge keys as PyYAML
 * has them. Every number and boolean is kept as its source text (`2.10` stays `"2.10"`, not 2.1);
 * the resolver converts the keys that are booleans. A syntax error becomes a `ConfigError` (from core)
 * naming the file, line and column, never the offending text.
 */
export function parseConfigText(text: string, path: string): ConfigTree {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, merge: true, uniqueKeys: false, prettyErrors: false });
  const [error] = doc.errors;
  if (error !== undefined) {
    const { line, col } = lineCounter.linePos(error.pos[0]);
    const problem = YAML_PROBLEMS[error.code] ?? 'a syntax error';
    throw new ConfigError(`${path}:${line}:${col}: malformed YAML: ${problem} (${error.code})`, { file: path });
  }
  visit(doc, {
    Scalar(_key, node) {
      const value: unknown = node.value;
      if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') {
        node.value = node.source ?? String(value);
      }
    },
  });
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch {
    // The library's message may quote the file; say only where the problem is.
    throw new ConfigError(`${path}: malformed YAML: its aliases cannot be resolved`, { file: path });
  }
  if (data === null || data === undefined) return {};
  if (!isRecord(data)) throw new ConfigError(`${path} is not a YAML mapping (expected a top-level "clouds:" key)`, { file: path });
  return data;
}
