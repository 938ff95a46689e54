import { segment } from '@openstack-ts/core/internal';

export const quotaSetPath = (projectId: string): string => `os-quota-sets/${segment(projectId, 'projectId')}`;
export const quotaSetDetailPath = (projectId: string): string => `${quotaSetPath(projectId)}/detail`;
export const quotaSetDefaultsPath = (projectId: string): string => `${quotaSetPath(projectId)}/defaults`;
