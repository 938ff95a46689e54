import type { ComputeClient } from '../client.js';
import { findIdOrName, linkedPages, paginate, singlePage, type CallOptions, type FoundId, type Paged, type QueryValue } from '@openstack-ts/core';
import type { SortDirection } from '../common.js';
import type { Flavor, FlavorAccess, FlavorSummary } from './results.js';
import { extraSpecPath, extraSpecsPath, flavorAccessPath, flavorActionPath, flavorPath, flavorsDetailPath, flavorsPath } from './urls.js';

/** Filters and paging of {@link listFlavors} and {@link listFlavorSummaries}; each field is the query parameter of the same name. */
export interface ListFlavorsQuery {
  /** Minimum disk in GiB. */
  minDisk?: number;
  /** Minimum RAM in MiB. */
  minRam?: number;
  /** `true` public only, `false` private only, `'None'` both (admin). Default: public, plus the project's private ones. */
  is_public?: boolean | 'None';
  sort_key?: 'created_at' | 'description' | 'disabled' | 'ephemeral_gb' | 'flavorid' | 'id' | 'is_public' | 'memory_mb' | 'name' | 'root_gb' | 'rxtx_factor' | 'swap' | 'updated_at' | 'vcpu_weight' | 'vcpus' | (string & {});
  sort_dir?: SortDirection;
  /** Page size. The listing still yields every flavor, page by page. */
  limit?: number;
  /** Start after this flavor ID. */
  marker?: string;
}

/** The body of {@link createFlavor}. Admin only. */
export interface CreateFlavorInput {
  name: string;
  /** RAM in MiB. */
  ram: number;
  vcpus: number;
  /** Root disk in GiB (0: the image's size). */
  disk: number;
  /** The flavor ID; Nova generates a UUID when absent. */
  id?: string;
  'OS-FLV-EXT-DATA:ephemeral'?: number;
  /** Swap in MiB. */
  swap?: number;
  rxtx_factor?: number;
  'os-flavor-access:is_public'?: boolean;
  /** Requires microversion 2.55. */
  description?: string | null;
}

/** The body of {@link updateFlavor}: only the description can change. Requires microversion 2.55. */
export interface UpdateFlavorInput {
  description: string | null;
}

function toListQuery(query: ListFlavorsQuery): Record<string, QueryValue> {
  return { ...query, is_public: query.is_public === undefined ? undefined : String(query.is_public) };
}

/**
 * Lists flavors with their details (RAM, vCPUs, disks, access, extra specs from microversion
 * 2.61). Sends nothing until iteration starts.
 */
export function listFlavors(client: ComputeClient, query: ListFlavorsQuery = {}, options?: CallOptions): Paged<Flavor> {
  return paginate<Flavor>(
    client,
    () => ({ path: flavorsDetailPath(), query: toListQuery(query), itemsKey: 'flavors', strategy: linkedPages('flavors_links') }),
    options,
  );
}

/** Lists flavors as ID, name and links only (cheaper than {@link listFlavors}); the same filters. */
export function listFlavorSummaries(client: ComputeClient, query: ListFlavorsQuery = {}, options?: CallOptions): Paged<FlavorSummary> {
  return paginate<FlavorSummary>(
    client,
    () => ({ path: flavorsPath(), query: toListQuery(query), itemsKey: 'flavors', strategy: linkedPages('flavors_links') }),
    options,
  );
}

/** Shows one flavor. */
export async function getFlavor(client: ComputeClient, id: string, options?: CallOptions): Promise<Flavor> {
  return client.request<Flavor>({ method: 'GET', path: flavorPath(id), unwrap: 'flavor' }, options);
}

/** Creates a flavor. Admin only; a `description` requires microversion 2.55. */
export async function createFlavor(client: ComputeClient, input: CreateFlavorInput, options?: CallOptions): Promise<Flavor> {
  if (input.description !== undefined) client.requireMicroversion('2.55', 'A flavor description', options);
  return client.request<Flavor>({ method: 'POST', path: flavorsPath(), json: { flavor: input }, expectStatus: [200], unwrap: 'flavor' }, options);
}

