import type { ComputeClient } from '../client.js';
import { InvalidInputError, type CallOptions } from '@openstack-ts/core';
import type { ConsoleConnectionInfo, LegacyServerConsole, RemoteConsole, RemoteConsoleProtocol, RemoteConsoleType } from './results.js';
import { serverActionPath } from '../servers/urls.js';
import { consoleAuthTokenPath, serverRemoteConsolesPath } from './urls.js';

/** The body of {@link createServerRemoteConsole}. */
export interface CreateServerRemoteConsoleInput {
  /** `mks` requires microversion 2.8. */
  protocol: RemoteConsoleProtocol;
  /** Must suit the protocol (`vnc`: `novnc`; `spice`: `spice-html5`, or `spice-direct` from 2.99; `serial`: `serial`; `mks`: `webmks`). */
  type: RemoteConsoleType;
}

/** The console types of {@link getServerConsoleLegacy}; the type picks the action. */
export type LegacyConsoleType = 'novnc' | 'xvpvnc' | 'spice-html5' | 'rdp-html5' | 'serial';

/** The body of {@link getServerConsoleLegacy}. */
export interface GetServerConsoleLegacyInput {
  type: LegacyConsoleType;
}

const LEGACY_ACTIONS: Readonly<Record<LegacyConsoleType, string>> = {
  novnc: 'os-getVNCConsole',
  xvpvnc: 'os-getVNCConsole',
  'spice-html5': 'os-getSPICEConsole',
  'rdp-html5': 'os-getRDPConsole',
  serial: 'os-getSerialConsole',
};

/**
 * Creates a remote console for a server and returns its URL (which carries the token). The
 * console type must be enabled in Nova's configuration: Nova answers 400 ("Unavailable console
 * type …") when it is not, and 501 when the virt driver has no such console. Requires
 * microversion 2.6; `mks`/`webmks` need 2.8 and `spice-direct` 2.99.
 */
export async function createServerRemoteConsole(client: ComputeClient, id: string, input: CreateServerRemoteConsoleInput, options?: CallOptions): Promise<RemoteConsole> {
  client.requireMicroversion('2.6', 'Remote consoles', options);
  if (input.protocol === 'mks' || input.type === 'webmks') client.requireMicroversion('2.8', 'An MKS console', options);
  if (input.type === 'spice-direct') client.requireMicroversion('2.99', 'A spice-direct console', options);
  return client.request<RemoteConsole>(
    { method: 'POST', path: serverRemoteConsolesPath(id), json: { remote_console: input }, expectStatus: [200], unwrap: 'remote_console' },
    options,
  );
}

/**
 * Shows the connection information (server, host, port) behind a console authentication token,
 * as a console proxy would use it. Admin only by default policy. Before microversion 2.31 Nova
 * answers only for `rdp-html5` tokens (400 for the others); an unknown or expired token answers 404.
 */
export async function getConsoleAuthToken(client: ComputeClient, token: string, options?: CallOptions): Promise<ConsoleConnectionInfo> {
  return client.request<ConsoleConnectionInfo>({ method: 'GET', path: consoleAuthTokenPath(token), expectStatus: [200], unwrap: 'console' }, options);
}

/**
 * Gets a console of a server with the action of its type (`os-getVNCConsole` for `novnc` and
 * `xvpvnc`, `os-getSPICEConsole`, `os-getRDPConsole`, `os-getSerialConsole`): the API before
 * {@link createServerRemoteConsole}. Nova removed these actions in microversion 2.6, so the call
 * is refused from 2.6 on. The console type must be enabled in Nova (400 otherwise).
 */
export async function getServerConsoleLegacy(client: ComputeClient, id: string, input: GetServerConsoleLegacyInput, options?: CallOptions): Promise<LegacyServerConsole> {
  client.requireMicroversionBelow('2.6', 'The os-get*Console actions', options);
  const action = Object.hasOwn(LEGACY_ACTIONS, input.type) ? LEGACY_ACTIONS[input.type] : undefined;
  if (action === undefined) {
    throw new InvalidInputError(`type must be one of ${Object.keys(LEGACY_ACTIONS).join(', ')}; got ${input.type}`, 'type');
  }
  return client.request<LegacyServerConsole>(
    { method: 'POST', path: serverActionPath(id), json: { [action]: { type: input.type } }, expectStatus: [200], unwrap: 'console' },
    options,
  );
}
