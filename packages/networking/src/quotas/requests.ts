import { linkedPages, paginate, type CallOptions, type Paged } from '@openstack-ts/core';
import type { NetworkingClient } from '../client.js';
import type { ProjectQuota, Quota, QuotaDetails } from './results.js';
import { defaultQuotaPath, quotaDetailsPath, quotaPath, quotasPath } from './urls.js';

/** The body of {@link updateQuota}: the new limits (`-1` for none) and how to check them. */
export interface UpdateQuotaInput {
  network?: number;
  subnet?: number;
  port?: number;
  subnetpool?: number;
  router?: number;
  floatingip?: number;
  security_group?: number;
  security_group_rule?: number;
  rbac_policy?: number;
  trunk?: number;
  /**
   * Refuse (400) a limit below what the project already uses (extension `quota-check-limit`).
   * Deprecated upstream, where checking became the default (extension `quota-check-limit-default`).
   */
  check_limit?: boolean;
  /** Apply a limit below the current usage anyway, on servers that check by default. */
  force?: boolean;
}

/**
 * Lists the quotas of every project whose quota differs from the defaults. Admin only (a member
 * gets a 403). Neutron returns them all in one answer and ignores filters. Sends nothing until
 * iteration starts.
 */
export function listQuotas(client: NetworkingClient, options?: CallOptions): Paged<ProjectQuota> {
  return paginate<ProjectQuota>(client, () => ({ path: quotasPath(), itemsKey: 'quotas', strategy: linkedPages('quotas_links') }), options);
}

/** Shows a project's quota (the defaults where none was set). A member may read only its own project's. */
export async function getQuota(client: NetworkingClient, projectId: string, options?: CallOptions): Promise<Quota> {
  return client.request<Quota>({ method: 'GET', path: quotaPath(projectId), expectStatus: [200], unwrap: 'quota' }, options);
}

/**
 * Shows a project's quota with the usage of each resource: limit, used and reserved (extension
 * `quota_details`). A member may read only its own project's.
 */
export async function getQuotaDetails(client: NetworkingClient, projectId: string, options?: CallOptions): Promise<QuotaDetails> {
  return client.request<QuotaDetails>({ method: 'GET', path: quotaDetailsPath(projectId), expectStatus: [200], unwrap: 'quota' }, options);
}

/** Shows the default quota, which applies to a project until its own is set. */
export async function getDefaultQuota(client: NetworkingClient, projectId: string, options?: CallOptions): Promise<Quota> {
  return client.request<Quota>({ method: 'GET', path: defaultQuotaPath(projectId), expectStatus: [200], unwrap: 'quota' }, options);
}

/**
 * Sets some of a project's limits and returns its whole quota. Admin only. Neutron does not check
 * that the project exists. Unless `check_limit` is set (or the server checks by default), a limit
 * below the current usage is accepted.
 */
export async function updateQuota(client: NetworkingClient, projectId: string, input: UpdateQuotaInput, options?: CallOptions): Promise<Quota> {
  return client.request<Quota>({ method: 'PUT', path: quotaPath(projectId), json: { quota: input }, expectStatus: [200], unwrap: 'quota' }, options);
}

/**
 * Resets a project's quota to the defaults. Admin only. A project whose quota was never set is a
 * 404 `TenantQuotaNotFound`.
 */
export async function deleteQuota(client: NetworkingClient, projectId: string, options?: CallOptions): Promise<void> {
  return client.execute({ method: 'DELETE', path: quotaPath(projectId), expectStatus: [204] }, options);
}
