import {
  AuthError,
  InvalidInputError,
  createProviderClient,
  redactUrl,
  type Authenticator,
  type ProviderClient,
  type ProviderClientOptions,
} from '@openstack-ts/core';

/** Credentials for Swift's own v1 auth (tempauth, swauth), as Gophercloud's `swauth` takes them. */
export interface SwauthOptions {
  /** The auth URL, e.g. `https://swift.example.com/auth/v1.0`. */
  authUrl: string;
  /** `account:user`. */
  user: string;
  /** The user's key (password). Kept secret. */
  key: string;
  /** The region the storage URL is listed under. Default `RegionOne`. */
  region?: string | undefined;
}

/** Options of {@link createSwauthProvider}: the credentials plus the provider's own options. */
export type SwauthProviderOptions = SwauthOptions & Omit<ProviderClientOptions, 'auth' | 'authenticator' | 'region'>;

/** Seconds to assume when the auth answer does not say (`X-Auth-Token-Expires` is optional). */
const DEFAULT_LIFETIME_S = 3600;

/**
 * An `Authenticator` for Swift's v1 auth: `GET <authUrl>` with `X-Auth-User` and
 * `X-Auth-Key`, answered with `X-Auth-Token` and `X-Storage-Url`. The storage URL becomes the
 * token's one catalog entry (type `object-store`), so `createObjectStorageClient` finds it; the
 * provider re-authenticates on a 401 and before `X-Auth-Token-Expires` runs out.
 */
export function swauthAuthenticator(options: SwauthOptions): Authenticator {
  let url: URL;
  try {
    url = new URL(options.authUrl);
  } catch {
    throw new InvalidInputError(`authUrl is not a URL: ${JSON.stringify(options.authUrl)}`, 'authUrl');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new InvalidInputError('authUrl must be http or https', 'authUrl');
  if (typeof options.user !== 'string' || options.user === '') throw new InvalidInputError('user must be "account:user"', 'user');
  if (typeof options.key !== 'string' || options.key === '') throw new InvalidInputError('key must be a non-empty string', 'key');
  const authUrl = url.toString();
  const region = options.region ?? 'RegionOne';
  return {
    method: 'swauth',
    url: authUrl,
    secrets: [options.key],
    async authenticate(context) {
      const response = await context.send(authUrl, {
        method: 'GET',
        path: authUrl,
        headers: { 'X-Auth-User': options.user, 'X-Auth-Key': options.key },
        expectStatus: [200, 204],
      });
      const token = response.headers.get('x-auth-token') ?? response.headers.get('x-storage-token');
      const storageUrl = response.headers.get('x-storage-url');
      const requestId = response.requestId ?? 'no request id';
      if (token === null || token === '' || storageUrl === null || storageUrl === '') {
        throw new AuthError(
          'invalid-token-response',
          `GET ${redactUrl(authUrl)}: ${String(response.status)} without ${token === null || token === '' ? 'X-Auth-Token' : 'X-Storage-Url'} (${requestId})`,
        );
      }
      const expiresHeader = response.headers.get('x-auth-token-expires');
      const seconds = expiresHeader !== null && /^\d+(\.\d+)?$/.test(expiresHeader) ? Number(expiresHeader) : DEFAULT_LIFETIME_S;
      const issued = context.now();
      return {
        id: token,
        body: {
          methods: ['swauth'],
          issued_at: new Date(issued).toISOString(),
          expires_at: new Date(issued + seconds * 1000).toISOString(),
          user: { id: options.user, name: options.user },
          catalog: [
            {
              type: 'object-store',
              name: 'swift',
              id: 'swauth',
              endpoints: [{ id: 'swauth-public', interface: 'public', region, region_id: region, url: storageUrl }],
            },
          ],
        },
      };
    },
  };
}

/**
 * Creates a `ProviderClient` that authenticates with Swift's v1 auth instead of Keystone.
 * Hand it to `createObjectStorageClient` as any other provider.
 */
export function createSwauthProvider(options: SwauthProviderOptions): ProviderClient {
  const { authUrl, user, key, region, ...rest } = options;
  return createProviderClient({ ...rest, authenticator: swauthAuthenticator({ authUrl, user, key, region }) });
}
