import { InvalidInputError, paginate, type CallOptions, type Paged } from '@openstack-ts/core';
import type { IdentityClient } from '../client.js';
import { keystonePages } from '../common.js';
import type { Limit, LimitModel, RegisteredLimit } from './results.js';
import { limitModelPath, limitPath, limitsPath, registeredLimitPath, registeredLimitsPath } from './urls.js';

/** Filters of {@link listRegisteredLimits}; each field is the query parameter of the same name. */
export interface ListRegisteredLimitsQuery {
  service_id?: string;
  region_id?: string;
  resource_name?: string;
}

/** One registered limit of {@link createRegisteredLimits}. */
export interface CreateRegisteredLimitInput {
  service_id: string;
  /** Leave out for a limit that applies in every region. */
  region_id?: string;
  resource_name: string;
  default_limit: number;
  description?: string;
}

/** The body of {@link updateRegisteredLimit}. */
export type UpdateRegisteredLimitInput = Partial<CreateRegisteredLimitInput>;

/** Filters of {@link listLimits}; each field is the query parameter of the same name. */
export interface ListLimitsQuery extends ListRegisteredLimitsQuery {
  project_id?: string;
  domain_id?: string;
}

/** One limit of {@link createLimits}: give `project_id` or `domain_id`. */
export interface CreateLimitInput {
  project_id?: string;
  domain_id?: string;
  service_id: string;
  region_id?: string;
  resource_name: string;
  resource_limit: number;
  description?: string;
}

/** The body of {@link updateLimit}: only the value and the description can change. */
export interface UpdateLimitInput {
  resource_limit?: number;
  description?: string;
}

/** Keystone answers an empty list with a schema 400; refuse it before sending. */
function nonEmpty(input: readonly unknown[], field: string): void {
  if (!Array.isArray(input) || input.length === 0) throw new InvalidInputError(`${field} must list at least one limit`, field);
}

/** Lists registered limits (anyone authenticated may read them). Sends nothing until iteration starts. */
export function listRegisteredLimits(client: IdentityClient, query: ListRegisteredLimitsQuery = {}, options?: CallOptions): Paged<RegisteredLimit> {
  return paginate<RegisteredLimit>(client, () => ({ path: registeredLimitsPath(), query: { ...query }, itemsKey: 'registered_limits', strategy: keystonePages() }), options);
}

/** Shows a registered limit. */
export async function getRegisteredLimit(client: IdentityClient, id: string, options?: CallOptions): Promise<RegisteredLimit> {
  return client.request<RegisteredLimit>({ method: 'GET', path: registeredLimitPath(id), expectStatus: [200], unwrap: 'registered_limit' }, options);
}

/**
 * Creates registered limits in one request (Keystone's API takes a list, and creates all or none).
 * Admin only (the `admin` role; system scope where scope is enforced). A limit that already exists
 * for the service, region and resource is a 409.
 */
export async function createRegisteredLimits(client: IdentityClient, input: readonly CreateRegisteredLimitInput[], options?: CallOptions): Promise<RegisteredLimit[]> {
  nonEmpty(input, 'registered_limits');
  return client.request<RegisteredLimit[]>({ method: 'POST', path: registeredLimitsPath(), json: { registered_limits: input }, expectStatus: [201], unwrap: 'registered_limits' }, options);
}

/** Updates a registered limit. Admin only; Keystone refuses to change the service, region or resource while project limits refer to it. */
export async function updateRegisteredLimit(client: IdentityClient, id: string, input: UpdateRegisteredLimitInput, options?: CallOptions): Promise<RegisteredLimit> {
  return client.request<RegisteredLimit>({ method: 'PATCH', path: registeredLimitPath(id), json: { registered_limit: input }, expectStatus: [200], unwrap: 'registered_limit' }, options);
}

/** Deletes a registered limit. Admin only; Keystone refuses while project limits refer to it. */
export async function deleteRegisteredLimit(client: IdentityClient, id: string, options?: CallOptions): Promise<void> {
  return client.execute({ method: 'DELETE', path: registeredLimitPath(id), expectStatus: [204] }, options);
}

/**
 * Lists project and domain limits. A project-scoped token only sees its own project's limits
 * (filters for other projects then yield nothing); a system-scoped token sees all.
 * Sends nothing until iteration starts.
 */
export function listLimits(client: IdentityClient, query: ListLimitsQuery = {}, options?: CallOptions): Paged<Limit> {
  return paginate<Limit>(client, () => ({ path: limitsPath(), query: { ...query }, itemsKey: 'limits', strategy: keystonePages() }), options);
}

/** Shows a project or domain limit. */
export async function getLimit(client: IdentityClient, id: string, options?: CallOptions): Promise<Limit> {
  return client.request<Limit>({ method: 'GET', path: limitPath(id), expectStatus: [200], unwrap: 'limit' }, options);
}

/**
 * Creates project or domain limits in one request (the API takes a list). Admin only (the `admin`
 * role; system scope where scope is enforced; a member gets 403). Each needs a registered limit
 * for the same service, region and resource.
 */
export async function createLimits(client: IdentityClient, input: readonly CreateLimitInput[], options?: CallOptions): Promise<Limit[]> {
  nonEmpty(input, 'limits');
  return client.request<Limit[]>({ method: 'POST', path: limitsPath(), json: { limits: input }, expectStatus: [201], unwrap: 'limits' }, options);
}

/** Changes a limit's value or description. Admin only. */
export async function updateLimit(client: IdentityClient, id: string, input: UpdateLimitInput, options?: CallOptions): Promise<Limit> {
  return client.request<Limit>({ method: 'PATCH', path: limitPath(id), json: { limit: input }, expectStatus: [200], unwrap: 'limit' }, options);
}

/** Deletes a project or domain limit. Admin only. */
export async function deleteLimit(client: IdentityClient, id: string, options?: CallOptions): Promise<void> {
  return client.execute({ method: 'DELETE', path: limitPath(id), expectStatus: [204] }, options);
}

/** Shows the limit enforcement model Keystone is configured with (`flat` or `strict_two_level`). */
export async function getLimitModel(client: IdentityClient, options?: CallOptions): Promise<LimitModel> {
  return client.request<LimitModel>({ method: 'GET', path: limitModelPath(), expectStatus: [200], unwrap: 'model' }, options);
}
