import { segment } from '@openstack-ts/core';

export const segmentsPath = (): string => 'segments';
export const segmentPath = (id: string): string => `segments/${segment(id, 'segmentId')}`;
