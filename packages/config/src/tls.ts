/**
 * A cloud's TLS settings (`cacert`, `cert`, `key`, `verify`) turned into core's `TlsOptions`:
 * the files are read here, and core's Node transport (`createNodeFetch`) applies them.
 */
import { readFileSync } from 'node:fs';
import { ConfigError, type TlsOptions } from '@openstack-ts/core';
import type { TlsSettings } from './cloud-config.js';

/** True when the settings differ from Node's defaults, so the platform's fetch would not do. */
export function hasTlsSettings(tls: Readonly<TlsSettings>): boolean {
  return !tls.verify || tls.cacert !== undefined || tls.cert !== undefined || tls.key !== undefined;
}

/** Reads a PEM file, as `ConfigError` naming it when it cannot. @internal */
export function readPem(path: string, what: string): Uint8Array {
  try {
    return readFileSync(path);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    throw new ConfigError(`Cannot read the ${what} file ${path} (${typeof code === 'string' ? code : 'unknown error'})`, { file: path });
  }
}

/**
 * Reads the files a cloud's TLS settings name and returns them as core's `TlsOptions` (PEM
 * contents), or `undefined` when the settings are Node's defaults. An unreadable file is a
 * `ConfigError` naming it.
 */
export function tlsOptionsFromSettings(tls: Readonly<TlsSettings>): TlsOptions | undefined {
  if (!hasTlsSettings(tls)) return undefined;
  return {
    verify: tls.verify,
    ...(tls.cacert === undefined ? {} : { ca: readPem(tls.cacert, 'cacert') }),
    ...(tls.cert === undefined ? {} : { cert: readPem(tls.cert, 'cert') }),
    ...(tls.key === undefined ? {} : { key: readPem(tls.key, 'key') }),
  };
}
