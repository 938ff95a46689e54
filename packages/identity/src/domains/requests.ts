import { findIdOrName, paginate, type CallOptions, type FoundId, type Paged } from '@openstack-ts/core';
import type { IdentityClient } from '../client.js';
import { keystonePages } from '../common.js';
import type { Domain } from './results.js';
import { domainPath, domainsPath } from './urls.js';

/** Filters of {@link listDomains}; each field is the query parameter of the same name. */
export interface ListDomainsQuery {
  name?: string;
  enabled?: boolean;
  /** Page size on Keystone releases that page (newer than Zed); the listing still yields everything. */
  limit?: number;
  marker?: string;
}

/** The body of {@link createDomain}. */
export interface CreateDomainInput {
  name: string;
  description?: string;
  enabled?: boolean;
  /** An explicit ID (Keystone generates one otherwise). */
  explicit_domain_id?: string;
  tags?: string[];
  options?: Record<string, unknown>;
}

/** The body of {@link updateDomain}. */
export type UpdateDomainInput = Partial<Omit<CreateDomainInput, 'explicit_domain_id'>>;

/**
 * Lists domains. Keystone's default policy allows it to system readers (a project admin such as
 * `admin` qualifies); a member gets 403 (see `listAuthDomains` for the domains a token may scope to).
 */
export function listDomains(client: IdentityClient, query: ListDomainsQuery = {}, options?: CallOptions): Paged<Domain> {
  return paginate<Domain>(client, () => ({ path: domainsPath(), query: { ...query }, itemsKey: 'domains', strategy: keystonePages() }), options);
}

/** Shows a domain. Readers of other domains need a system or that domain's role. */
export async function getDomain(client: IdentityClient, id: string, options?: CallOptions): Promise<Domain> {
  return client.request<Domain>({ method: 'GET', path: domainPath(id), unwrap: 'domain' }, options);
}

/** Creates a domain. Admin only (system admin in Keystone's default policy). */
export async function createDomain(client: IdentityClient, input: CreateDomainInput, options?: CallOptions): Promise<Domain> {
  return client.request<Domain>({ method: 'POST', path: domainsPath(), json: { domain: input }, expectStatus: [201], unwrap: 'domain' }, options);
}

/** Updates a domain; `enabled: false` is how a domain is disabled before {@link deleteDomain}. Admin only. */
export async function updateDomain(client: IdentityClient, id: string, input: UpdateDomainInput, options?: CallOptions): Promise<Domain> {
  return client.request<Domain>({ method: 'PATCH', path: domainPath(id), json: { domain: input }, expectStatus: [200], unwrap: 'domain' }, options);
}

/**
 * Deletes a domain with everything in it (its projects, users and groups). Admin only.
 *
 * The domain must be disabled first ({@link updateDomain} with `enabled: false`): Keystone answers
 * 403 "Cannot delete a domain that is enabled" otherwise.
 */
export async function deleteDomain(client: IdentityClient, id: string, options?: CallOptions): Promise<void> {
  return client.execute({ method: 'DELETE', path: domainPath(id), expectStatus: [204] }, options);
}

/**
 * Resolves a domain ID or name to its ID: tried as an ID first (`GET /domains/{id}`), then as a
 * name (unique in Keystone). Raises `NameLookupError` when neither matches.
 */
export async function findDomainId(client: IdentityClient, nameOrId: string, options?: CallOptions): Promise<FoundId> {
  return findIdOrName({
    nameOrId,
    what: 'domain',
    get: async (id) => getDomain(client, id, options),
    list: () => listDomains(client, { name: nameOrId }, options),
  });
}
