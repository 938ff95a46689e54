import { paginate, type CallOptions, type Paged } from '@openstack-ts/core';
import type { IdentityClient } from '../client.js';
import { keystonePages } from '../common.js';
import type { CatalogService } from './results.js';
import { catalogServicePath, catalogServicesPath } from './urls.js';

/** Filters of {@link listCatalogServices}; each field is the query parameter of the same name. */
export interface ListCatalogServicesQuery {
  type?: string;
  /** Page size on Keystone releases that page (newer than Zed); the listing still yields everything. */
  limit?: number;
  marker?: string;
}

/** The body of {@link createCatalogService}. */
export interface CreateCatalogServiceInput {
  type: string;
  name?: string;
  description?: string;
  enabled?: boolean;
}

/** The body of {@link updateCatalogService}. */
export type UpdateCatalogServiceInput = Partial<CreateCatalogServiceInput>;

/** Lists the catalog's services. Admin only (system reader in Keystone's default policy). */
export function listCatalogServices(client: IdentityClient, query: ListCatalogServicesQuery = {}, options?: CallOptions): Paged<CatalogService> {
  return paginate<CatalogService>(client, () => ({ path: catalogServicesPath(), query: { ...query }, itemsKey: 'services', strategy: keystonePages() }), options);
}

/** Shows a catalog service. Admin only (system reader). */
export async function getCatalogService(client: IdentityClient, id: string, options?: CallOptions): Promise<CatalogService> {
  return client.request<CatalogService>({ method: 'GET', path: catalogServicePath(id), unwrap: 'service' }, options);
}

/** Registers a service in the catalog. Admin only (system admin). */
export async function createCatalogService(client: IdentityClient, input: CreateCatalogServiceInput, options?: CallOptions): Promise<CatalogService> {
  return client.request<CatalogService>({ method: 'POST', path: catalogServicesPath(), json: { service: input }, expectStatus: [201], unwrap: 'service' }, options);
}

/** Updates a catalog service. Admin only (system admin). */
export async function updateCatalogService(client: IdentityClient, id: string, input: UpdateCatalogServiceInput, options?: CallOptions): Promise<CatalogService> {
  return client.request<CatalogService>({ method: 'PATCH', path: catalogServicePath(id), json: { service: input }, expectStatus: [200], unwrap: 'service' }, options);
}

/** Removes a service from the catalog. Admin only (system admin). */
export async function deleteCatalogService(client: IdentityClient, id: string, options?: CallOptions): Promise<void> {
  return client.execute({ method: 'DELETE', path: catalogServicePath(id), expectStatus: [204] }, options);
}
