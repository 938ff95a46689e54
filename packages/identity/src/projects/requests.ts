import { findIdByName, isHttpError, paginate, type CallOptions, type Paged, type ServiceClient } from '@openstack-ts/core';
import { joinTagFilters, keystonePages, type TagFilters } from '../common.js';
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
export function listProjects(client: ServiceClient, query: ListProjectsQuery = {}, options?: CallOptions): Paged<Project> {
  return paginate<Project>(client, { path: projectsPath(), query: joinTagFilters(query), itemsKey: 'projects', strategy: keystonePages() }, options);
}

/** Flags are sent as bare query parameters (`?subtree_as_list`), as Keystone reads them. */
function flags(query: GetProjectQuery): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value === true) params.append(key, '');
  return params;
}

/** Shows a project, optionally with its parents, subtree and limits. */
export function getProject(client: ServiceClient, id: string, query: GetProjectQuery = {}, options?: CallOptions): Promise<Project> {
  return client.request<Project>({ method: 'GET', path: projectPath(id), query: flags(query), unwrap: 'project' }, options);
}

/** Creates a project. */
export function createProject(client: ServiceClient, input: CreateProjectInput, options?: CallOptions): Promise<Project> {
  return client.request<Project>({ method: 'POST', path: projectsPath(), json: { project: input }, expectStatus: [201], unwrap: 'project' }, options);
}

/** Updates a project. */
export function updateProject(client: ServiceClient, id: string, input: UpdateProjectInput, options?: CallOptions): Promise<Project> {
  return client.request<Project>({ method: 'PATCH', path: projectPath(id), json: { project: input }, expectStatus: [200], unwrap: 'project' }, options);
}

/** Deletes a project; Keystone answers 403 while it has child projects. */
export function deleteProject(client: ServiceClient, id: string, options?: CallOptions): Promise<void> {
  return client.execute({ method: 'DELETE', path: projectPath(id), expectStatus: [204] }, options);
}

/** Turns a project name into its ID (optionally within one domain); throws `NameLookupError` when none or several have it. */
export function findProjectId(client: ServiceClient, name: string, query: { domain_id?: string } = {}, options?: CallOptions): Promise<string> {
  return findIdByName(listProjects(client, { ...query, name }, options), name, 'project');
}

/** Lists a project's tags. */
export function listProjectTags(client: ServiceClient, id: string, options?: CallOptions): Promise<string[]> {
  return client.request<string[]>({ method: 'GET', path: projectTagsPath(id), unwrap: 'tags' }, options);
}

/** Replaces all of a project's tags; returns the new set. */
export function replaceProjectTags(client: ServiceClient, id: string, tags: readonly string[], options?: CallOptions): Promise<string[]> {
  return client.request<string[]>({ method: 'PUT', path: projectTagsPath(id), json: { tags }, expectStatus: [200], unwrap: 'tags' }, options);
}

/** Adds a tag to a project. */
export function addProjectTag(client: ServiceClient, id: string, tag: string, options?: CallOptions): Promise<void> {
  return client.execute({ method: 'PUT', path: projectTagPath(id, tag), expectStatus: [201] }, options);
}

/** Checks whether a project has a tag (Keystone's 204 or 404). A missing project is still thrown. */
export async function projectHasTag(client: ServiceClient, id: string, tag: string, options?: CallOptions): Promise<boolean> {
  try {
    await client.execute({ method: 'GET', path: projectTagPath(id, tag), expectStatus: [204] }, options);
    return true;
  } catch (error) {
    if (isHttpError(error, 404) && error.serviceMessage?.startsWith('Could not find project tag') === true) return false;
    throw error;
  }
}

/** Removes a tag from a project. */
export function deleteProjectTag(client: ServiceClient, id: string, tag: string, options?: CallOptions): Promise<void> {
  return client.execute({ method: 'DELETE', path: projectTagPath(id, tag), expectStatus: [204] }, options);
}

/** Removes every tag from a project. */
export function deleteAllProjectTags(client: ServiceClient, id: string, options?: CallOptions): Promise<void> {
  return client.execute({ method: 'DELETE', path: projectTagsPath(id), expectStatus: [204] }, options);
}
