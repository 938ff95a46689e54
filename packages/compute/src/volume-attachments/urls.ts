import { segment } from '@openstack-ts/core/internal';
import { serverPath } from '../servers/urls.js';

export const volumeAttachmentsPath = (serverId: string): string => `${serverPath(serverId)}/os-volume_attachments`;
export const volumeAttachmentPath = (serverId: string, volumeId: string): string =>
  `${volumeAttachmentsPath(serverId)}/${segment(volumeId, 'volumeId')}`;
