import { segment } from '@openstack-ts/core/internal';

export const portsPath = (): string => 'ports';
export const portPath = (id: string): string => `ports/${segment(id, 'portId')}`;
