import { createServiceClient, type ProviderClient, type ServiceClient, type ServiceClientOptions } from '@openstack-ts/core';

/** Options of {@link createObjectStorageClient}: endpoint selection. Swift has no microversions. */
export type ObjectStorageClientOptions = Omit<ServiceClientOptions, 'type' | 'negotiate' | 'microversion' | 'base'>;

/**
 * Creates a ServiceClient for Swift (service type `object-store`). Its endpoint is the account's
 * storage URL from the catalog (`…/v1/AUTH_<project>`); containers and objects are paths below it.
 */
export function createObjectStorageClient(
  provider: ProviderClient,
  options: ObjectStorageClientOptions = {},
  call: { signal?: AbortSignal | undefined } = {},
): Promise<ServiceClient> {
  return createServiceClient(provider, { ...options, type: 'object-store' }, call);
}
