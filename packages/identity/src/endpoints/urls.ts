import { segment } from '@openstack-ts/core/internal';

export const endpointsPath = (): string => 'endpoints';
export const endpointPath = (id: string): string => `endpoints/${segment(id, 'endpointId')}`;
