import { segment } from '@openstack-ts/core/internal';

export const serversPath = (): string => 'servers';
export const serversDetailPath = (): string => 'servers/detail';
export const serverPath = (id: string): string => `servers/${segment(id, 'serverId')}`;
export const serverActionPath = (id: string): string => `${serverPath(id)}/action`;
