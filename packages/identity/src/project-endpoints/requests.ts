import { isHttpError, paginate, type CallOptions, type Paged } from '@openstack-ts/core';
import type { IdentityClient } from '../client.js';
import { keystonePages } from '../common.js';
import type { Endpoint } from '../endpoints/results.js';
import type { Project } from '../projects/results.js';
import { endpointProjectsPath, projectEndpointPath, projectEndpointsPath } from './urls.js';

/**
 * Associates an endpoint with a project (OS-EP-FILTER): once a project has any association, tokens
 * scoped to it carry only the associated endpoints in their catalog. Admin only (system admin).
 */
export async function addProjectEndpoint(client: IdentityClient, projectId: string, endpointId: string, options?: CallOptions): Promise<void> {
  return client.execute({ method: 'PUT', path: projectEndpointPath(projectId, endpointId), expectStatus: [204] }, options);
}

/**
 * Checks whether an endpoint is associated with a project (Keystone's 204, or its 404 "Endpoint …
 * not found in project …"). A missing endpoint or project is still thrown (404 "Could not find …").
 * Admin only (system reader).
 */
export async function checkProjectEndpoint(client: IdentityClient, projectId: string, endpointId: string, options?: CallOptions): Promise<boolean> {
  try {
    await client.execute({ method: 'GET', path: projectEndpointPath(projectId, endpointId), expectStatus: [204] }, options);
    return true;
  } catch (error) {
    if (isHttpError(error, 404) && error.serviceMessage?.includes(' not found in project ') === true) return false;
    throw error;
  }
}

/** Removes an endpoint's association with a project. Admin only (system admin). */
export async function removeProjectEndpoint(client: IdentityClient, projectId: string, endpointId: string, options?: CallOptions): Promise<void> {
  return client.execute({ method: 'DELETE', path: projectEndpointPath(projectId, endpointId), expectStatus: [204] }, options);
}

/** Lists the endpoints associated with a project. Admin only (system reader). */
export function listProjectEndpoints(client: IdentityClient, projectId: string, options?: CallOptions): Paged<Endpoint> {
  return paginate<Endpoint>(client, () => ({ path: projectEndpointsPath(projectId), itemsKey: 'endpoints', strategy: keystonePages() }), options);
}

/** Lists the projects an endpoint is associated with. Admin only (system reader). */
export function listEndpointProjects(client: IdentityClient, endpointId: string, options?: CallOptions): Paged<Project> {
  return paginate<Project>(client, () => ({ path: endpointProjectsPath(endpointId), itemsKey: 'projects', strategy: keystonePages() }), options);
}
