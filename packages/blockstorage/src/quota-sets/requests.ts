import { InvalidInputError, type CallOptions } from '@openstack-ts/core';
import { isRecord } from '@openstack-ts/core/internal';
import type { BlockStorageClient } from '../client.js';
import type { QuotaSet, QuotaSetDetail } from './results.js';
import { quotaSetDefaultsPath, quotaSetPath } from './urls.js';

/** The input of {@link updateQuotaSet}: the quotas to change; `volumes_<type>` and the like for per-type quotas. */
export interface UpdateQuotaSetInput {
  volumes?: number;
  snapshots?: number;
  gigabytes?: number;
  backups?: number;
  backup_gigabytes?: number;
  per_volume_gigabytes?: number;
  groups?: number;
  [perVolumeType: string]: number | undefined;
}

/** A project's block storage quotas. A member may read its own project's; an admin any project's. */
export async function getQuotaSet(client: BlockStorageClient, projectId: string, options?: CallOptions): Promise<QuotaSet> {
  return client.request<QuotaSet>({ method: 'GET', path: quotaSetPath(projectId), expectStatus: [200], unwrap: 'quota_set' }, options);
}

/** A project's quotas with what is in use and reserved of each (`?usage=true`), as compute's `getQuotaSetDetail`. */
export async function getQuotaSetDetail(client: BlockStorageClient, projectId: string, options?: CallOptions): Promise<QuotaSetDetail> {
  return client.request<QuotaSetDetail>({ method: 'GET', path: quotaSetPath(projectId), query: { usage: true }, expectStatus: [200], unwrap: 'quota_set' }, options);
}

/** The quotas a project gets by default. */
export async function getDefaultQuotaSet(client: BlockStorageClient, projectId: string, options?: CallOptions): Promise<QuotaSet> {
  return client.request<QuotaSet>({ method: 'GET', path: quotaSetDefaultsPath(projectId), expectStatus: [200], unwrap: 'quota_set' }, options);
}

/** Changes a project's quotas; answers all of them (without `id`). Admin only. */
export async function updateQuotaSet(client: BlockStorageClient, projectId: string, input: UpdateQuotaSetInput, options?: CallOptions): Promise<QuotaSet> {
  if (!isRecord(input) || Object.keys(input).length === 0) throw new InvalidInputError('updateQuotaSet needs at least one quota', 'input');
  return client.request<QuotaSet>({ method: 'PUT', path: quotaSetPath(projectId), json: { quota_set: input }, expectStatus: [200], unwrap: 'quota_set' }, options);
}

/** Reverts a project's quotas to the defaults. Admin only. */
export async function deleteQuotaSet(client: BlockStorageClient, projectId: string, options?: CallOptions): Promise<void> {
  return client.execute({ method: 'DELETE', path: quotaSetPath(projectId), expectStatus: [200] }, options);
}
