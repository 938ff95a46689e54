import { segment } from '@openstack-ts/core/internal';
import { serverPath } from '../servers/urls.js';

export const serverIpsPath = (id: string): string => `${serverPath(id)}/ips`;
export const serverNetworkIpsPath = (id: string, networkLabel: string): string => `${serverIpsPath(id)}/${segment(networkLabel, 'networkLabel')}`;
