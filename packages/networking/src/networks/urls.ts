import { segment } from '@openstack-ts/core/internal';

export const networksPath = (): string => 'networks';
export const networkPath = (id: string): string => `networks/${segment(id, 'networkId')}`;
