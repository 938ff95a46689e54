import {
  createServiceClient,
  serviceClientOf,
  type ProviderClient,
  type ServiceClient,
  type ServiceClientOf,
  type ServiceClientOptions,
} from '@openstack-ts/core';

/** The lowest microversion of the Block Storage API v3. */
export const BLOCK_STORAGE_MIN_MICROVERSION = '3.0';

/**
 * The highest Block Storage microversion this package knows (Cinder Zed). A client negotiates up
 * to it (or the server's maximum, if lower) unless a microversion is pinned.
 */
export const BLOCK_STORAGE_MAX_MICROVERSION = '3.70';

/** Options of {@link createBlockStorageClient}: endpoint selection, and a microversion to pin. */
export type BlockStorageClientOptions = Omit<ServiceClientOptions, 'type' | 'negotiate'>;

/**
 * A client of Cinder (service type `block-storage`): what every block storage operation takes. It
 * is core's `ServiceClient` with a type-only brand, so a client of another service does not
 * compile where a block storage client is expected. Get one from
 * {@link createBlockStorageClient}, or from a plain `ServiceClient` with
 * {@link asBlockStorageClient}.
 */
export type BlockStorageClient = ServiceClientOf<'block-storage'>;

/**
 * Creates a client for Cinder (service type `block-storage`, found under its aliases `volumev3`
 * and `volume` too). Cinder's endpoint ends in the project ID (`…/v3/{project_id}`); the operations'
 * paths are relative to it. Unless `microversion` is pinned (here or in clouds.yaml's
 * `volume_api_version`), it reads Cinder's versions document and uses the highest microversion
 * both this package and the server support.
 */
export async function createBlockStorageClient(
  provider: ProviderClient,
  options: BlockStorageClientOptions = {},
  call: { signal?: AbortSignal | undefined } = {},
): Promise<BlockStorageClient> {
  return asBlockStorageClient(
    await createServiceClient(
      provider,
      { ...options, type: 'block-storage', negotiate: { min: BLOCK_STORAGE_MIN_MICROVERSION, max: BLOCK_STORAGE_MAX_MICROVERSION } },
      call,
    ),
  );
}

/**
 * A `ServiceClient` of Cinder as a {@link BlockStorageClient}, after checking its service type;
 * raises `InvalidInputError` for a client of another service.
 */
export function asBlockStorageClient(client: ServiceClient): BlockStorageClient {
  return serviceClientOf(client, 'block-storage');
}
