import type { Server } from '../servers/results.js';

/**
 * What `rebuild` answers: the server as it starts rebuilding (status `REBUILD`), with the admin
 * password and, from microversion 2.57, the user data.
 */
export interface RebuiltServer extends Server {
  /** The new admin password (given or generated); absent when the cloud disables instance passwords. */
  adminPass?: string;
  /** The server's user data, base64-encoded, or `null`. Microversion 2.57 and later. */
  user_data?: string | null;
}
