import { segment } from '@openstack-ts/core';

export const catalogServicesPath = (): string => 'services';
export const catalogServicePath = (id: string): string => `services/${segment(id, 'serviceId')}`;
