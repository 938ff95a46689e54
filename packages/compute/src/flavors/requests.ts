import { findIdByName, linkedPages, paginate, type CallOptions, type Paged, type ServiceClient } from '@openstack-ts/core';
import type { SortDirection } from '../common.js';
import type { Flavor, FlavorAccess, FlavorSummary } from './results.js';
import { extraSpecPath, extraSpecsPath, flavorAccessPath, flavorActionPath, flavorPath, flavorsDetailPath, flavorsPath } from './urls.js';

/** Filters and paging of {@link listFlavors}; each field is the query parameter of the same name. */
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

function toListQuery(query: ListFlavorsQuery): Record<string, string | number | boolean | undefined> {
  return { ...query, is_public: query.is_public === undefined ? undefined : String(query.is_public) };
}

/** Lists flavor summaries (ID, name, links). Sends nothing until iteration starts. */
export function listFlavors(client: ServiceClient, query: ListFlavorsQuery = {}, options?: CallOptions): Paged<FlavorSummary> {
  return paginate<FlavorSummary>(
    client,
    { path: flavorsPath(), query: toListQuery(query), itemsKey: 'flavors', strategy: linkedPages('flavors_links') },
    options,
  );
}

/** Lists flavors with their details (RAM, vCPUs, disks, access, extra specs from 2.61). */
export function listFlavorsDetail(client: ServiceClient, query: ListFlavorsQuery = {}, options?: CallOptions): Paged<Flavor> {
  return paginate<Flavor>(
    client,
    { path: flavorsDetailPath(), query: toListQuery(query), itemsKey: 'flavors', strategy: linkedPages('flavors_links') },
    options,
  );
}

/** Shows one flavor. */
export function getFlavor(client: ServiceClient, id: string, options?: CallOptions): Promise<Flavor> {
  return client.request<Flavor>({ method: 'GET', path: flavorPath(id), unwrap: 'flavor' }, options);
}

/** Creates a flavor. Admin only; a `description` requires microversion 2.55. */
export function createFlavor(client: ServiceClient, input: CreateFlavorInput, options?: CallOptions): Promise<Flavor> {
  if (input.description !== undefined) client.requireMicroversion('2.55', 'A flavor description', options);
  return client.request<Flavor>({ method: 'POST', path: flavorsPath(), json: { flavor: input }, expectStatus: [200], unwrap: 'flavor' }, options);
}

/** Updates a flavor's description. Admin only; requires microversion 2.55. */
export function updateFlavor(client: ServiceClient, id: string, input: UpdateFlavorInput, options?: CallOptions): Promise<Flavor> {
  client.requireMicroversion('2.55', 'Updating a flavor', options);
  return client.request<Flavor>({ method: 'PUT', path: flavorPath(id), json: { flavor: input }, expectStatus: [200], unwrap: 'flavor' }, options);
}

/** Deletes a flavor. Admin only. Servers keep their copy of the flavor. */
export function deleteFlavor(client: ServiceClient, id: string, options?: CallOptions): Promise<void> {
  return client.execute({ method: 'DELETE', path: flavorPath(id), expectStatus: [202] }, options);
}

/** Turns a flavor name into its ID; throws `NameLookupError` when none or several have the name. */
export function findFlavorId(client: ServiceClient, name: string, options?: CallOptions): Promise<string> {
  return findIdByName(listFlavors(client, { is_public: 'None' }, options), name, 'flavor');
}

/** Lists the projects that may use a private flavor. Admin only. */
export function listFlavorAccess(client: ServiceClient, id: string, options?: CallOptions): Promise<FlavorAccess[]> {
  return client.request<FlavorAccess[]>({ method: 'GET', path: flavorAccessPath(id), unwrap: 'flavor_access' }, options);
}

/** Lets a project use a private flavor; returns the flavor's access list. Admin only. */
export function addFlavorAccess(client: ServiceClient, id: string, tenant: string, options?: CallOptions): Promise<FlavorAccess[]> {
  return client.request<FlavorAccess[]>(
    { method: 'POST', path: flavorActionPath(id), json: { addTenantAccess: { tenant } }, unwrap: 'flavor_access' },
    options,
  );
}

/** Takes a project's access to a private flavor away; returns the flavor's access list. Admin only. */
export function removeFlavorAccess(client: ServiceClient, id: string, tenant: string, options?: CallOptions): Promise<FlavorAccess[]> {
  return client.request<FlavorAccess[]>(
    { method: 'POST', path: flavorActionPath(id), json: { removeTenantAccess: { tenant } }, unwrap: 'flavor_access' },
    options,
  );
}

/** Lists a flavor's extra specs. */
export function listFlavorExtraSpecs(client: ServiceClient, id: string, options?: CallOptions): Promise<Record<string, string>> {
  return client.request<Record<string, string>>({ method: 'GET', path: extraSpecsPath(id), unwrap: 'extra_specs' }, options);
}

/** Creates or replaces extra specs (the others stay); returns those sent. Admin only. */
export function setFlavorExtraSpecs(client: ServiceClient, id: string, specs: Record<string, string>, options?: CallOptions): Promise<Record<string, string>> {
  return client.request<Record<string, string>>(
    { method: 'POST', path: extraSpecsPath(id), json: { extra_specs: specs }, unwrap: 'extra_specs' },
    options,
  );
}

/** Shows one extra spec as `{ [key]: value }`. */
export function getFlavorExtraSpec(client: ServiceClient, id: string, key: string, options?: CallOptions): Promise<Record<string, string>> {
  return client.request<Record<string, string>>({ method: 'GET', path: extraSpecPath(id, key) }, options);
}

/** Sets one extra spec. Admin only. */
export function updateFlavorExtraSpec(client: ServiceClient, id: string, key: string, value: string, options?: CallOptions): Promise<Record<string, string>> {
  return client.request<Record<string, string>>({ method: 'PUT', path: extraSpecPath(id, key), json: { [key]: value } }, options);
}

/** Deletes one extra spec. Admin only. */
export function deleteFlavorExtraSpec(client: ServiceClient, id: string, key: string, options?: CallOptions): Promise<void> {
  return client.execute({ method: 'DELETE', path: extraSpecPath(id, key), expectStatus: [200] }, options);
}
