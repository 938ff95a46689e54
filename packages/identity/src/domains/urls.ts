import { segment } from '@openstack-ts/core';

export const domainsPath = (): string => 'domains';
export const domainPath = (id: string): string => `domains/${segment(id, 'domainId')}`;
