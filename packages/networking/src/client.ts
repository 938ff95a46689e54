import {
  createServiceClient,
  serviceClientOf,
  type ProviderClient,
  type ServiceClient,
  type ServiceClientOf,
  type ServiceClientOptions,
} from '@openstack-ts/core';

/**
 * A client of Neutron (official service type `network`): what every networking operation takes.
 * It is a `ServiceClient` whose type says which service it talks to, so handing a compute
 * client to a networking operation does not compile. Get one from {@link createNetworkingClient},
 * or from a plain `ServiceClient` with {@link asNetworkingClient}.
 */
export type NetworkingClient = ServiceClientOf<'network'>;

/** Options of {@link createNetworkingClient}: endpoint selection. Neutron has no microversions. */
export type NetworkingClientOptions = Omit<ServiceClientOptions, 'type' | 'negotiate' | 'microversion' | 'base'>;

/**
 * Creates a client of Neutron (service type `network`), rooted at the endpoint's `v2.0/` (added
 * unless the catalog's URL already ends with it). Authenticates when needed and picks the endpoint
 * at once, so a catalog without a network service fails here, listing what it offers.
 */
export async function createNetworkingClient(
  provider: ProviderClient,
  options: NetworkingClientOptions = {},
  call: { signal?: AbortSignal | undefined } = {},
): Promise<NetworkingClient> {
  return asNetworkingClient(await createServiceClient(provider, { ...options, type: 'network', base: 'v2.0/' }, call));
}

/**
 * Turns a `ServiceClient` of Neutron (from `createServiceClient` with type `network`, say) into a
 * {@link NetworkingClient}. Raises `InvalidInputError` (field `client`) for a client of another
 * service. Give the client a `base` of `v2.0/`: the operations' paths are relative to it.
 */
export function asNetworkingClient(client: ServiceClient): NetworkingClient {
  return serviceClientOf(client, 'network');
}
