import { segment } from '@openstack-ts/core';

export const endpointsPath = (): string => 'endpoints';
export const endpointPath = (id: string): string => `endpoints/${segment(id, 'endpointId')}`;
