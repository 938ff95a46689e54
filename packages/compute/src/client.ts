import {
  createServiceClient,
  serviceClientOf,
  type ProviderClient,
  type ServiceClient,
  type ServiceClientOf,
  type ServiceClientOptions,
} from '@openstack-ts/core';

/** The lowest microversion of the compute API v2.1. */
export const COMPUTE_MIN_MICROVERSION = '2.1';

/**
 * The highest compute microversion this package knows. A client negotiates up to it (or the
 * server's maximum, if lower) unless a microversion is pinned.
 */
export const COMPUTE_MAX_MICROVERSION = '2.96';

/** Options of {@link createComputeClient}: endpoint selection, and a microversion to pin. */
export type ComputeClientOptions = Omit<ServiceClientOptions, 'type' | 'negotiate'>;

/**
 * A client of Nova (service type `compute`): what every compute operation takes. It is core's
 * `ServiceClient` with a type-only brand, so a client of another service does not compile where a
 * compute client is expected. Get one from {@link createComputeClient}, or from a plain
 * `ServiceClient` with {@link asComputeClient}.
 */
export type ComputeClient = ServiceClientOf<'compute'>;

/**
 * Creates a client for Nova (service type `compute`). Unless `microversion` is pinned (here or in
 * clouds.yaml's `compute_api_version`), it reads Nova's versions document and uses the highest
 * microversion both this package and the server support.
 */
export async function createComputeClient(
  provider: ProviderClient,
  options: ComputeClientOptions = {},
  call: { signal?: AbortSignal | undefined } = {},
): Promise<ComputeClient> {
  return asComputeClient(
    await createServiceClient(
      provider,
      { ...options, type: 'compute', negotiate: { min: COMPUTE_MIN_MICROVERSION, max: COMPUTE_MAX_MICROVERSION } },
      call,
    ),
  );
}

/**
 * A `ServiceClient` of Nova as a {@link ComputeClient}, after checking its service type; raises
 * `InvalidInputError` for a client of another service.
 */
export function asComputeClient(client: ServiceClient): ComputeClient {
  return serviceClientOf(client, 'compute');
}
