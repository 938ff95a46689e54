import { serverPath } from '../servers/urls.js';

export const serverPasswordPath = (id: string): string => `${serverPath(id)}/os-server-password`;
