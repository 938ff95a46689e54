import { segment } from '@openstack-ts/core/internal';

export const trunksPath = (): string => 'trunks';
export const trunkPath = (id: string): string => `trunks/${segment(id, 'trunkId')}`;
export const trunkActionPath = (id: string, action: 'add_subports' | 'remove_subports' | 'get_subports'): string => `${trunkPath(id)}/${action}`;
