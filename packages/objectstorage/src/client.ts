import {
  createServiceClient,
  serviceClientOf,
  type ProviderClient,
  type ServiceClient,
  type ServiceClientOf,
  type ServiceClientOptions,
} from '@openstack-ts/core';

/**
 * A client of Swift (service type `object-store`): what every object storage operation takes. Its
 * endpoint is the account's storage URL (`…/v1/AUTH_<project>/`); containers and objects are
 * paths below it. Get one from {@link createObjectStorageClient}, or turn a `ServiceClient` into
 * one with {@link asObjectStorageClient}.
 */
export type ObjectStorageClient = ServiceClientOf<'object-store'>;

/** Options of {@link createObjectStorageClient}: endpoint selection. Swift has no microversions. */
export type ObjectStorageClientOptions = Omit<ServiceClientOptions, 'type' | 'negotiate' | 'microversion' | 'base'>;

/**
 * Creates a client for Swift (service type `object-store`): authenticates when needed and picks
 * the account's storage URL from the catalog (or `endpointOverride`).
 */
export async function createObjectStorageClient(
  provider: ProviderClient,
  options: ObjectStorageClientOptions = {},
  call: { signal?: AbortSignal | undefined } = {},
): Promise<ObjectStorageClient> {
  return asObjectStorageClient(await createServiceClient(provider, { ...options, type: 'object-store' }, call));
}

/**
 * A `ServiceClient` of Swift as an {@link ObjectStorageClient}. Raises `InvalidInputError` for a
 * client of another service.
 */
export function asObjectStorageClient(client: ServiceClient): ObjectStorageClient {
  return serviceClientOf(client, 'object-store');
}
