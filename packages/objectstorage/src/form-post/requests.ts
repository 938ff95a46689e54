import { InvalidInputError, type ServiceClient } from '@openstack-ts/core';
import { containerPath } from '../common.js';
import { checkDigest, checkKey, expirySeconds, shown, splitSwiftUrl, swiftSignature, type Expiry, type SignatureDigest } from '../temp-urls/signing.js';
import type { FormPost } from './results.js';

/**
 * Where a form uploads to: a container's absolute URL (`http://host/v1/AUTH_x/c/`, optionally
 * followed by an object prefix), or a container and optional prefix under the client's storage URL.
 */
export type FormPostTarget =
  | { url: string; client?: undefined; container?: undefined; prefix?: undefined }
  | {
      client: ServiceClient;
      container: string;
      /**
       * Put in front of each uploaded file's name, as is: `uploads/` stores `a.txt` as
       * `uploads/a.txt`, while `up-` stores it as `up-a.txt`. Default: none.
       */
      prefix?: string | undefined;
      url?: undefined;
    };

/** What a form allows and how it is signed; see {@link createFormPost}. */
export interface FormPostSigning extends Expiry {
  /**
   * A temp URL key of the account or of the container (`X-Account-Meta-Temp-URL-Key`,
   * `X-Container-Meta-Temp-URL-Key`, or their `-2`), set with `updateAccount` or `updateContainer`.
   */
  key: string;
  /** The largest file the form accepts, in bytes (`max_file_size`); a larger one fails with 400. */
  maxFileSize: number;
  /** How many files the form accepts (`max_file_count`, at least 1). */
  maxFileCount: number;
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
  deleteAt?: Date | number | undefined;
  /** Delete the uploaded objects this many seconds after they are written (`x_delete_after`). Not signed. */
  deleteAfter?: number | undefined;
}

/** What {@link createFormPost} takes: the container (and prefix), and how to sign. */
export type CreateFormPostOptions = FormPostTarget & FormPostSigning;

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

function deletionFields(options: CreateFormPostOptions): Record<string, string> {
  const { deleteAt, deleteAfter } = options;
  if (deleteAt !== undefined && deleteAfter !== undefined) throw new InvalidInputError('Give deleteAt or deleteAfter, not both', 'deleteAt');
  if (deleteAfter !== undefined) return { x_delete_after: String(checkWhole(deleteAfter, 'deleteAfter', 1)) };
  if (deleteAt === undefined) return {};
  const seconds = deleteAt instanceof Date ? Math.floor(deleteAt.getTime() / 1000) : deleteAt;
  if (typeof seconds !== 'number' || !Number.isSafeInteger(seconds) || seconds <= 0) {
    throw new InvalidInputError(`deleteAt must be a Date or whole seconds since the epoch, got ${shown(deleteAt)}`, 'deleteAt');
  }
  return { x_delete_at: String(seconds) };
}

/** The form's URL and the path Swift signs (the path the form is posted to, decoded). */
function targetUrl(options: CreateFormPostOptions): { url: string; signedPath: string } {
  if ((options.url === undefined) === (options.client === undefined)) {
    throw new InvalidInputError('Give either url, or client with container (and prefix)', 'url');
  }
  let prefix: string | undefined;
  let field = 'url';
  let url: string;
  if (options.url !== undefined) {
    url = options.url;
  } else {
    prefix = options.prefix ?? '';
    if (typeof prefix !== 'string') throw new InvalidInputError('prefix must be a string', 'prefix');
    field = 'client.endpoint';
    url = options.client.url(`${containerPath(options.container)}/${prefix.split('/').map(encodeURIComponent).join('/')}`);
  }
  const path = splitSwiftUrl(url, field);
  // formpost.py finds the keys only for /v1/<account>/<container>[/…] (`valid_api_version`: v1 or v1.0).
  if ((path.version !== 'v1' && path.version !== 'v1.0') || path.account === '' || path.container === '') {
    throw new InvalidInputError(`A form's path must be /v1/<account>/<container>/[<prefix>], got ${path.url.pathname}`, field);
  }
  if (prefix !== undefined && (path.container !== options.container || path.rest !== prefix)) {
    // The URL parser drops "." and ".." segments (and their %2e forms).
    throw new InvalidInputError(`The prefix ${shown(prefix)} cannot be addressed by a URL: "." and ".." path segments are removed by URL parsers`, 'prefix');
  }
  return { url: `${path.url.origin}${path.url.pathname}`, signedPath: path.decoded };
}

/**
 * Creates the target and hidden fields of an HTML form that uploads files straight into a
 * container, signed as Swift's `formpost` middleware checks them: until it expires, anyone may post
 * up to `maxFileCount` files of at most `maxFileSize` bytes each, stored under the URL's prefix with
 * each file's own name. Computed locally (Web Crypto HMAC); nothing is sent.
 *
 * The signature covers the path as Swift decodes it, `redirect`, `max_file_size`, `max_file_count`
 * and `expires`; the delete-at fields are not signed. Swift reads the fields only before the first
 * file: append them to the form first. A form posted from a page of another origin also needs the
 * container's CORS settings (`X-Container-Meta-Access-Control-Allow-Origin`). Bad input throws
 * `InvalidInputError` at once, before the promise; the key is a secret and no message shows it.
 *
 * @example
 * ```ts
 * const { url, fields } = await createFormPost({
 *   client, container: 'inbox', prefix: 'user-42/', key, expiresIn: 600, maxFileSize: 10_000_000, maxFileCount: 2,
 * });
 * const form = new FormData();
 * for (const [name, value] of Object.entries(fields)) form.append(name, value); // fields first
 * form.append('file1', new Blob(['hello']), 'hello.txt'); // stored as user-42/hello.txt in inbox
 * form.append('file2', fileInput.files[0]); // a File: stored under its own name
 * const response = await fetch(url, { method: 'POST', body: form }); // 201 when every file is stored
 * ```
 */
export function createFormPost(options: CreateFormPostOptions): Promise<FormPost> {
  const { url, signedPath } = targetUrl(options);
  const key = checkKey(options.key);
  const digest = checkDigest(options.digest);
  const expires = expirySeconds(options);
  const maxFileSize = checkWhole(options.maxFileSize, 'maxFileSize', 0);
  const maxFileCount = checkWhole(options.maxFileCount, 'maxFileCount', 1);
  const redirect = checkRedirect(options.redirect);
  const deletion = deletionFields(options);
  // formpost.py: '%s\n%s\n%s\n%s\n%s' % (path, redirect or '', max_file_size, max_file_count, expires)
  const message = `${signedPath}\n${redirect ?? ''}\n${String(maxFileSize)}\n${String(maxFileCount)}\n${String(expires)}`;
  return swiftSignature(digest, key, message).then((signature) => ({
    url,
    fields: {
      ...(redirect === undefined ? {} : { redirect }),
      max_file_size: String(maxFileSize),
      max_file_count: String(maxFileCount),
      expires: String(expires),
      signature,
      ...deletion,
    },
  }));
}
