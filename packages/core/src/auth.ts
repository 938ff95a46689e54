/**
 * Keystone v3 authentication: which methods and scope the options ask for, and the request body
 * that asks for them. Keystone v2.0 is not supported (it was removed upstream in the Queens
 * release, 2018).
 */
import type { CatalogEntry } from './catalog.js';
import { InvalidInputError } from './errors.js';

/** A Keystone v3 auth method. Several together make a multi-factor request. */
export type AuthMethodName = 'password' | 'token' | 'application_credential' | 'totp';

/** A TOTP passcode, or a function that produces a fresh one (needed to re-authenticate). */
export type Passcode = string | (() => string | Promise<string>);

/**
 * What to authenticate with and what to scope the token to. The fields are those of
 * clouds.yaml's `auth` section and Gophercloud's `AuthOptions`, in camelCase.
 */
export interface AuthOptions {
  /** The identity endpoint, e.g. `https://keystone.example.com:5000/v3`. `/v3` is added when absent. */
  authUrl: string;
  /** The methods to use. When absent they are inferred from the credentials given. */
  methods?: readonly AuthMethodName[] | undefined;

  /** The user's ID; unlike `username`, it needs no user domain. */
  userId?: string | undefined;
  /** The user's name, unique only within its domain: give `userDomainId` or `userDomainName` with it. */
  username?: string | undefined;
  /** The ID of the domain `username` belongs to (clouds.yaml `user_domain_id`). */
  userDomainId?: string | undefined;
  /** The name of the domain `username` belongs to (clouds.yaml `user_domain_name`; often `Default`). */
  userDomainName?: string | undefined;
  /** The user's password: the `password` method, or multi-factor auth together with `passcode`. */
  password?: string | undefined;

  /** An existing token to exchange for a new (possibly differently scoped) one. */
  token?: string | undefined;

  /** The application credential's ID; unlike its name, it needs no user. */
  applicationCredentialId?: string | undefined;
  /** The application credential's name, unique only per user: give `userId`, or `username` with its domain, too. */
  applicationCredentialName?: string | undefined;
  /**
   * The application credential's secret, needed with its ID or name; the credential carries its own
   * scope, so no scope options go with it.
   */
  applicationCredentialSecret?: string | undefined;

  /** A TOTP passcode. Alone it is the `totp` method; with a password, multi-factor auth. */
  passcode?: Passcode | undefined;

  /** Project scope by ID (clouds.yaml `project_id`, or the legacy `tenant_id`). */
  projectId?: string | undefined;
  /** Project scope by name, unique only within its domain: give `projectDomainId` or `projectDomainName` with it. */
  projectName?: string | undefined;
  /** The ID of the domain `projectName` belongs to (clouds.yaml `project_domain_id`). */
  projectDomainId?: string | undefined;
  /** The name of the domain `projectName` belongs to (clouds.yaml `project_domain_name`). */
  projectDomainName?: string | undefined;
  /** Domain scope (by ID). */
  domainId?: string | undefined;
  /** Domain scope (by name). */
  domainName?: string | undefined;
  /** System scope: `all` (or `true`) scopes the token to the whole deployment. */
  system?: 'all' | boolean | undefined;
  /** Trust scope (`OS-TRUST:trust`). */
  trustId?: string | undefined;
  /** Ask Keystone for an unscoped token even if the user has a default project. */
  unscoped?: boolean | undefined;

  /** Re-authenticate when the token expires or a request gets a 401. Default `true`. */
  allowReauth?: boolean | undefined;
}

