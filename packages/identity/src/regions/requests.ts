import { paginate, type CallOptions, type Paged } from '@openstack-ts/core';
import type { IdentityClient } from '../client.js';
import { keystonePages } from '../common.js';
import type { Region } from './results.js';
import { regionPath, regionsPath } from './urls.js';

/** Filters of {@link listRegions}; each field is the query parameter of the same name. */
export interface ListRegionsQuery {
  /** Only the direct children of this region. */
  parent_region_id?: string;
  /** Page size on Keystone releases that page (newer than Zed); the listing still yields everything. */
  limit?: number;
  marker?: string;
}

/** The body of {@link createRegion}. */
export interface CreateRegionInput {
  /** The region's ID; Keystone generates one when it is left out. */
  id?: string;
  description?: string;
  parent_region_id?: string;
}

/** The body of {@link updateRegion}. */
export type UpdateRegionInput = Omit<CreateRegionInput, 'id'>;

/** Lists regions. Any authenticated user may. */
export function listRegions(client: IdentityClient, query: ListRegionsQuery = {}, options?: CallOptions): Paged<Region> {
  return paginate<Region>(client, () => ({ path: regionsPath(), query: { ...query }, itemsKey: 'regions', strategy: keystonePages() }), options);
}

/** Shows a region. Any authenticated user may. */
export async function getRegion(client: IdentityClient, id: string, options?: CallOptions): Promise<Region> {
  return client.request<Region>({ method: 'GET', path: regionPath(id), unwrap: 'region' }, options);
}

/** Creates a region (`POST /regions`, with or without an `id`). Admin only (system admin by default). */
export async function createRegion(client: IdentityClient, input: CreateRegionInput, options?: CallOptions): Promise<Region> {
  return client.request<Region>({ method: 'POST', path: regionsPath(), json: { region: input }, expectStatus: [201], unwrap: 'region' }, options);
}

/** Updates a region's description or parent. Admin only. */
export async function updateRegion(client: IdentityClient, id: string, input: UpdateRegionInput, options?: CallOptions): Promise<Region> {
  return client.request<Region>({ method: 'PATCH', path: regionPath(id), json: { region: input }, expectStatus: [200], unwrap: 'region' }, options);
}

/**
 * Deletes a region. Admin only. Surprise: Keystone (Zed) deletes the region's child regions with
 * it, silently, rather than refusing.
 */
export async function deleteRegion(client: IdentityClient, id: string, options?: CallOptions): Promise<void> {
  return client.execute({ method: 'DELETE', path: regionPath(id), expectStatus: [204] }, options);
}
