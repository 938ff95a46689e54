/**
 * The resolved configuration of one cloud: what {@link loadCloudConfig} returns and
 * {@link providerOptionsFromConfig} consumes. Its string, JSON and `util.inspect` forms never show
 * a secret.
 */
import { REDACTED, type AuthOptions, type EndpointInterface } from '@openstack-ts/core';

/** The `auth_type` values this package understands: keystoneauth's plugin names for Keystone v3. */
export type AuthType = 'password' | 'v3password' | 'token' | 'v3token' | 'v3applicationcredential' | 'v3totp' | 'v3multifactor';

/** Every supported {@link AuthType}, in the order error messages list them. */
export const AUTH_TYPES: readonly AuthType[] = Object.freeze([
  'password',
  'v3password',
  'token',
  'v3token',
  'v3applicationcredential',
  'v3totp',
  'v3multifactor',
]);

/** A cloud's TLS settings: clouds.yaml's `cacert`, `cert`, `key`, `verify` and `insecure`. */
export interface TlsSettings {
  /** Absolute path of a PEM bundle of CAs to verify servers with, instead of Node's built-in list. */
  cacert?: string | undefined;
  /** Absolute path of a PEM client certificate, for mutual TLS. */
  cert?: string | undefined;
  /** Absolute path of the client certificate's PEM private key. */
  key?: string | undefined;
  /** `false` turns certificate verification off (`verify: false` or `insecure: true`). */
  verify: boolean;
}

/** The files a {@link CloudConfig} was read from. All absent for a cloud built from `OS_*` variables. */
export interface CloudConfigFiles {
  /** The clouds.yaml (or `OS_CLIENT_CONFIG_FILE`) the cloud was found in. */
  clouds?: string | undefined;
  /** The secure.yaml (or `OS_CLIENT_SECURE_FILE`) that added to it, usually its secrets. */
  secure?: string | undefined;
  /** The clouds-public.yaml that supplied the cloud's `profile`. */
  public?: string | undefined;
}

/** The fields of a {@link CloudConfig}; see there. */
export interface CloudConfigInit {
  /** The cloud's name in clouds.yaml, or `envvars` (`OS_CLOUD_NAME`) for one built from `OS_*` variables. */
  name: string;
  /** `file` for a cloud of clouds.yaml, `environment` for one built from `OS_*` variables. */
  source: 'file' | 'environment';
  /** The clouds-public.yaml profile the cloud is based on. */
  profile?: string | undefined;
  /** The `auth_type`; absent lets core infer the methods from the credentials. */
  authType?: AuthType | undefined;
  /** Credentials and scope; the config keeps a frozen, non-enumerable copy. */
  auth: AuthOptions;
  /** The default region (`region_name`). */
  regionName?: string | undefined;
  /** The regions the cloud lists (`regions`); default none. */
  regions?: readonly string[] | undefined;
  /** The endpoint interface (`interface`, or the legacy `endpoint_type`). */
  interface?: EndpointInterface | undefined;
  /** Endpoint URLs by official service type (`<service>_endpoint_override`); default none. */
  endpointOverrides?: Readonly<Record<string, string>> | undefined;
  /** Microversion pins by official service type; default none. */
  microversions?: Readonly<Record<string, string>> | undefined;
  /** Every `<service>_api_version` as written, by official service type; default none. */
  apiVersions?: Readonly<Record<string, string>> | undefined;
  /** Default `{ verify: true }`: verify servers against Node's built-in CAs. */
  tls?: TlsSettings | undefined;
  /** Per-request timeout in milliseconds (`api_timeout` is in seconds). */
  timeoutMs?: number | undefined;
  /** Default none, as for a cloud built from `OS_*` variables. */
  files?: CloudConfigFiles | undefined;
}

const SECRET_FIELDS = ['password', 'token', 'applicationCredentialSecret', 'passcode'] as const;

/** A copy of auth options with every secret replaced by `***`. */
export function redactAuthOptions(auth: AuthOptions): Record<string, unknown> {
  const out: Record<string, unknown> = { ...auth };
  for (const field of SECRET_FIELDS) {
    if (auth[field] !== undefined) out[field] = REDACTED;
  }
  return out;
}

