import { paginate, singlePage, type CallOptions, type Paged } from '@openstack-ts/core';
import type { IdentityClient } from '../client.js';
import { keystonePages } from '../common.js';
import type { Domain } from '../domains/results.js';
import type { Project } from '../projects/results.js';
import type { AuthCatalogEntry, AuthSystemScope } from './results.js';
import { authCatalogPath, authDomainsPath, authProjectsPath, authSystemPath } from './urls.js';

/**
 * Returns the catalog of the caller's token (`GET /auth/catalog`): the same services and endpoints
 * the token carries, filtered by OS-EP-FILTER associations where there are any. Any scoped token may.
 */
export async function getAuthCatalog(client: IdentityClient, options?: CallOptions): Promise<AuthCatalogEntry[]> {
  return client.request<AuthCatalogEntry[]>({ method: 'GET', path: authCatalogPath(), unwrap: 'catalog' }, options);
}

/** Lists the projects the caller may scope a token to (its role assignments, direct or inherited). Any user may. */
export function listAuthProjects(client: IdentityClient, options?: CallOptions): Paged<Project> {
  return paginate<Project>(client, () => ({ path: authProjectsPath(), itemsKey: 'projects', strategy: keystonePages() }), options);
}

/** Lists the domains the caller may scope a token to (domains where it has a role). Any user may. */
export function listAuthDomains(client: IdentityClient, options?: CallOptions): Paged<Domain> {
  return paginate<Domain>(client, () => ({ path: authDomainsPath(), itemsKey: 'domains', strategy: keystonePages() }), options);
}

/**
 * Lists the system scopes the caller may ask a token for: `[{ all: true }]` with a system role
 * assignment, empty otherwise. Any user may. Keystone never pages it (its `links` has no `next`).
 */
export function listAuthSystem(client: IdentityClient, options?: CallOptions): Paged<AuthSystemScope> {
  return paginate<AuthSystemScope>(client, () => ({ path: authSystemPath(), itemsKey: 'system', strategy: singlePage() }), options);
}
