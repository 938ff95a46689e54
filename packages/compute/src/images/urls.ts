import { segment } from '@openstack-ts/core/internal';

export const imagesPath = (): string => 'images';
export const imagesDetailPath = (): string => 'images/detail';
export const imagePath = (id: string): string => `images/${segment(id, 'imageId')}`;