/** Updates a flavor's description. Admin only; requires microversion 2.55. */
export async function updateFlavor(client: ComputeClient, id: string, input: UpdateFlavorInput, options?: CallOptions): Promise<Flavor> {
  client.requireMicroversion('2.55', 'Updating a flavor', options);
  return client.request<Flavor>({ method: 'PUT', path: flavorPath(id), json: { flavor: input }, expectStatus: [200], unwrap: 'flavor' }, options);
}

/** Deletes a flavor. Admin only. Servers keep their copy of the flavor. */
export async function deleteFlavor(client: ComputeClient, id: string, options?: CallOptions): Promise<void> {
  return client.execute({ method: 'DELETE', path: flavorPath(id), expectStatus: [202] }, options);
}

/**
 * Resolves a flavor ID or name to its ID: tried as an ID first (`GET /flavors/{id}`), then as a
 * name exactly one flavor has, public or (for an admin, or with access) private. Rejects with
 * `NameLookupError` when neither matches or several flavors have the name, with
 * `InvalidInputError` for an empty input.
 */
export async function findFlavorId(client: ComputeClient, nameOrId: string, options?: CallOptions): Promise<FoundId> {
  return findIdOrName<FlavorSummary>({
    nameOrId,
    what: 'flavor',
    get: async (id) => getFlavor(client, id, options),
    list: () => listFlavorSummaries(client, { is_public: 'None' }, options),
  });
}

/** Lists the projects that may use a private flavor. Admin only. All in one page; a public flavor answers 404. */
export function listFlavorAccess(client: ComputeClient, id: string, options?: CallOptions): Paged<FlavorAccess> {
  return paginate<FlavorAccess>(client, () => ({ path: flavorAccessPath(id), itemsKey: 'flavor_access', strategy: singlePage() }), options);
}

/** Lets a project use a private flavor; returns the flavor's access list. Admin only. */
export async function addFlavorAccess(client: ComputeClient, id: string, tenant: string, options?: CallOptions): Promise<FlavorAccess[]> {
  return client.request<FlavorAccess[]>(
    { method: 'POST', path: flavorActionPath(id), json: { addTenantAccess: { tenant } }, unwrap: 'flavor_access' },
    options,
  );
}

/** Takes a project's access to a private flavor away; returns the flavor's access list. Admin only. */
export async function removeFlavorAccess(client: ComputeClient, id: string, tenant: string, options?: CallOptions): Promise<FlavorAccess[]> {
  return client.request<FlavorAccess[]>(
    { method: 'POST', path: flavorActionPath(id), json: { removeTenantAccess: { tenant } }, unwrap: 'flavor_access' },
    options,
  );
}

/** Reads a flavor's extra specs, as one map of key to value. */
export async function getFlavorExtraSpecs(client: ComputeClient, id: string, options?: CallOptions): Promise<Record<string, string>> {
  return client.request<Record<string, string>>({ method: 'GET', path: extraSpecsPath(id), unwrap: 'extra_specs' }, options);
}

/** Creates or replaces extra specs (the others stay); returns those sent. Admin only. */
export async function setFlavorExtraSpecs(client: ComputeClient, id: string, specs: Record<string, string>, options?: CallOptions): Promise<Record<string, string>> {
  return client.request<Record<string, string>>(
    { method: 'POST', path: extraSpecsPath(id), json: { extra_specs: specs }, unwrap: 'extra_specs' },
    options,
  );
}

/** Shows one extra spec as `{ [key]: value }`. */
export async function getFlavorExtraSpec(client: ComputeClient, id: string, key: string, options?: CallOptions): Promise<Record<string, string>> {
  return client.request<Record<string, string>>({ method: 'GET', path: extraSpecPath(id, key) }, options);
}

/** Sets one extra spec. Admin only. */
export async function updateFlavorExtraSpec(client: ComputeClient, id: string, key: string, value: string, options?: CallOptions): Promise<Record<string, string>> {
  return client.request<Record<string, string>>({ method: 'PUT', path: extraSpecPath(id, key), json: { [key]: value } }, options);
}

/** Deletes one extra spec. Admin only. */
export async function deleteFlavorExtraSpec(client: ComputeClient, id: string, key: string, options?: CallOptions): Promise<void> {
  return client.execute({ method: 'DELETE', path: extraSpecPath(id, key), expectStatus: [200] }, options);
}
