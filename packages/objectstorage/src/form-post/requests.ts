import { InvalidInputError } from '@openstack-ts/core';
import type { ObjectStorageClient } from '../client.js';
import { epochSeconds, inputBag } from '../common.js';
import { containerPath } from '../containers/urls.js';
import { checkDigest, checkKey, expirySeconds, shown, splitSwiftUrl, swiftSignature, type SignatureDigest } from '../temp-urls/signing.js';
import type { FormPost } from './results.js';

/** What a form allows, where it stores the files, and how it is signed; see {@link createFormPost}. */
export interface CreateFormPostInput {
  /**
   * Put in front of each uploaded file's name, as is: `uploads/` stores `a.txt` as
   * `uploads/a.txt`, while `up-` stores it as `up-a.txt`. Default: none.
   */
  prefix?: string | undefined;
  /**
   * A temp URL key of the account or of the container (`X-Account-Meta-Temp-URL-Key`,
   * `X-Container-Meta-Temp-URL-Key`, or their `-2`), set with `updateAccount` or `updateContainer`.
   */
  key: string;
  /** When the form stops working (`expires`): a `Date`, or whole seconds since the epoch. */
  expires: Date | number;
  /** The largest file the form accepts, in bytes (`max_file_size`); a larger one fails with 400. */
  max_file_size: number;
  /** How many files the form accepts (`max_file_count`, at least 1). */
  max_file_count: number;
  /**
   * Where Swift sends the browser after the upload (`redirect`): it answers `303 See Other` to this
   * URL plus `status` and `message` query parameters. Without it Swift answers the upload's status
   * with a short text body, which suits `fetch`.
   */
  redirect?: string | undefined;
  /**
   * The HMAC digest: `sha256` (the default), `sha512`, or the deprecated `sha1`. Form POST accepts
   * `sha256` and `sha512` since Swift 2.30 (Zed), only `sha1` before; the cluster's choice is
   * `getInfo(client)`'s `formpost.allowed_digests` (absent before 2.30).
   */
  digest?: SignatureDigest | undefined;
  /** Delete the uploaded objects at this time (`x_delete_at`): a `Date`, or seconds since the epoch. Not signed. */
  delete_at?: Date | number | undefined;
  /** Delete the uploaded objects this many seconds after they are written (`x_delete_after`). Not signed. */
  delete_after?: number | undefined;
}

/** Swift reads a field's value up to 4096 bytes and strips trailing CR, LF and `-` from it. */
const MAX_VALUE_BYTES = 4096;

function checkRedirect(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value === '') throw new InvalidInputError('redirect must be a non-empty URL (leave it out for no redirect)', 'redirect');
  if (/[\r\n\0]/.test(value)) throw new InvalidInputError('redirect cannot contain CR, LF or NUL', 'redirect');
  // formpost.py keeps `value.rstrip('\r\n--')`: a final "-" would be signed but not checked.
  if (value.endsWith('-')) throw new InvalidInputError('redirect cannot end with "-": Swift strips it from form fields, so the signature would not match', 'redirect');
  if (new TextEncoder().encode(value).length > MAX_VALUE_BYTES) throw new InvalidInputError(`redirect is at most ${String(MAX_VALUE_BYTES)} bytes: Swift truncates longer fields`, 'redirect');
  return value;
}

function checkWhole(value: unknown, field: string, min: number): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min) {
    throw new InvalidInputError(`${field} must be a whole number ≥ ${String(min)}, got ${shown(value)}`, field);
  }
  return value;
}

function deletionFields(input: CreateFormPostInput): Record<string, string> {
  const { delete_at: deleteAt, delete_after: deleteAfter } = input;
  if (deleteAt !== undefined && deleteAfter !== undefined) throw new InvalidInputError('Give delete_at or delete_after, not both', 'delete_at');
  if (deleteAfter !== undefined) return { x_delete_after: String(checkWhole(deleteAfter, 'delete_after', 1)) };
  if (deleteAt === undefined) return {};
  return { x_delete_at: epochSeconds(deleteAt, 'delete_at') };
}

