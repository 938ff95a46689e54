import { segment } from '@openstack-ts/core/internal';

export const trustsPath = (): string => 'OS-TRUST/trusts';
export const trustPath = (id: string): string => `${trustsPath()}/${segment(id, 'trustId')}`;
export const trustRolesPath = (id: string): string => `${trustPath(id)}/roles`;
export const trustRolePath = (id: string, roleId: string): string => `${trustRolesPath(id)}/${segment(roleId, 'roleId')}`;
