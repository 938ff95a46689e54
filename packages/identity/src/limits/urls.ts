import { segment } from '@openstack-ts/core/internal';

export const registeredLimitsPath = (): string => 'registered_limits';
export const registeredLimitPath = (id: string): string => `registered_limits/${segment(id, 'registeredLimitId')}`;
export const limitsPath = (): string => 'limits';
export const limitPath = (id: string): string => `limits/${segment(id, 'limitId')}`;
export const limitModelPath = (): string => 'limits/model';
