import type { ComputeClient } from '../client.js';
import { InvalidInputError, offsetPages, paginate, type CallOptions, type Paged } from '@openstack-ts/core';
import type { ServerGroup, ServerGroupPolicy, ServerGroupRules } from './results.js';
import { serverGroupPath, serverGroupsPath } from './urls.js';

/** Filters and paging of {@link listServerGroups}. */
export interface ListServerGroupsQuery {
  /**
   * Admin: the groups of every project. Nova looks only at the parameter's presence, so `false`
   * sends nothing.
   */
  all_projects?: boolean;
  /**
   * Page size; the listing still yields every group, asking for the next `offset` while pages are
   * full. A `limit` above Nova's `max_limit` (1000 by default) is cut to it, which ends the listing
   * after the first page.
   */
  limit?: number;
  /** Skip this many groups. */
  offset?: number;
}

/**
 * The body of {@link createServerGroup}: `policy` (and `rules`) from microversion 2.64,
 * `policies` before it.
 */
export interface CreateServerGroupInput {
  name: string;
  /** The placement policy. Microversion 2.64 and later (required there). */
  policy?: ServerGroupPolicy;
  /** Only with `anti-affinity`. Microversion 2.64 and later. */
  rules?: ServerGroupRules;
  /**
   * A list of exactly one policy, before microversion 2.64 (required there); the `soft-` ones
   * need microversion 2.15.
   */
  policies?: ServerGroupPolicy[];
}

/**
 * Lists the project's server groups (an admin: every project's, with `all_projects`). Without a
 * `limit` Nova answers with at most its `max_limit` (1000 by default) groups and no way to ask for
 * more: pass a `limit` to page through everything. Sends nothing until iteration starts.
 */
export function listServerGroups(client: ComputeClient, query: ListServerGroupsQuery = {}, options?: CallOptions): Paged<ServerGroup> {
  return paginate<ServerGroup>(
    client,
    () => {
      const { all_projects: allProjects, ...rest } = query;
      return { path: serverGroupsPath(), query: { ...rest, all_projects: allProjects === true ? 'True' : undefined }, itemsKey: 'server_groups', strategy: offsetPages() };
    },
    options,
  );
}

/** Shows one server group. */
export async function getServerGroup(client: ComputeClient, id: string, options?: CallOptions): Promise<ServerGroup> {
  return client.request<ServerGroup>({ method: 'GET', path: serverGroupPath(id), expectStatus: [200], unwrap: 'server_group' }, options);
}

/**
 * Creates a server group. From microversion 2.64 it takes `policy` (and `rules`), before it
 * `policies`; the wrong shape for the call's microversion fails before sending.
 */
export async function createServerGroup(client: ComputeClient, input: CreateServerGroupInput, options?: CallOptions): Promise<ServerGroup> {
  if (typeof input.name !== 'string' || input.name === '') throw new InvalidInputError('A server group needs a name', 'name');
  if (input.policies !== undefined) {
    client.requireMicroversionBelow('2.64', 'The policies list (use policy)', options);
    if (input.policies.some((policy) => policy.startsWith('soft-'))) client.requireMicroversion('2.15', 'A soft policy', options);
  } else if (input.policy === undefined) {
    const modern = client.microversionAtLeast('2.64', options);
    throw new InvalidInputError(modern ? 'A server group needs a policy' : 'A server group needs policies before microversion 2.64', modern ? 'policy' : 'policies');
  }
  if (input.policy !== undefined) client.requireMicroversion('2.64', 'A server group policy (before it: policies)', options);
  if (input.rules !== undefined) client.requireMicroversion('2.64', 'Server group rules', options);
  return client.request<ServerGroup>(
    { method: 'POST', path: serverGroupsPath(), json: { server_group: input }, expectStatus: [200], unwrap: 'server_group' },
    options,
  );
}

/** Deletes a server group. Its servers stay; they just leave the group. */
export async function deleteServerGroup(client: ComputeClient, id: string, options?: CallOptions): Promise<void> {
  return client.execute({ method: 'DELETE', path: serverGroupPath(id), expectStatus: [204] }, options);
}
