import { segment } from '@openstack-ts/core/internal';

export const consumersPath = (): string => 'OS-OAUTH1/consumers';
export const consumerPath = (id: string): string => `${consumersPath()}/${segment(id, 'consumerId')}`;
