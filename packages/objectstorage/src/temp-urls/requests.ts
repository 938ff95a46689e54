import { InvalidInputError } from '@openstack-ts/core';
import type { ObjectStorageClient } from '../client.js';
import { inputBag } from '../common.js';
import { objectPath } from '../objects/urls.js';
import { checkDigest, checkKey, expirySeconds, isoSeconds, shown, splitSwiftUrl, swiftSignature, type SignatureDigest } from './signing.js';

/**
 * A method a temp URL allows. Swift's default set is the five named here (the cluster's list is
 * `getInfo(client)`'s `tempurl.methods`). A `HEAD` request is also let through by a URL signed for
 * `GET`, `PUT` or `POST`.
 */
export type TempUrlMethod = 'GET' | 'HEAD' | 'PUT' | 'POST' | 'DELETE' | (string & {});

/** How a temp URL is signed and what it allows; see {@link createTempUrl}. */
export interface CreateTempUrlInput {
  /** The one method the URL allows (`HEAD` also works with a URL for `GET`, `PUT` or `POST`). */
  method: TempUrlMethod;
  /**
   * A temp URL key of the account (`X-Account-Meta-Temp-URL-Key`, valid for all its containers) or
   * of the object's container (`X-Container-Meta-Temp-URL-Key`), set with `updateAccount` or
   * `updateContainer`. Either of the two keys (`-Key`, `-Key-2`) works.
   */
  key: string;
  /**
   * When the URL stops working (`temp_url_expires`): a `Date`, or whole seconds since the epoch
   * (`new Date(Date.now() + 3_600_000)` for an hour from now).
   */
  expires: Date | number;
  /**
   * Signs every object whose name starts with this prefix rather than the one object
   * (`temp_url_prefix`); the object must be one of them. `''` covers the whole container.
   */
  prefix?: string | undefined;
  /**
   * Only requests from this address or CIDR block (`203.0.113.7`, `10.0.0.0/8`, `2001:db8::/32`)
   * are let through (`temp_url_ip_range`, signed). A block must have no host bits set.
   */
  ip_range?: string | undefined;
  /**
   * The HMAC digest: `sha256` (the default), `sha512`, or the deprecated `sha1`. Swift 2.17 (Queens)
   * added `sha256` and `sha512`; the cluster's choice is `getInfo(client)`'s `tempurl.allowed_digests`.
   */
  digest?: SignatureDigest | undefined;
  /**
   * Sends `temp_url_expires` as an ISO 8601 UTC time (`2030-01-01T00:00:00Z`) rather than seconds
   * since the epoch (Swift 2.13 and later read both). The signature is the same.
   */
  iso_timestamp?: boolean | undefined;
  /**
   * `GET` and `HEAD` answers carry `Content-Disposition: attachment` with the object's name; this
   * makes it `inline` (shown by a browser rather than saved). Not signed: anyone may add it.
   */
  inline?: boolean | undefined;
  /** The file name `Content-Disposition` suggests instead of the object's name. Not signed. */
  filename?: string | undefined;
}

function parseIPv4(text: string): number[] | undefined {
  const parts = text.split('.');
  // Python's ipaddress (which Swift uses) refuses leading zeros.
  if (parts.length !== 4 || parts.some((part) => !/^(0|[1-9]\d{0,2})$/.test(part) || Number(part) > 255)) return undefined;
  return parts.map(Number);
}

function parseIPv6(text: string): number[] | undefined {
  if (!/^[0-9A-Fa-f:.]+$/.test(text)) return undefined;
  let body = text;
  let tail: number[] = [];
  const last = text.slice(text.lastIndexOf(':') + 1);
  if (last.includes('.')) {
    const v4 = parseIPv4(last);
    if (v4 === undefined) return undefined;
    tail = v4;
    body = text.slice(0, text.length - last.length);
    if (!body.endsWith('::')) body = body.slice(0, -1);
  }
  const halves = body.split('::');
  if (halves.length > 2) return undefined;
  const groups = (half: string): string[] => (half === '' ? [] : half.split(':'));
  const head = groups(halves[0] ?? '');
  const back = groups(halves[1] ?? '');
  if ([...head, ...back].some((group) => !/^[0-9A-Fa-f]{1,4}$/.test(group))) return undefined;
  const missing = 8 - tail.length / 2 - head.length - back.length;
  if (halves.length === 2 ? missing < 1 : missing !== 0) return undefined;
  const words = [...head, ...Array<string>(missing).fill('0'), ...back].map((group) => parseInt(group, 16));
  return [...words.flatMap((word) => [word >> 8, word & 0xff]), ...tail];
}

/** Checks an IP range as Python's `ip_network` (strict) would read it; Swift answers 401 to one it cannot. */
function checkIpRange(value: unknown): string {
  const bad = (why: string): InvalidInputError => new InvalidInputError(`ip_range ${why}, got ${shown(value)}`, 'ip_range');
  if (typeof value !== 'string' || value === '') throw bad('must be an IP address or CIDR block');
  const [address = '', length, ...extra] = value.split('/');
  const bytes = parseIPv4(address) ?? parseIPv6(address);
  if (bytes === undefined || extra.length > 0) throw bad('must be an IPv4 or IPv6 address, optionally with a /prefix length');
  const bits = bytes.length * 8;
  if (length !== undefined && (!/^\d{1,3}$/.test(length) || Number(length) > bits)) throw bad(`must have a prefix length from 0 to ${String(bits)}`);
  const prefix = length === undefined ? bits : Number(length);
  for (let bit = prefix; bit < bits; bit++) {
    if (((bytes[bit >> 3] ?? 0) >> (7 - (bit & 7))) & 1) throw bad('has host bits set (the block must start at its first address)');
  }
  return value;
}

