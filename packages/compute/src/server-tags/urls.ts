import { segment } from '@openstack-ts/core/internal';
import { serverPath } from '../servers/urls.js';

export const serverTagsPath = (id: string): string => `${serverPath(id)}/tags`;
export const serverTagPath = (id: string, tag: string): string => `${serverTagsPath(id)}/${segment(tag, 'tag')}`;