/** The form's URL and the path Swift signs (the path the form is posted to, decoded). */
function targetUrl(client: ObjectStorageClient, container: string, prefixInput: unknown): { url: string; signedPath: string } {
  const prefix = prefixInput ?? '';
  if (typeof prefix !== 'string') throw new InvalidInputError('prefix must be a string', 'prefix');
  const path = splitSwiftUrl(client.url(`${containerPath(container)}/${prefix.split('/').map(encodeURIComponent).join('/')}`), 'client.endpoint');
  // formpost.py finds the keys only for /v1/<account>/<container>[/…] (`valid_api_version`: v1 or v1.0).
  if ((path.version !== 'v1' && path.version !== 'v1.0') || path.account === '' || path.container === '') {
    throw new InvalidInputError(`A form's path must be /v1/<account>/<container>/[<prefix>], got ${path.url.pathname}`, 'client.endpoint');
  }
  if (path.container !== container || path.rest !== prefix) {
    // The URL parser drops "." and ".." segments (and their %2e forms).
    throw new InvalidInputError(`The prefix ${shown(prefix)} cannot be addressed by a URL: "." and ".." path segments are removed by URL parsers`, 'prefix');
  }
  return { url: `${path.url.origin}${path.url.pathname}`, signedPath: path.decoded };
}

/**
 * Creates the target and hidden fields of an HTML form that uploads files straight into
 * `container`, signed as Swift's `formpost` middleware checks them: until it expires, anyone may
 * post up to `max_file_count` files of at most `max_file_size` bytes each, stored under `prefix`
 * with each file's own name. Computed locally (Web Crypto HMAC); nothing is sent.
 *
 * The signature covers the path as Swift decodes it, `redirect`, `max_file_size`, `max_file_count`
 * and `expires`; the delete-at fields are not signed. Swift reads the fields only before the first
 * file: append them to the form first. A form posted from a page of another origin also needs the
 * container's CORS settings (`X-Container-Meta-Access-Control-Allow-Origin`). Bad input rejects
 * with `InvalidInputError`; the key is a secret and no message shows it.
 *
 * @example
 * ```ts
 * const { url, fields } = await createFormPost(client, 'inbox', {
 *   prefix: 'user-42/', key, expires: new Date(Date.now() + 600_000), max_file_size: 10_000_000, max_file_count: 2,
 * });
 * const form = new FormData();
 * for (const [name, value] of Object.entries(fields)) form.append(name, value); // fields first
 * form.append('file1', new Blob(['hello']), 'hello.txt'); // stored as user-42/hello.txt in inbox
 * form.append('file2', fileInput.files[0]); // a File: stored under its own name
 * const response = await fetch(url, { method: 'POST', body: form }); // 201 when every file is stored
 * ```
 */
export async function createFormPost(client: ObjectStorageClient, container: string, input: CreateFormPostInput): Promise<FormPost> {
  const given = inputBag(input, true);
  const { url, signedPath } = targetUrl(client, container, given.prefix);
  const key = checkKey(given.key);
  const digest = checkDigest(given.digest);
  const expires = expirySeconds(given.expires);
  const maxFileSize = checkWhole(given.max_file_size, 'max_file_size', 0);
  const maxFileCount = checkWhole(given.max_file_count, 'max_file_count', 1);
  const redirect = checkRedirect(given.redirect);
  const deletion = deletionFields(given);
  // formpost.py: '%s\n%s\n%s\n%s\n%s' % (path, redirect or '', max_file_size, max_file_count, expires)
  const message = `${signedPath}\n${redirect ?? ''}\n${String(maxFileSize)}\n${String(maxFileCount)}\n${String(expires)}`;
  const signature = await swiftSignature(digest, key, message);
  return {
    url,
    fields: {
      ...(redirect === undefined ? {} : { redirect }),
      max_file_size: String(maxFileSize),
      max_file_count: String(maxFileCount),
      expires: String(expires),
      signature,
      ...deletion,
    },
  };
}
