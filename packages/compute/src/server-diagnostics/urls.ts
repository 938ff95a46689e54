import { serverPath } from '../servers/urls.js';

export const serverDiagnosticsPath = (id: string): string => `${serverPath(id)}/diagnostics`;