function checkOptionalString(value: unknown, field: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw new InvalidInputError(`${field} must be a string`, field);
  return value;
}

function checkFlag(value: unknown, field: string): boolean {
  if (value === undefined) return false;
  if (typeof value !== 'boolean') throw new InvalidInputError(`${field} must be a boolean`, field);
  return value;
}

/** The object's URL and the path Swift signs. */
function targetUrl(client: ObjectStorageClient, container: string, name: string): { url: URL; account: string; container: string; object: string } {
  const path = splitSwiftUrl(client.url(objectPath(container, name)), 'client.endpoint');
  // Swift's tempurl middleware only acts on `/v1/<account>/<container>/<object>`, the object not all slashes.
  if (path.version !== 'v1' || path.account === '' || path.container === '') {
    throw new InvalidInputError(`A temp URL's path must be /v1/<account>/<container>/<object>, got ${path.url.pathname}`, 'client.endpoint');
  }
  if (path.rest.replace(/\//g, '') === '') {
    throw new InvalidInputError(`The object name ${shown(name)} is all slashes: Swift's tempurl middleware does not act on it`, 'name');
  }
  // The URL parser drops "." and ".." segments (and their %2e forms) from paths, so such a name
  // cannot be reached by fetch or a browser; signing it would sign another object.
  if (path.container !== container || path.rest !== name) {
    throw new InvalidInputError(`The object name ${shown(name)} cannot be addressed by a URL: "." and ".." path segments are removed by URL parsers`, 'name');
  }
  return { url: path.url, account: path.account, container, object: name };
}

/**
 * Creates a temporary URL for one object, signed as Swift's `tempurl` middleware checks it: anyone
 * holding it may use `method` on the object until it expires, without a token. It is computed
 * locally (Web Crypto HMAC); nothing is sent.
 *
 * The signature covers the method, the expiry and the path as Swift decodes it
 * (`/v1/AUTH_x/c/a b` for the URL `…/c/a%20b`), plus the IP range when there is one. Any change to
 * them gets 401 from Swift, as does a URL used after it expires or once the key changes. Bad input
 * rejects with `InvalidInputError`; the key is a secret and no message shows it.
 *
 * @example
 * ```ts
 * await updateContainer(client, 'reports', { temp_url_key: key });
 * const url = await createTempUrl(client, 'reports', 'q3.pdf', { method: 'GET', key, expires: new Date(Date.now() + 3_600_000) });
 * ```
 */
export async function createTempUrl(client: ObjectStorageClient, container: string, name: string, input: CreateTempUrlInput): Promise<string> {
  const target = targetUrl(client, container, name);
  const given = inputBag(input, true);
  const method = given.method;
  if (typeof method !== 'string' || !/^[A-Z]+$/.test(method)) {
    throw new InvalidInputError(`method must be an HTTP method in upper case (GET, HEAD, PUT, POST, DELETE), got ${shown(method)}`, 'method');
  }
  const key = checkKey(given.key);
  const digest = checkDigest(given.digest);
  const expires = expirySeconds(given.expires);
  const prefix = checkOptionalString(given.prefix, 'prefix');
  if (prefix !== undefined && !target.object.startsWith(prefix)) {
    throw new InvalidInputError(`The object ${shown(target.object)} is not under the prefix ${shown(prefix)}`, 'prefix');
  }
  const ipRange = given.ip_range === undefined ? undefined : checkIpRange(given.ip_range);
  const isoTimestamp = checkFlag(given.iso_timestamp, 'iso_timestamp');
  const inline = checkFlag(given.inline, 'inline');
  const filename = checkOptionalString(given.filename, 'filename');
  if (filename === '') throw new InvalidInputError('filename must not be empty (leave it out for the object name)', 'filename');

  const { account, object } = target;
  const path = prefix === undefined ? `/v1/${account}/${container}/${object}` : `prefix:/v1/${account}/${container}/${prefix}`;
  const message = `${ipRange === undefined ? '' : `ip=${ipRange}\n`}${method}\n${String(expires)}\n${path}`;
  const signature = await swiftSignature(digest, key, message);
  const query = new URLSearchParams({ temp_url_sig: signature, temp_url_expires: isoTimestamp ? isoSeconds(expires) : String(expires) });
  if (prefix !== undefined) query.set('temp_url_prefix', prefix);
  if (ipRange !== undefined) query.set('temp_url_ip_range', ipRange);
  if (filename !== undefined) query.set('filename', filename);
  // Swift only checks that `inline` is present; its documentation writes it bare.
  return `${target.url.origin}${target.url.pathname}?${query.toString()}${inline ? '&inline' : ''}`;
}
