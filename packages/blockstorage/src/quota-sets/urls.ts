import { segment } from '@openstack-ts/core/internal';

export const quotaSetPath = (projectId: string): string => `os-quota-sets/${segment(projectId, 'projectId')}`;
export const quotaSetDefaultsPath = (projectId: string): string => `${quotaSetPath(projectId)}/defaults`;
