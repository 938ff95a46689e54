import { segment } from '@openstack-ts/core/internal';

export const subnetPoolsPath = (): string => 'subnetpools';
export const subnetPoolPath = (id: string): string => `subnetpools/${segment(id, 'subnetPoolId')}`;
export const subnetPoolPrefixesPath = (id: string, action: 'add_prefixes' | 'remove_prefixes'): string => `${subnetPoolPath(id)}/${action}`;
