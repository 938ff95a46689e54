import { findIdOrName, isHttpError, paginate, singlePage, type CallOptions, type FoundId, type Paged } from '@openstack-ts/core';
import { joinListFilters } from '@openstack-ts/core/internal';
import type { IdentityClient } from '../client.js';
import { keystonePages, TAG_FILTER_KEYS, type TagFilters } from '../common.js';
import type { Project } from './results.js';
import { projectPath, projectTagPath, projectTagsPath, projectsPath } from './urls.js';

/** Filters of {@link listProjects}; each field is the query parameter of the same name. */
export interface ListProjectsQuery extends TagFilters {
  domain_id?: string;
  enabled?: boolean;
  is_domain?: boolean;
  name?: string;
  parent_id?: string;
  /** Page size on Keystone releases that page (newer than Zed); the listing still yields everything. */
  limit?: number;
  marker?: string;
}

/**
 * What {@link getProject} adds to the project: its place in the hierarchy, and its limits. The
 * `*_as_ids` forms show the whole hierarchy; the `*_as_list` forms only the projects the caller
 * has a role on.
 */
export interface GetProjectQuery {
  parents_as_list?: boolean;
  subtree_as_list?: boolean;
  parents_as_ids?: boolean;
  subtree_as_ids?: boolean;
  include_limits?: boolean;
}

/** The body of {@link createProject}. */
export interface CreateProjectInput {
  name: string;
  description?: string;
  domain_id?: string;
  enabled?: boolean;
  /** Create a project that acts as a domain. */
  is_domain?: boolean;
  /** The parent project, for hierarchies. */
  parent_id?: string;
  tags?: string[];
  options?: Record<string, unknown>;
}

/** The body of {@link updateProject}. */
export type UpdateProjectInput = Partial<Omit<CreateProjectInput, 'domain_id' | 'is_domain' | 'parent_id'>>;

/** Lists projects (an admin: all; others: see `listUserProjects`). Sends nothing until iteration starts. */
export function listProjects(client: IdentityClient, query: ListProjectsQuery = {}, options?: CallOptions): Paged<Project> {
  return paginate<Project>(client, () => ({ path: projectsPath(), query: joinListFilters(query, TAG_FILTER_KEYS), itemsKey: 'projects', strategy: keystonePages() }), options);
}

/** Flags are sent as bare query parameters (`?subtree_as_list`), as Keystone reads them. */
function flags(query: GetProjectQuery): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value === true) params.append(key, '');
  return params;
}

/** Shows a project, optionally with its parents, subtree and limits. */
export async function getProject(client: IdentityClient, id: string, query: GetProjectQuery = {}, options?: CallOptions): Promise<Project> {
  return client.request<Project>({ method: 'GET', path: projectPath(id), query: flags(query), unwrap: 'project' }, options);
}

/** Creates a project. */
export async function createProject(client: IdentityClient, input: CreateProjectInput, options?: CallOptions): Promise<Project> {
  return client.request<Project>({ method: 'POST', path: projectsPath(), json: { project: input }, expectStatus: [201], unwrap: 'project' }, options);
}

/** Updates a project. */
export async function updateProject(client: IdentityClient, id: string, input: UpdateProjectInput, options?: CallOptions): Promise<Project> {
  return client.request<Project>({ method: 'PATCH', path: projectPath(id), json: { project: input }, expectStatus: [200], unwrap: 'project' }, options);
}

/** Deletes a project; Keystone answers 403 while it has child projects. */
export async function deleteProject(client: IdentityClient, id: string, options?: CallOptions): Promise<void> {
  return client.execute({ method: 'DELETE', path: projectPath(id), expectStatus: [204] }, options);
}

/** Scoping of {@link findProjectId}. */
export interface FindProjectQuery {
  /** Look the name up in this domain only (project names are unique per domain). */
  domain_id?: string;
}

/**
 * Resolves a project ID or name to its ID: tried as an ID first (`GET /projects/{id}`), then as a
 * name (optionally within one domain) that exactly one project has. An ID is accepted whatever its
 * domain. Raises `NameLookupError` when neither matches or the name is ambiguous.
 */
export async function findProjectId(client: IdentityClient, nameOrId: string, query: FindProjectQuery = {}, options?: CallOptions): Promise<FoundId> {
  return findIdOrName({
    nameOrId,
    what: 'project',
    get: async (id) => getProject(client, id, {}, options),
    list: () => listProjects(client, { ...query, name: nameOrId }, options),
  });
}

/** Lists a project's tags. Keystone answers them all at once. Sends nothing until iteration starts. */
export function listProjectTags(client: IdentityClient, id: string, options?: CallOptions): Paged<string> {
  return paginate<string>(client, () => ({ path: projectTagsPath(id), itemsKey: 'tags', strategy: singlePage() }), options);
}

/** Replaces all of a project's tags; returns the new set. */
export async function replaceProjectTags(client: IdentityClient, id: string, tags: readonly string[], options?: CallOptions): Promise<string[]> {
  return client.request<string[]>({ method: 'PUT', path: projectTagsPath(id), json: { tags }, expectStatus: [200], unwrap: 'tags' }, options);
}

/** Adds a tag to a project. */
export async function addProjectTag(client: IdentityClient, id: string, tag: string, options?: CallOptions): Promise<void> {
  return client.execute({ method: 'PUT', path: projectTagPath(id, tag), expectStatus: [201] }, options);
}

/** Checks whether a project has a tag (Keystone's 204 or 404). A missing project is still thrown. */
export async function projectHasTag(client: IdentityClient, id: string, tag: string, options?: CallOptions): Promise<boolean> {
  try {
    await client.execute({ method: 'GET', path: projectTagPath(id, tag), expectStatus: [204] }, options);
    return true;
  } catch (error) {
    if (isHttpError(error, 404) && error.serviceMessage?.startsWith('Could not find project tag') === true) return false;
    throw error;
  }
}

/** Removes a tag from a project. */
export async function deleteProjectTag(client: IdentityClient, id: string, tag: string, options?: CallOptions): Promise<void> {
  return client.execute({ method: 'DELETE', path: projectTagPath(id, tag), expectStatus: [204] }, options);
}

/** Removes every tag from a project. */
export async function deleteAllProjectTags(client: IdentityClient, id: string, options?: CallOptions): Promise<void> {
  return client.execute({ method: 'DELETE', path: projectTagsPath(id), expectStatus: [204] }, options);
}
