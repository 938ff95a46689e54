import { segment } from '@openstack-ts/core/internal';

export const floatingIpsPath = (): string => 'floatingips';
export const floatingIpPath = (id: string): string => `floatingips/${segment(id, 'floatingIpId')}`;
