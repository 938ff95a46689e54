import { segment } from '@openstack-ts/core';

export const extensionsPath = (): string => 'extensions';
export const extensionPath = (alias: string): string => `extensions/${segment(alias, 'alias')}`;
