import { createServiceClient, type ProviderClient, type ServiceClient, type ServiceClientOptions } from '@openstack-ts/core';

/** Options of {@link createIdentityClient}: endpoint selection. Keystone v3 has no microversions. */
export type IdentityClientOptions = Omit<ServiceClientOptions, 'type' | 'negotiate' | 'microversion' | 'base'>;

/**
 * Creates a ServiceClient for Keystone's v3 API (service type `identity`), rooted at the
 * endpoint's `v3/` (added unless the catalog's URL already ends with it). Keystone v2.0 is not
 * supported: it was removed upstream in 2018.
 */
export function createIdentityClient(provider: ProviderClient, options: IdentityClientOptions = {}, call: { signal?: AbortSignal | undefined } = {}): Promise<ServiceClient> {
  return createServiceClient(provider, { ...options, type: 'identity', base: 'v3/' }, call);
}