/** The scope a token has, as returned in the token body. */
export interface TokenBody {
  /** The auth methods that produced the token (`password`, `token`, `application_credential`, `totp`). */
  methods: string[];
  /** When the token stops being valid: an ISO 8601 timestamp in UTC. */
  expires_at: string;
  /** When Keystone issued the token: an ISO 8601 timestamp in UTC. */
  issued_at?: string;
  /** IDs that trace the token in audit records: its own, then, for a token obtained with another token, that token's. */
  audit_ids?: string[];
  /** The user the token stands for; `password_expires_at` is `null` when their password never expires. */
  user: { id: string; name?: string; domain?: { id: string; name?: string }; password_expires_at?: string | null };
  /** The project of a project-scoped token. */
  project?: { id: string; name?: string; domain?: { id: string; name?: string } };
  /** The domain of a domain-scoped token. */
  domain?: { id: string; name?: string };
  /** Present on a system-scoped token; `all` means the whole deployment. */
  system?: { all?: boolean };
  /** The trust a trust-scoped token acts under: the trustee acts for the trustor, as the trustor when `impersonation` is set. */
  'OS-TRUST:trust'?: { id: string; impersonation?: boolean; trustee_user?: { id: string }; trustor_user?: { id: string } };
  /** The application credential that produced the token; a `restricted` one cannot create other credentials or trusts. */
  application_credential?: { id: string; name?: string; restricted?: boolean };
  /** The roles the user has in the token's scope; `domain_id` is set only for domain-specific roles. */
  roles?: { id: string; name: string; domain_id?: string | null }[];
  /** The service catalog; empty or absent on an unscoped token. */
  catalog?: CatalogEntry[];
  /** On a project-scoped token: whether the project acts as a domain. */
  is_domain?: boolean;
  /** Fields from extensions and newer Keystone releases, kept as received. */
  [extension: string]: unknown;
}

/** Normalises an identity endpoint to its `/v3/` root. */
export function identityV3Url(authUrl: string): string {
  let url: URL;
  try {
    url = new URL(authUrl);
  } catch {
    throw new InvalidInputError(`authUrl is not a URL: ${JSON.stringify(authUrl)}`, 'authUrl');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new InvalidInputError(`authUrl must be http or https, not ${url.protocol}`, 'authUrl');
  }
  url.search = '';
  url.hash = '';
  const path = url.pathname.replace(/\/+$/, '');
  if (path.endsWith("/v2.0")) {
    throw new InvalidInputError('Keystone v2.0 is not supported (removed upstream in 2018): use the /v3 identity endpoint', 'authUrl');
  }
  url.pathname = path.endsWith("/v3") ? `${path}/` : `${path}/v3/`;
  return url.toString();
}

function present(value: string | undefined): value is string {
  return value !== undefined && value !== '';
}

/** The methods the options ask for, explicit or inferred. */
export function authMethods(options: AuthOptions): AuthMethodName[] {
  if (options.methods !== undefined && options.methods.length > 0) return [...options.methods];
  if (present(options.applicationCredentialSecret) || present(options.applicationCredentialId)) {
    return ['application_credential'];
  }
  const methods: AuthMethodName[] = [];
  if (present(options.password)) methods.push('password');
  if (options.passcode !== undefined && options.passcode !== '') methods.push('totp');
  if (methods.length === 0 && present(options.token)) methods.push('token');
  if (methods.length === 0) {
    throw new InvalidInputError(
      'No credentials: give a password, a token, an application credential or a TOTP passcode',
      'auth',
    );
  }
  return methods;
}

function userRef(options: AuthOptions, what: string): Record<string, unknown> {
  if (present(options.userId)) return { id: options.userId };
  if (present(options.username)) {
    if (present(options.userDomainId)) return { name: options.username, domain: { id: options.userDomainId } };
    if (present(options.userDomainName)) return { name: options.username, domain: { name: options.userDomainName } };
    throw new InvalidInputError(`${what} by user name needs userDomainId or userDomainName`, 'userDomainName');
  }
  throw new InvalidInputError(`${what} needs userId, or username with a user domain`, 'userId');
}

