import { createServiceClient, type ProviderClient, type ServiceClient, type ServiceClientOptions } from '@openstack-ts/core';

/** Options of {@link createNetworkingClient}: endpoint selection. Neutron has no microversions. */
export type NetworkingClientOptions = Omit<ServiceClientOptions, 'type' | 'negotiate' | 'microversion' | 'base'>;

/**
 * Creates a ServiceClient for Neutron (service type `network`), rooted at the endpoint's `v2.0/`
 * (added unless the catalog's URL already ends with it).
 */
export function createNetworkingClient(provider: ProviderClient, options: NetworkingClientOptions = {}, call: { signal?: AbortSignal | undefined } = {}): Promise<ServiceClient> {
  return createServiceClient(provider, { ...options, type: 'network', base: 'v2.0/' }, call);
}
