import { segment } from '@openstack-ts/core/internal';

/** `POST servers/{id}/action`: every action of this folder goes there, named by the body's only key. */
export const serverActionPath = (id: string): string => `servers/${segment(id, 'serverId')}/action`;
