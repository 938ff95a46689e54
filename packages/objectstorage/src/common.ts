/**
 * What every Swift resource shares: metadata in headers, and numbers and text in headers.
 */
import { InvalidInputError, type ServiceResponse } from '@openstack-ts/core';

/** Metadata of an account, container or object: header suffixes (lower case) to values. */
export type Metadata = Record<string, string>;

const encoder = new TextEncoder();

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
    checkMetadataKey(key, 'remove_metadata');
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

/** Reads a header that holds a whole number, raising `ResponseError` (naming the request) for anything else. */
export function intHeader(response: ServiceResponse, name: string): number | undefined {
  const value = response.headers.get(name);
  if (value === null || value === '') return undefined;
  if (!/^\d+$/.test(value.trim())) throw response.error(`header ${name} is not a whole number: ${JSON.stringify(value.slice(0, 40))}`);
  return Number(value);
}

/** A header's value (UTF-8 decoded), or `undefined`. */
export function textHeader(response: ServiceResponse, name: string): string | undefined {
  const value = response.headers.get(name);
  return value === null ? undefined : fromHeaderValue(value);
}

/** Swift's boolean headers (`True`, `true`, `yes`, `1`). */
export function boolHeader(response: ServiceResponse, name: string): boolean | undefined {
  const value = response.headers.get(name);
  if (value === null) return undefined;
  return /^(true|yes|1|on)$/i.test(value.trim());
}

/** An ETag without the quotes Swift puts around a large object's. */
export function unquote(etag: string | undefined): string | undefined {
  return etag?.replace(/^"(.*)"$/, '$1');
}

/** Checks a non-negative whole number input. */
export function requireCount(value: number, field: string): number {
  if (!Number.isSafeInteger(value) || value < 0) throw new InvalidInputError(`${field} must be a whole number ≥ 0, got ${String(value)}`, field);
  return value;
}

/** Checks a positive whole number input, with a default for `undefined`. */
export function positiveCount(value: number | undefined, fallback: number, field: string): number {
  if (value === undefined) return fallback;
  if (!Number.isSafeInteger(value) || value < 1) throw new InvalidInputError(`${field} must be a whole number ≥ 1, got ${String(value)}`, field);
  return value;
}

/** Swift's time inputs (`X-Delete-At`, a form's `x_delete_at`): a `Date`, or whole seconds since the epoch. */
export function epochSeconds(value: Date | number, field: string): string {
  const seconds = value instanceof Date ? Math.floor(value.getTime() / 1000) : value;
  if (typeof seconds !== 'number' || !Number.isSafeInteger(seconds) || seconds <= 0) {
    throw new InvalidInputError(`${field} must be a Date or whole seconds since the epoch`, field);
  }
  return String(seconds);
}

/** The expiry of an object: `X-Delete-At` or `X-Delete-After`, never both. */
export interface ObjectExpiry {
  /** Delete the object at this time (`X-Delete-At`): a `Date`, or whole seconds since the epoch. */
  delete_at?: Date | number | undefined;
  /** Delete the object this many seconds after it is written (`X-Delete-After`). */
  delete_after?: number | undefined;
}

/** Validates an {@link ObjectExpiry}: the seconds to send for `X-Delete-At` or `X-Delete-After`. */
export function expiryValues(input: ObjectExpiry): { delete_at?: string; delete_after?: string } {
  if (input.delete_at !== undefined && input.delete_after !== undefined) {
    throw new InvalidInputError('Give delete_at or delete_after, not both', 'delete_at');
  }
  if (input.delete_at !== undefined) return { delete_at: epochSeconds(input.delete_at, 'delete_at') };
  if (input.delete_after !== undefined) {
    if (typeof input.delete_after !== 'number' || !Number.isSafeInteger(input.delete_after) || input.delete_after <= 0) {
      throw new InvalidInputError('delete_after must be a whole number of seconds > 0', 'delete_after');
    }
    return { delete_after: String(input.delete_after) };
  }
  return {};
}

/** Adds `X-Delete-At` or `X-Delete-After` for an {@link ObjectExpiry}. */
export function putExpiryHeaders(headers: Record<string, string>, input: ObjectExpiry): void {
  const values = expiryValues(input);
  if (values.delete_at !== undefined) headers['X-Delete-At'] = values.delete_at;
  if (values.delete_after !== undefined) headers['X-Delete-After'] = values.delete_after;
}

/**
 * An operation's input bag, checked: `undefined` is `{}` unless the bag is required; anything but
 * a plain object is an `InvalidInputError`.
 */
export function inputBag<T extends object>(value: T | undefined, required = false): T {
  // Typed callers cannot pass anything else; JavaScript callers can.
  const given: unknown = value;
  if (given === undefined && !required) return {} as T;
  if (given === null || typeof given !== 'object' || Array.isArray(given)) {
    throw new InvalidInputError(`input must be an object, got ${given === null ? 'null' : Array.isArray(given) ? 'an array' : typeof given}`, 'input');
  }
  return given as T;
}