function frozen<T extends object>(value: T): Readonly<T> {
  return Object.freeze({ ...value });
}

/**
 * One cloud's settings, resolved and typed. `auth` holds the credentials and is non-enumerable,
 * so spreading or cloning the object never copies a secret; `toJSON`, `toString` and
 * `util.inspect` show the secrets as `***`.
 */
export class CloudConfig {
  /** The cloud's name in clouds.yaml, or `envvars` (`OS_CLOUD_NAME`) for one built from `OS_*` variables. */
  readonly name: string;
  /** Where the cloud came from. */
  readonly source: 'file' | 'environment';
  /** The clouds-public.yaml profile the cloud is based on (`profile`, or the legacy `cloud` key). */
  readonly profile: string | undefined;
  /**
   * The `auth_type` as configured, or `v3applicationcredential` when application credential
   * fields are present without one. `undefined` lets core infer the methods from the credentials.
   */
  readonly authType: AuthType | undefined;
  /** Credentials and scope for core. Non-enumerable; see the class description. */
  declare readonly auth: Readonly<AuthOptions>;
  /** The default region: the `region_name`, else the first of `regions`. */
  readonly regionName: string | undefined;
  /** The names of the regions the cloud lists (`regions`). */
  readonly regions: readonly string[];
  /** The endpoint interface (`interface`, or the legacy `endpoint_type`). */
  readonly interface: EndpointInterface | undefined;
  /** Endpoint URLs by official service type, from `<service>_endpoint_override`. */
  readonly endpointOverrides: Readonly<Record<string, string>>;
  /** Microversion pins by official service type, from `<service>_api_version` and `<service>_default_microversion`. */
  readonly microversions: Readonly<Record<string, string>>;
  /** Every `<service>_api_version` as written, by official service type, pins or not. */
  readonly apiVersions: Readonly<Record<string, string>>;
  /** TLS settings (`cacert`, `cert`, `key`, `verify`); `tlsOptionsFromSettings` reads them for core's transport. */
  readonly tls: Readonly<TlsSettings>;
  /** Per-request timeout from `api_timeout` (seconds in the file). */
  readonly timeoutMs: number | undefined;
  /** The files the cloud was read from. */
  readonly files: Readonly<CloudConfigFiles>;

  /** Copies and freezes `init`; {@link loadCloudConfig} is the usual way to get one. */
  constructor(init: CloudConfigInit) {
    this.name = init.name;
    this.source = init.source;
    this.profile = init.profile;
    this.authType = init.authType;
    Object.defineProperty(this, 'auth', { value: frozen(init.auth), enumerable: false, writable: false, configurable: false });
    this.regionName = init.regionName;
    this.regions = Object.freeze([...(init.regions ?? [])]);
    this.interface = init.interface;
    this.endpointOverrides = frozen(init.endpointOverrides ?? {});
    this.microversions = frozen(init.microversions ?? {});
    this.apiVersions = frozen(init.apiVersions ?? {});
    this.tls = frozen(init.tls ?? { verify: true });
    this.timeoutMs = init.timeoutMs;
    this.files = frozen(init.files ?? {});
  }

  /** A plain copy with every secret replaced by `***`. */
  toJSON(): Record<string, unknown> {
    return {
      name: this.name,
      source: this.source,
      profile: this.profile,
      authType: this.authType,
      auth: redactAuthOptions(this.auth),
      regionName: this.regionName,
      regions: this.regions,
      interface: this.interface,
      endpointOverrides: this.endpointOverrides,
      microversions: this.microversions,
      apiVersions: this.apiVersions,
      tls: this.tls,
      timeoutMs: this.timeoutMs,
      files: this.files,
    };
  }

  /** `CloudConfig(<JSON without secrets>)`. */
  toString(): string {
    return `CloudConfig(${JSON.stringify(this.toJSON())})`;
  }

  /** What `util.inspect` and `console.log` show: the redacted JSON form. */
  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return this.toString();
  }
}
