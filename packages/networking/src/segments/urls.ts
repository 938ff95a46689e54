import { segment } from '@openstack-ts/core/internal';

export const segmentsPath = (): string => 'segments';
export const segmentPath = (id: string): string => `segments/${segment(id, 'segmentId')}`;
