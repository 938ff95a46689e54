import { segment } from '@openstack-ts/core/internal';
import { serverPath } from '../servers/urls.js';

export const interfaceAttachmentsPath = (serverId: string): string => `${serverPath(serverId)}/os-interface`;
export const interfaceAttachmentPath = (serverId: string, portId: string): string =>
  `${interfaceAttachmentsPath(serverId)}/${segment(portId, 'portId')}`;
