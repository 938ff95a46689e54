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
  clouds?: string | undefined;
  secure?: string | undefined;
  /** The clouds-public.yaml that supplied the cloud's `profile`. */
  public?: string | undefined;
}

/** The fields of a {@link CloudConfig}; see there. */
export interface CloudConfigInit {
  name: string;
  source: 'file' | 'environment';
  profile?: string | undefined;
  authType?: AuthType | undefined;
  auth: AuthOptions;
  regionName?: string | undefined;
  regions?: readonly string[] | undefined;
  interface?: EndpointInterface | undefined;
  endpointOverrides?: Readonly<Record<string, string>> | undefined;
  microversions?: Readonly<Record<string, string>> | undefined;
  apiVersions?: Readonly<Record<string, string>> | undefined;
  tls?: TlsSettings | undefined;
  timeoutMs?: number | undefined;
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
