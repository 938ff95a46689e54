/**
 * What every Swift resource shares: names in paths, metadata in headers, and numbers in headers.
 */
import { InvalidInputError, ResponseError, redactUrl, requestIdOf } from '@openstack-ts/core';

/** Metadata of an account, container or object: header suffixes (lower case) to values. */
export type Metadata = Record<string, string>;

const encoder = new TextEncoder();

function byteLength(value: string): number {
  return encoder.encode(value).length;
}

/** Validates a container name (Swift: 1 to 256 bytes of UTF-8, no `/`) and encodes it for a path. */
export function containerPath(container: string): string {
  if (typeof container !== 'string' || container === '') {
    throw new InvalidInputError('container must be a non-empty string', 'container');
  }
  if (container.includes('/')) throw new InvalidInputError(`A container name cannot contain "/": ${JSON.stringify(container)}`, 'container');
  if (container === '.' || container === '..') throw new InvalidInputError(`A container cannot be named "${container}": URLs resolve it as a dot segment`, 'container');
  if (byteLength(container) > 256) throw new InvalidInputError('A container name is at most 256 bytes of UTF-8', 'container');
  return encodeURIComponent(container);
}

/**
 * Validates an object name (Swift: 1 to 1024 bytes of UTF-8; `/` allowed and kept as is; no `.`
 * or `..` segment, which a URL cannot carry) and returns `container/object` encoded for a path.
 */
export function objectPath(container: string, name: string): string {
  const base = containerPath(container);
  if (typeof name !== 'string' || name === '') throw new InvalidInputError('object name must be a non-empty string', 'name');
  if (byteLength(name) > 1024) throw new InvalidInputError('An object name is at most 1024 bytes of UTF-8', 'name');
  // Swift allows `a/../b`, but every URL parser (fetch's included) resolves `.` and `..` segments,
  // even percent-encoded: the request would go to another object, or another account.
  if (name.split('/').some((part) => part === '.' || part === '..')) {
    throw new InvalidInputError(`An object name with a "." or ".." segment cannot be addressed by URL: ${JSON.stringify(name)}`, 'name');
  }
  return `${base}/${name.split('/').map(encodeURIComponent).join('/')}`;
}

/**
 * Swift stores header values as UTF-8 bytes, while fetch's `Headers` hold one byte per
 * character. Encodes a string's UTF-8 bytes as such a byte string, so non-ASCII metadata
 * round-trips.
 */
export function toHeaderValue(value: string, field: string): string {
  if (typeof value !== 'string') throw new InvalidInputError(`${field} must be a string`, field);
  if (/[\r\n\0]/.test(value)) throw new InvalidInputError(`${field} cannot contain CR, LF or NUL`, field);
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(value)) return value;
  let out = '';
  for (const byte of encoder.encode(value)) out += String.fromCharCode(byte);
  return out;
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/** The reverse of {@link toHeaderValue}: a byte string read from `Headers`, decoded as UTF-8 when it is. */
export function fromHeaderValue(value: string): string {
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(value)) return value;
  const bytes = new Uint8Array(value.length);
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code > 0xff) return value;
    bytes[i] = code;
  }
  try {
    return decoder.decode(bytes);
  } catch {
    return value;
  }
}

function checkMetadataKey(key: string, field: string): void {
  if (!/^[A-Za-z0-9][A-Za-z0-9_-]*$/.test(key)) {
    throw new InvalidInputError(`${field} key ${JSON.stringify(key)} must be letters, digits, "-" and "_" (it becomes an HTTP header name)`, field);
  }
}

/**
 * Adds `X-<Kind>-Meta-<key>` headers for `metadata`, and `X-Remove-<Kind>-Meta-<key>` for the
 * keys in `remove`.
 */
export function putMetadataHeaders(
  headers: Record<string, string>,
  kind: 'Account' | 'Container' | 'Object',
  metadata: Readonly<Record<string, string>> | undefined,
  remove?: readonly string[],
): void {
  for (const [key, value] of Object.entries(metadata ?? {})) {
    checkMetadataKey(key, 'metadata');
    headers[`X-${kind}-Meta-${key}`] = toHeaderValue(value, `metadata.${key}`);
  }
  for (const key of remove ?? []) {
    checkMetadataKey(key, 'removeMetadata');
    // Objects have no X-Remove header: an empty value removes the key.
    if (kind === 'Object') headers[`X-Object-Meta-${key}`] = '';
    else headers[`X-Remove-${kind}-Meta-${key}`] = 'x';
  }
}

/** Reads `X-<Kind>-Meta-*` headers into a {@link Metadata} record (keys in lower case). */
export function readMetadata(headers: Headers, kind: 'account' | 'container' | 'object'): Metadata {
  const prefix = `x-${kind}-meta-`;
  const out: Metadata = {};
  headers.forEach((value, name) => {
    if (name.startsWith(prefix)) out[name.slice(prefix.length)] = fromHeaderValue(value);
  });
  return out;
}

/** All headers as a plain record (names in lower case, values UTF-8 decoded). */
export function headerRecord(headers: Headers): Record<string, string> {
  const out: Record<string, string> = {};
  headers.forEach((value, name) => {
    out[name] = fromHeaderValue(value);
  });
  return out;
}

/** Reads a header that holds a whole number, raising {@link ResponseError} for anything else. */
export function intHeader(response: Response, name: string, context: { method: string; url: string }): number | undefined {
  const value = response.headers.get(name);
  if (value === null || value === '') return undefined;
  if (!/^\d+$/.test(value.trim())) {
    throw new ResponseError({
      status: response.status,
      method: context.method,
      url: redactUrl(context.url),
      requestId: requestIdOf(response.headers),
      reason: `header ${name} is not a whole number: ${JSON.stringify(value.slice(0, 40))}`,
    });
  }
  return Number(value);
}

/** A header's value, or `undefined`. */
export function textHeader(response: Response, name: string): string | undefined {
  const value = response.headers.get(name);
  return value === null ? undefined : fromHeaderValue(value);
}

/** Swift's boolean headers (`True`, `true`, `yes`, `1`). */
export function boolHeader(response: Response, name: string): boolean | undefined {
  const value = response.headers.get(name);
  if (value === null) return undefined;
  return /^(true|yes|1|on)$/i.test(value.trim());
}

/** Merges caller headers last, so they can set anything the SDK does not model. */
export function withExtraHeaders(headers: Record<string, string>, extra: Readonly<Record<string, string>> | undefined): Record<string, string> {
  return extra === undefined ? headers : { ...headers, ...extra };
}

/** Checks a non-negative whole number input. */
export function requireCount(value: number, field: string): number {
  if (!Number.isSafeInteger(value) || value < 0) throw new InvalidInputError(`${field} must be a whole number ≥ 0, got ${String(value)}`, field);
  return value;
}
