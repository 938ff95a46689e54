import {
  createServiceClient,
  serviceClientOf,
  type ProviderClient,
  type ServiceClient,
  type ServiceClientOf,
  type ServiceClientOptions,
} from '@openstack-ts/core';

/**
 * A client of Keystone's v3 API (service type `identity`): what every identity operation takes.
 * Get one from {@link createIdentityClient}, or turn a plain `ServiceClient` into one with
 * {@link asIdentityClient}.
 */
export type IdentityClient = ServiceClientOf<'identity'>;

/** Options of {@link createIdentityClient}: endpoint selection. Keystone v3 has no microversions. */
export type IdentityClientOptions = Omit<ServiceClientOptions, 'type' | 'negotiate' | 'microversion' | 'base'>;

/**
 * Creates a client of Keystone's v3 API (service type `identity`), rooted at the endpoint's `v3/`
 * (added unless the catalog's URL already ends with it). Authenticates when needed and picks the
 * endpoint at once. Keystone v2.0 is not supported: it was removed upstream in 2018.
 */
export async function createIdentityClient(
  provider: ProviderClient,
  options: IdentityClientOptions = {},
  call: { signal?: AbortSignal | undefined } = {},
): Promise<IdentityClient> {
  return asIdentityClient(await createServiceClient(provider, { ...options, type: 'identity', base: 'v3/' }, call));
}

/**
 * A `ServiceClient` of Keystone as an {@link IdentityClient}. Raises `InvalidInputError` for a
 * client of another service.
 */
export function asIdentityClient(client: ServiceClient): IdentityClient {
  return serviceClientOf(client, 'identity');
}
