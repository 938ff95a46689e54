import { segment } from '@openstack-ts/core/internal';

export const regionsPath = (): string => 'regions';
export const regionPath = (id: string): string => `regions/${segment(id, 'regionId')}`;
