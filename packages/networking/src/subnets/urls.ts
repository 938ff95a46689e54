import { segment } from '@openstack-ts/core/internal';

export const subnetsPath = (): string => 'subnets';
export const subnetPath = (id: string): string => `subnets/${segment(id, 'subnetId')}`;
