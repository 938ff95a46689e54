import type { Server } from 'node:http';
/** Serves dist/ on 127.0.0.1:port; resolves to the server once it listens. */
export function serve(port?: number): Promise<Server>;
