export { createServerRemoteConsole, getConsoleAuthToken, getServerConsoleLegacy } from './requests.js';
export type { CreateServerRemoteConsoleInput, GetServerConsoleLegacyInput, LegacyConsoleType } from './requests.js';
export type { ConsoleConnectionInfo, LegacyServerConsole, RemoteConsole, RemoteConsoleProtocol, RemoteConsoleType } from './results.js';
