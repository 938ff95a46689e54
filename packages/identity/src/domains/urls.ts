import { segment } from '@openstack-ts/core/internal';

export const domainsPath = (): string => 'domains';
export const domainPath = (id: string): string => `domains/${segment(id, 'domainId')}`;
