import { segment } from '@openstack-ts/core';

export const consumersPath = (): string => 'OS-OAUTH1/consumers';
export const consumerPath = (id: string): string => `${consumersPath()}/${segment(id, 'consumerId')}`;
