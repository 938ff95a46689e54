import { segment } from '@openstack-ts/core/internal';
import { serverPath } from '../servers/urls.js';

export const serverMetadataPath = (id: string): string => `${serverPath(id)}/metadata`;
export const serverMetadataItemPath = (id: string, key: string): string => `${serverMetadataPath(id)}/${segment(key, 'key')}`;
