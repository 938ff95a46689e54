import type { ComputeClient } from '../client.js';
import { InvalidInputError, paginate, singlePage, type CallOptions, type Paged } from '@openstack-ts/core';
import type { Aggregate, CreatedAggregate } from './results.js';
import { aggregateActionPath, aggregateImagesPath, aggregatePath, aggregatesPath } from './urls.js';

/** The body of {@link createAggregate}. */
export interface CreateAggregateInput {
  name: string;
  /**
   * Makes the aggregate an availability zone that users can see and boot into. It must not
   * contain `:`; `null` is the same as leaving it out.
   */
  availability_zone?: string | null;
}

/** The body of {@link updateAggregate}: give at least one field. */
export interface UpdateAggregateInput {
  name?: string;
  /**
   * The new availability zone. Nova refuses (400) a zone that a host of the aggregate already has
   * through another aggregate; avoid changing it while hosts of the aggregate run servers.
   */
  availability_zone?: string | null;
}

/** Lists the host aggregates, with their hosts and metadata. Admin only. All in one page. */
export function listAggregates(client: ComputeClient, options?: CallOptions): Paged<Aggregate> {
  return paginate<Aggregate>(client, { path: aggregatesPath(), itemsKey: 'aggregates', strategy: singlePage() }, options);
}

/**
 * Creates a host aggregate; with an `availability_zone` it is also an availability zone. Admin
 * only. Nova answers 409 when the name (or the zone's name) is taken.
 */
export async function createAggregate(client: ComputeClient, input: CreateAggregateInput, options?: CallOptions): Promise<CreatedAggregate> {
  if (typeof input.name !== 'string' || input.name === '') throw new InvalidInputError('An aggregate needs a name', 'name');
  return client.request<CreatedAggregate>(
    { method: 'POST', path: aggregatesPath(), json: { aggregate: input }, expectStatus: [200], unwrap: 'aggregate' },
    options,
  );
}

/** Shows a host aggregate with its hosts and metadata. Admin only. */
export async function getAggregate(client: ComputeClient, id: number | string, options?: CallOptions): Promise<Aggregate> {
  return client.request<Aggregate>({ method: 'GET', path: aggregatePath(id), expectStatus: [200], unwrap: 'aggregate' }, options);
}

/** Renames a host aggregate or changes its availability zone. Admin only. */
export async function updateAggregate(client: ComputeClient, id: number | string, input: UpdateAggregateInput, options?: CallOptions): Promise<Aggregate> {
  if (input.name === undefined && input.availability_zone === undefined) {
    throw new InvalidInputError('Updating an aggregate needs a name or an availability_zone', 'input');
  }
  return client.request<Aggregate>(
    { method: 'PUT', path: aggregatePath(id), json: { aggregate: input }, expectStatus: [200], unwrap: 'aggregate' },
    options,
  );
}

/** Deletes a host aggregate. Admin only; Nova refuses (400) while the aggregate still has hosts. */
export async function deleteAggregate(client: ComputeClient, id: number | string, options?: CallOptions): Promise<void> {
  return client.execute({ method: 'DELETE', path: aggregatePath(id), expectStatus: [200] }, options);
}

async function aggregateAction(client: ComputeClient, id: number | string, body: Record<string, unknown>, options: CallOptions | undefined): Promise<Aggregate> {
  return client.request<Aggregate>(
    { method: 'POST', path: aggregateActionPath(id), json: body, expectStatus: [200], unwrap: 'aggregate' },
    options,
  );
}

/**
 * Adds a compute host (its service host name) to an aggregate (`add_host` action); returns the
 * aggregate. Admin only. Nova answers 409 when the host is already in it, or when the aggregate's
 * availability zone would move a host that runs servers to another zone.
 */
export async function addAggregateHost(client: ComputeClient, id: number | string, host: string, options?: CallOptions): Promise<Aggregate> {
  if (typeof host !== 'string' || host === '') throw new InvalidInputError('host must be a non-empty string', 'host');
  return aggregateAction(client, id, { add_host: { host } }, options);
}

/**
 * Removes a compute host from an aggregate (`remove_host` action); returns the aggregate. Admin
 * only. Nova answers 404 when the host is not in the aggregate.
 */
export async function removeAggregateHost(client: ComputeClient, id: number | string, host: string, options?: CallOptions): Promise<Aggregate> {
  if (typeof host !== 'string' || host === '') throw new InvalidInputError('host must be a non-empty string', 'host');
  return aggregateAction(client, id, { remove_host: { host } }, options);
}

/**
 * Creates or replaces metadata keys of an aggregate (`set_metadata` action); returns the
 * aggregate. Keys not given stay; a `null` value removes the key (except `availability_zone`,
 * which cannot be removed this way). Admin only.
 */
export async function setAggregateMetadata(client: ComputeClient, id: number | string, metadata: Record<string, string | null>, options?: CallOptions): Promise<Aggregate> {
  return aggregateAction(client, id, { set_metadata: { metadata } }, options);
}

/**
 * Asks the compute hosts of an aggregate to pre-cache images, sent as `{ cache: [{ id }] }`.
 * Nova accepts the request (202) and caches in the background. Admin only; requires
 * microversion 2.81.
 */
export async function cacheAggregateImages(client: ComputeClient, id: number | string, imageIds: readonly string[], options?: CallOptions): Promise<void> {
  client.requireMicroversion('2.81', 'Image pre-caching', options);
  if (imageIds.length === 0) throw new InvalidInputError('Give at least one image ID to cache', 'imageIds');
  for (const imageId of imageIds) {
    if (typeof imageId !== 'string' || imageId === '') throw new InvalidInputError('Image IDs must be non-empty strings', 'imageIds');
  }
  return client.execute(
    { method: 'POST', path: aggregateImagesPath(id), json: { cache: imageIds.map((imageId) => ({ id: imageId })) }, expectStatus: [202] },
    options,
  );
}