/** The `scope` of the request body, or `undefined` for Keystone's default. Validates exclusivity. */
export function authScope(options: AuthOptions): unknown {
  const kinds: string[] = [];
  if (present(options.projectId) || present(options.projectName)) kinds.push('project');
  if (present(options.domainId) || present(options.domainName)) kinds.push('domain');
  if (options.system === true || options.system === 'all') kinds.push('system');
  if (present(options.trustId)) kinds.push('trust');
  if (options.unscoped === true) kinds.push('unscoped');
  if (kinds.length > 1) {
    throw new InvalidInputError(`A token has one scope, but the options ask for ${kinds.join(' and ')}`, 'scope');
  }
  switch (kinds[0]) {
    case 'project': {
      if (present(options.projectId)) return { project: { id: options.projectId } };
      if (present(options.projectDomainId)) return { project: { name: options.projectName, domain: { id: options.projectDomainId } } };
      if (present(options.projectDomainName)) return { project: { name: options.projectName, domain: { name: options.projectDomainName } } };
      throw new InvalidInputError('Project scope by name needs projectDomainId or projectDomainName', 'projectDomainName');
    }
    case 'domain':
      return present(options.domainId) ? { domain: { id: options.domainId } } : { domain: { name: options.domainName } };
    case 'system':
      return { system: { all: true } };
    case 'trust':
      return { 'OS-TRUST:trust': { id: options.trustId } };
    case 'unscoped':
      return 'unscoped';
    default:
      return undefined;
  }
}

/**
 * Validates the options and returns the body of `POST /v3/auth/tokens`. A passcode function is
 * called here, so each authentication gets a fresh passcode. Throws {@link InvalidInputError}
 * for missing or conflicting fields before any request is sent.
 */
export async function buildAuthBody(options: AuthOptions): Promise<{ auth: Record<string, unknown> }> {
  const methods = authMethods(options);
  const identity: Record<string, unknown> = { methods };
  for (const method of methods) {
    switch (method) {
      case 'password':
        if (!present(options.password)) throw new InvalidInputError('The password method needs a password', 'password');
        identity.password = { user: { ...userRef(options, 'Password auth'), password: options.password } };
        break;
      case 'token':
        if (!present(options.token)) throw new InvalidInputError('The token method needs a token', 'token');
        identity.token = { id: options.token };
        break;
      case 'application_credential': {
        if (!present(options.applicationCredentialSecret)) {
          throw new InvalidInputError('Application credential auth needs applicationCredentialSecret', 'applicationCredentialSecret');
        }
        if (present(options.applicationCredentialId)) {
          identity.application_credential = { id: options.applicationCredentialId, secret: options.applicationCredentialSecret };
        } else if (present(options.applicationCredentialName)) {
          identity.application_credential = {
            name: options.applicationCredentialName,
            user: userRef(options, 'Application credential auth by name'),
            secret: options.applicationCredentialSecret,
          };
        } else {
          throw new InvalidInputError('Application credential auth needs applicationCredentialId or applicationCredentialName', 'applicationCredentialId');
        }
        break;
      }
      case 'totp': {
        const passcode = typeof options.passcode === 'function' ? await options.passcode() : options.passcode;
        if (passcode === undefined || passcode === '') throw new InvalidInputError('The totp method needs a passcode', 'passcode');
        identity.totp = { user: { ...userRef(options, 'TOTP auth'), passcode } };
        break;
      }
      default:
        throw new InvalidInputError(`Unknown auth method ${JSON.stringify(method)}`, 'methods');
    }
  }
  const scope = authScope(options);
  if (scope !== undefined && methods.includes('application_credential')) {
    throw new InvalidInputError('An application credential carries its own scope: remove the project, domain, system or trust options', 'scope');
  }
  return { auth: scope === undefined ? { identity } : { identity, scope } };
}

/** Every secret string in the options, for scrubbing free text. */
export function authSecrets(options: AuthOptions): string[] {
  return [options.password, options.token, options.applicationCredentialSecret, typeof options.passcode === 'string' ? options.passcode : undefined]
    .filter(present);
}
