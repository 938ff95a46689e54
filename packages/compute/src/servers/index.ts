export {
  createServer,
  deleteServer,
  findServerId,
  forceDeleteServer,
  getServer,
  listServerSummaries,
  listServers,
  updateServer,
} from './requests.js';
export type { BlockDeviceMapping, CreateServerInput, ListServersQuery, ServerNetwork, UpdateServerInput } from './requests.js';
export type { CreatedServer, Server, ServerAddress, ServerFlavor, ServerStatus, ServerSummary } from './results.js';
export { waitForServerDeleted, waitForServerStatus } from './waiters.js';
export type { WaitForServerOptions } from './waiters.js';
