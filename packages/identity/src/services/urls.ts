import { segment } from '@openstack-ts/core/internal';

export const catalogServicesPath = (): string => 'services';
export const catalogServicePath = (id: string): string => `services/${segment(id, 'serviceId')}`;
