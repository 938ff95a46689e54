import { segment } from '@openstack-ts/core/internal';

export const extensionsPath = (): string => 'extensions';
export const extensionPath = (alias: string): string => `extensions/${segment(alias, 'alias')}`;
