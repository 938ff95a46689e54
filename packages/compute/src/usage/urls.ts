import { segment } from '@openstack-ts/core/internal';

export const tenantUsagesPath = (): string => 'os-simple-tenant-usage';
export const tenantUsagePath = (projectId: string): string => `os-simple-tenant-usage/${segment(projectId, 'projectId')}`;
