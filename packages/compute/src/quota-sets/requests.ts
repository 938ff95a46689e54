import type { ComputeClient } from '../client.js';
import type { CallOptions } from '@openstack-ts/core';
import type { QuotaSet, QuotaSetDetail, UpdatedQuotaSet } from './results.js';
import { quotaSetDefaultsPath, quotaSetDetailPath, quotaSetPath } from './urls.js';

/** Narrows a quota operation to one user of the project. */
export interface QuotaSetUserQuery {
  /** The user whose quotas (within the project's) to show, set or revert. */
  user_id?: string;
}

/** The body of {@link updateQuotaSet}: the quotas to change (`-1`: unlimited). */
export interface UpdateQuotaSetInput {
  /** Set the quotas even below what is already in use. */
  force?: boolean;
  cores?: number;
  instances?: number;
  key_pairs?: number;
  metadata_items?: number;
  /** RAM in MiB. */
  ram?: number;
  server_groups?: number;
  server_group_members?: number;
  /** Before microversion 2.36. */
  fixed_ips?: number;
  /** Before microversion 2.36. */
  floating_ips?: number;
  /** Before microversion 2.36. */
  security_groups?: number;
  /** Before microversion 2.36. */
  security_group_rules?: number;
  /** Before microversion 2.57. */
  injected_files?: number;
  /** Before microversion 2.57. */
  injected_file_content_bytes?: number;
  /** Before microversion 2.57. */
  injected_file_path_bytes?: number;
}

const REMOVED_IN_236 = ['fixed_ips', 'floating_ips', 'security_groups', 'security_group_rules'] as const;
const REMOVED_IN_257 = ['injected_files', 'injected_file_content_bytes', 'injected_file_path_bytes'] as const;

/**
 * Shows the quotas of a project, or of one of its users. Members may read their own project's;
 * other projects' are admin only.
 */
export async function getQuotaSet(client: ComputeClient, projectId: string, query: QuotaSetUserQuery = {}, options?: CallOptions): Promise<QuotaSet> {
  return client.request<QuotaSet>({ method: 'GET', path: quotaSetPath(projectId), query: { ...query }, expectStatus: [200], unwrap: 'quota_set' }, options);
}

/** Shows the quotas of a project, or of one of its users, each with what is in use. */
export async function getQuotaSetDetail(client: ComputeClient, projectId: string, query: QuotaSetUserQuery = {}, options?: CallOptions): Promise<QuotaSetDetail> {
  return client.request<QuotaSetDetail>(
    { method: 'GET', path: quotaSetDetailPath(projectId), query: { ...query }, expectStatus: [200], unwrap: 'quota_set' },
    options,
  );
}

/** Shows the default quotas, as they apply to a project (`id` is the project's). */
export async function getDefaultQuotaSet(client: ComputeClient, projectId: string, options?: CallOptions): Promise<QuotaSet> {
  return client.request<QuotaSet>({ method: 'GET', path: quotaSetDefaultsPath(projectId), expectStatus: [200], unwrap: 'quota_set' }, options);
}

/**
 * Sets quotas of a project, or of one of its users (within the project's). Admin only. Returns
 * every quota, without `id`. Fields removed by the call's microversion (2.36, 2.57) fail before
 * sending.
 */
export async function updateQuotaSet(
  client: ComputeClient,
  projectId: string,
  input: UpdateQuotaSetInput,
  query: QuotaSetUserQuery = {},
  options?: CallOptions,
): Promise<UpdatedQuotaSet> {
  for (const key of REMOVED_IN_236) if (input[key] !== undefined) client.requireMicroversionBelow('2.36', `The ${key} quota`, options);
  for (const key of REMOVED_IN_257) if (input[key] !== undefined) client.requireMicroversionBelow('2.57', `The ${key} quota`, options);
  return client.request<UpdatedQuotaSet>(
    { method: 'PUT', path: quotaSetPath(projectId), query: { ...query }, json: { quota_set: input }, expectStatus: [200], unwrap: 'quota_set' },
    options,
  );
}

/** Reverts the quotas of a project, or of one of its users, to the defaults. Admin only. */
export async function deleteQuotaSet(client: ComputeClient, projectId: string, query: QuotaSetUserQuery = {}, options?: CallOptions): Promise<void> {
  return client.execute({ method: 'DELETE', path: quotaSetPath(projectId), query: { ...query }, expectStatus: [202] }, options);
}
