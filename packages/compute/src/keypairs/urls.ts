import { segment } from '@openstack-ts/core/internal';

export const keypairsPath = (): string => 'os-keypairs';
export const keypairPath = (name: string): string => `os-keypairs/${segment(name, 'keypairName')}`;
