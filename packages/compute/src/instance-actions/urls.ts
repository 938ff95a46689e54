import { segment } from '@openstack-ts/core/internal';
import { serverPath } from '../servers/urls.js';

export const instanceActionsPath = (serverId: string): string => `${serverPath(serverId)}/os-instance-actions`;
export const instanceActionPath = (serverId: string, requestId: string): string => `${instanceActionsPath(serverId)}/${segment(requestId, 'requestId')}`;
