import { segment } from '@openstack-ts/core/internal';

export const quotasPath = (): string => 'quotas';
export const quotaPath = (projectId: string): string => `quotas/${segment(projectId, 'projectId')}`;
export const quotaDetailsPath = (projectId: string): string => `${quotaPath(projectId)}/details.json`;
export const defaultQuotaPath = (projectId: string): string => `${quotaPath(projectId)}/default`;
