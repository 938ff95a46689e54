import { segment } from '@openstack-ts/core/internal';
import type { TaggableResource } from './requests.js';

export const tagsPath = (resource: TaggableResource, id: string): string => `${resource}/${segment(id, 'resourceId')}/tags`;
export const tagPath = (resource: TaggableResource, id: string, tag: string): string => `${tagsPath(resource, id)}/${segment(tag, 'tag')}`;
