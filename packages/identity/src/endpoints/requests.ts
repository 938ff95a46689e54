import { paginate, type CallOptions, type Paged } from '@openstack-ts/core';
import type { IdentityClient } from '../client.js';
import { keystonePages } from '../common.js';
import type { Endpoint, EndpointInterface } from './results.js';
import { endpointPath, endpointsPath } from './urls.js';

/** Filters of {@link listEndpoints}; each field is the query parameter of the same name. */
export interface ListEndpointsQuery {
  interface?: EndpointInterface;
  service_id?: string;
  region_id?: string;
  /** Page size on Keystone releases that page (newer than Zed); the listing still yields everything. */
  limit?: number;
  marker?: string;
}

/** The body of {@link createEndpoint}. */
export interface CreateEndpointInput {
  service_id: string;
  interface: EndpointInterface;
  url: string;
  region_id?: string;
  enabled?: boolean;
}

/** The body of {@link updateEndpoint}. */
export type UpdateEndpointInput = Partial<CreateEndpointInput>;

/** Lists the catalog's endpoints. Admin only (system reader in Keystone's default policy). */
export function listEndpoints(client: IdentityClient, query: ListEndpointsQuery = {}, options?: CallOptions): Paged<Endpoint> {
  return paginate<Endpoint>(client, () => ({ path: endpointsPath(), query: { ...query }, itemsKey: 'endpoints', strategy: keystonePages() }), options);
}

/** Shows an endpoint. Admin only (system reader). */
export async function getEndpoint(client: IdentityClient, id: string, options?: CallOptions): Promise<Endpoint> {
  return client.request<Endpoint>({ method: 'GET', path: endpointPath(id), unwrap: 'endpoint' }, options);
}

/**
 * Creates an endpoint of a service. Admin only (system admin). Keystone refuses (400) an
 * `interface` other than `public`, `internal` or `admin`.
 */
export async function createEndpoint(client: IdentityClient, input: CreateEndpointInput, options?: CallOptions): Promise<Endpoint> {
  return client.request<Endpoint>({ method: 'POST', path: endpointsPath(), json: { endpoint: input }, expectStatus: [201], unwrap: 'endpoint' }, options);
}

/** Updates an endpoint. Admin only (system admin). */
export async function updateEndpoint(client: IdentityClient, id: string, input: UpdateEndpointInput, options?: CallOptions): Promise<Endpoint> {
  return client.request<Endpoint>({ method: 'PATCH', path: endpointPath(id), json: { endpoint: input }, expectStatus: [200], unwrap: 'endpoint' }, options);
}

/** Deletes an endpoint. Admin only (system admin). */
export async function deleteEndpoint(client: IdentityClient, id: string, options?: CallOptions): Promise<void> {
  return client.execute({ method: 'DELETE', path: endpointPath(id), expectStatus: [204] }, options);
}
