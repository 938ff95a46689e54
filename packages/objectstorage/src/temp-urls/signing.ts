/**
 * What temp URLs and form POST share: Swift's HMAC signatures in the forms its middlewares accept,
 * expiry times, and reading a URL's path the way Swift decodes it. Web Crypto only, so it runs in
 * browsers, Deno and Bun as well as Node. Not part of the public surface.
 */
import { InvalidInputError, OpenStackError } from '@openstack-ts/core';

/**
 * The HMAC digests Swift accepts for temp URL and form POST signatures (the clusters' choice is in
 * `getInfo(client)`: `tempurl.allowed_digests` and `formpost.allowed_digests`). `sha1` is
 * deprecated by Swift (2.30 still allows it by default, later releases will not); prefer `sha256`.
 */
export type SignatureDigest = 'sha256' | 'sha512' | 'sha1';

const HASHES: Readonly<Record<SignatureDigest, string>> = { sha256: 'SHA-256', sha512: 'SHA-512', sha1: 'SHA-1' };

const encoder = new TextEncoder();

/** A short, safe description of a bad input value for an error message. */
export function shown(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
  if (value instanceof Date) return 'an invalid Date';
  return typeof value === 'number' ? String(value) : typeof value;
}

/** The digest to sign with: `sha256` unless one is given. */
export function checkDigest(value: unknown): SignatureDigest {
  if (value === undefined) return 'sha256';
  if (value === 'sha256' || value === 'sha512' || value === 'sha1') return value;
  throw new InvalidInputError(`digest must be 'sha256', 'sha512' or 'sha1', got ${shown(value)}`, 'digest');
}

/** Checks a temp URL key. The key is a secret: no message ever shows it. */
export function checkKey(key: unknown): string {
  if (typeof key !== 'string' || key === '') {
    throw new InvalidInputError('key must be a non-empty string: the temp URL key set on the account or the container', 'key');
  }
  return key;
}

/** The last second Swift can print in its ISO 8601 form (`%Y` has four digits). */
const MAX_EXPIRES = 253402300799; // 9999-12-31T23:59:59Z

/**
 * The expiry (`expires`: a `Date`, or whole seconds since the epoch) as whole seconds since the
 * epoch, checked to lie in the future.
 */
export function expirySeconds(expires: unknown, now: number = Date.now()): number {
  let seconds: number;
  if (expires instanceof Date && !Number.isNaN(expires.getTime())) {
    seconds = Math.floor(expires.getTime() / 1000);
  } else if (typeof expires === 'number' && Number.isSafeInteger(expires)) {
    seconds = expires;
  } else {
    throw new InvalidInputError(`expires must be a Date or whole seconds since the epoch, got ${shown(expires)}`, 'expires');
  }
  if (seconds > MAX_EXPIRES) {
    throw new InvalidInputError(`expires must be seconds since the epoch before the year 10000, got ${String(seconds)} (milliseconds?)`, 'expires');
  }
  if (seconds * 1000 <= now) {
    throw new InvalidInputError(`expires must be in the future, got ${isoSeconds(seconds)}`, 'expires');
  }
  return seconds;
}

/** Seconds since the epoch in the ISO 8601 form Swift parses (`%Y-%m-%dT%H:%M:%SZ`). */
export function isoSeconds(seconds: number): string {
  return new Date(seconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** The path of a Swift URL, split the way Swift's middlewares split the path they receive. */
export interface SwiftPath {
  /** The URL, parsed (what fetch will send). */
  url: URL;
  /** The API version segment (`v1`). */
  version: string;
  /** The account, decoded. */
  account: string;
  /** The container, decoded. */
  container: string;
  /** The rest of the path, decoded: the object, or a form's object prefix (`''` when none). */
  rest: string;
  /** The whole path, percent-decoded as UTF-8: what Swift signs. */
  decoded: string;
}

/**
 * Parses `url` (absolute; no query, fragment or credentials) and splits its path as Swift does:
 * Swift percent-decodes the path first (`PATH_INFO`), then takes `/<version>/<account>/<container>/<rest>`.
 * Messages show the path only, never the query (where a signature would be).
 */
export function splitSwiftUrl(url: unknown, field: string): SwiftPath {
  if (typeof url !== 'string') throw new InvalidInputError(`${field} must be a string`, field);
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new InvalidInputError(`${field} must be an absolute http(s) URL`, field);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new InvalidInputError(`${field} must be an http(s) URL, got ${parsed.protocol}`, field);
  if (parsed.username !== '' || parsed.password !== '') throw new InvalidInputError(`${field} must not carry credentials`, field);
  // Swift's middlewares replace the query with their own; a caller's parameters would be dropped unseen.
  if (parsed.search !== '' || parsed.hash !== '' || /[?#]/.test(url)) throw new InvalidInputError(`${field} must have no query or fragment`, field);
  let decoded: string;
  try {
    decoded = decodeURIComponent(parsed.pathname);
  } catch {
    throw new InvalidInputError(`${field} has a path that is not percent-encoded UTF-8: ${parsed.pathname}`, field);
  }
  // A URL's pathname always starts with "/": the first segment is empty.
  const [, version = '', account = '', container = '', ...rest] = decoded.split('/');
  return { url: parsed, version, account, container, rest: rest.join('/'), decoded };
}

function hex(bytes: Uint8Array): string {
  let out = '';
  for (const byte of bytes) out += byte.toString(16).padStart(2, '0');
  return out;
}

function base64url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_');
}

/**
 * HMAC of `message` with `key` (both UTF-8, as Swift encodes them), in the form Swift reads:
 * lower-case hex for `sha1` and `sha256` (their length tells Swift the digest; every release accepts
 * them), `sha512:` and URL-safe base64 for `sha512` (Swift 2.30 would also take 128 hex digits,
 * older releases only this form, and it is shorter).
 */
export async function swiftSignature(digest: SignatureDigest, key: string, message: string): Promise<string> {
  const subtle = (globalThis as { crypto?: { subtle?: SubtleCrypto } }).crypto?.subtle;
  if (subtle === undefined) {
    throw new OpenStackError('Web Crypto (crypto.subtle) is not available here; browsers offer it only in secure contexts (https or localhost)');
  }
  const hmacKey = await subtle.importKey('raw', encoder.encode(key), { name: 'HMAC', hash: HASHES[digest] }, false, ['sign']);
  const mac = new Uint8Array(await subtle.sign('HMAC', hmacKey, encoder.encode(message)));
  return digest === 'sha512' ? `sha512:${base64url(mac)}` : hex(mac);
}
