/** A remote console protocol. `mks` needs microversion 2.8; `rdp` only ever worked with the Hyper-V driver. */
export type RemoteConsoleProtocol = 'vnc' | 'spice' | 'rdp' | 'serial' | 'mks' | (string & {});

/**
 * A remote console type (the client it is for). `webmks` needs microversion 2.8 and
 * `spice-direct` 2.99; `xvpvnc` (XenServer) and `rdp-html5` (Hyper-V) belong to removed drivers.
 */
export type RemoteConsoleType = 'novnc' | 'xvpvnc' | 'spice-html5' | 'spice-direct' | 'rdp-html5' | 'serial' | 'webmks' | (string & {});

/** A remote console of a server: where to connect, with its token in the URL. */
export interface RemoteConsole {
  protocol: RemoteConsoleProtocol;
  type: RemoteConsoleType;
  /** The console proxy URL, carrying the authentication token. */
  url: string;
}

/** A console as the pre-2.6 `os-get*Console` actions return it. */
export interface LegacyServerConsole {
  type: RemoteConsoleType;
  url: string;
}

/** The connection information behind a console authentication token. */
export interface ConsoleConnectionInfo {
  /** The server's ID. */
  instance_uuid: string;
  /** The host the console proxy connects to. */
  host: string | null;
  port: number;
  internal_access_path: string | null;
  /** The TLS port of a SPICE console. Microversion 2.99 and later. */
  tls_port?: number | null;
}
