import { segment } from '@openstack-ts/core/internal';
import { serverPath } from '../servers/urls.js';

export const serverRemoteConsolesPath = (id: string): string => `${serverPath(id)}/remote-consoles`;
export const consoleAuthTokenPath = (token: string): string => `os-console-auth-tokens/${segment(token, 'token')}`;
