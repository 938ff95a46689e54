/**
 * The one family of errors the SDK throws. Guards check a brand (a registered symbol) rather
 * than `instanceof`, so two copies of core in one application still recognise each other's errors.
 */

const BRAND: unique symbol = Symbol.for('@openstack-ts/core.error') as never;

/** The kinds of error the SDK raises; each class below has one. */
export type OpenStackErrorKind =
  | 'http'
  | 'response'
  | 'timeout'
  | 'connection'
  | 'auth'
  | 'endpoint'
  | 'microversion'
  | 'replay'
  | 'pagination'
  | 'input'
  | 'config'
  | 'lookup'
  | 'state'
  | 'generic';

function brand(target: object, kind: OpenStackErrorKind): void {
  Object.defineProperty(target, BRAND, { value: kind, enumerable: false });
}

/** Reads the brand of an error, or `undefined` for anything the SDK did not throw. */
export function openStackErrorKind(error: unknown): OpenStackErrorKind | undefined {
  if (error === null || typeof error !== 'object') return undefined;
  return (error as { [BRAND]?: OpenStackErrorKind })[BRAND];
}

/** Base class of every error the SDK raises (except aborts, which surface as the signal's reason). */
export class OpenStackError extends Error {
  /** `kind` is the brand the `is…Error` guards read: each subclass passes its own, and a plain `OpenStackError` is `generic`. */
  constructor(message: string, options?: { cause?: unknown }, kind: OpenStackErrorKind = 'generic') {
    super(message, options);
    this.name = new.target.name;
    brand(this, kind);
  }
}

/** What an {@link HttpError} knows about the request that failed. Nothing here is secret. */
export interface HttpErrorDetails {
  /** The status the service answered with. */
  status: number;
  /** The request's HTTP method, upper case as sent. */
  method: string;
  /** The request URL with secrets (temp URL signatures, credentials) redacted. */
  url: string;
  /** From the `x-openstack-request-id` (or `x-compute-request-id`, `x-trans-id`) response header. */
  requestId?: string | undefined;
  /** The service's own message, parsed from its fault body. */
  serviceMessage?: string | undefined;
  /** The service's error type when it names one: Neutron's `type`, Nova's fault key, Keystone's title. */
  serviceErrorType?: string | undefined;
  /** The response body as text, at most 64 KiB. */
  body?: string | undefined;
  /** Seconds from a `Retry-After` header, when the service sent one. */
  retryAfterSeconds?: number | undefined;
}

/**
 * A response with a status the operation did not expect. The message reads like a log line:
 * `DELETE http://…/networks/4e8e: 409 One or more ports are in use on the network. (req-2a…)`.
 */
export class HttpError extends OpenStackError {
  /** The status the service answered with; {@link isHttpError} tests it. */
  readonly status: number;
  /** The request's HTTP method, upper case as sent. */
  readonly method: string;
  /** The request URL with secrets (temp URL signatures, credentials) redacted. */
  readonly url: string;
  /**
   * From the `x-openstack-request-id` (or `x-compute-request-id`, `x-trans-id`) response header:
   * the ID to quote to the cloud's operators.
   */
  readonly requestId: string | undefined;
  /** The service's own message, parsed from its fault body (Nova's `badRequest.message`, Neutron's `NeutronError.message`, …). */
  readonly serviceMessage: string | undefined;
  /** The service's error type when it names one: Neutron's `type`, Nova's fault key, Keystone's title. */
  readonly serviceErrorType: string | undefined;
  /** The response body as text, cut at 64 KiB. */
  readonly body: string | undefined;
  /** Seconds from the response's `Retry-After` header, when the service sent one (429 and 503 answers, mostly). */
  readonly retryAfterSeconds: number | undefined;

  /**
   * The message is built from `details`: method, URL, status, the service's message and the request
   * ID; `options.cause` becomes the error's `cause`.
   */
  constructor(details: HttpErrorDetails, options?: { cause?: unknown }) {
    const text = details.serviceMessage ?? statusText(details.status);
    const id = details.requestId === undefined ? '' : ` (${details.requestId})`;
    super(`${details.method} ${details.url}: ${String(details.status)} ${text}${id}`, options, 'http');
    this.status = details.status;
    this.method = details.method;
    this.url = details.url;
    this.requestId = details.requestId;
    this.serviceMessage = details.serviceMessage;
    this.serviceErrorType = details.serviceErrorType;
    this.body = details.body;
    this.retryAfterSeconds = details.retryAfterSeconds;
  }
}

/**
 * A response the SDK could not use: an HTML page where JSON was expected, truncated JSON, or a
 * body without the expected envelope. It names the request and its request id.
 */
export class ResponseError extends OpenStackError {
  /**
   * The status of the unusable response; 0 when no response could be used at all (version discovery
   * that found no versions document).
   */
  readonly status: number;
  /** The request's HTTP method, upper case as sent. */
  readonly method: string;
  /** The request URL with secrets redacted. */
  readonly url: string;
  /** From the `x-openstack-request-id` (or `x-compute-request-id`, `x-trans-id`) response header. */
  readonly requestId: string | undefined;
  /**
   * `details.reason` says what was wrong with the body and ends the message; `options.cause` keeps
   * the error behind it (a JSON parse error, say).
   */
  constructor(
    details: { status: number; method: string; url: string; requestId?: string | undefined; reason: string },
    options?: { cause?: unknown },
  ) {
    const id = details.requestId === undefined ? '' : ` (${details.requestId})`;
    super(`${details.method} ${details.url}: ${String(details.status)} unusable response: ${details.reason}${id}`, options, 'response');
    this.status = details.status;
    this.method = details.method;
    this.url = details.url;
    this.requestId = details.requestId;
  }
}

/** An operation did not complete within its timeout. Distinct from an abort by the caller's signal. */
export class TimeoutError extends OpenStackError {
  /** What timed out: `GET http://…/servers` for a request, or a waiter's description. */
  readonly what: string;
  /** The limit that ran out, in milliseconds. */
  readonly timeoutMs: number;
  /** `details.what` names what timed out and `details.timeoutMs` the limit; both go into the message. */
  constructor(details: { what: string; timeoutMs: number }, options?: { cause?: unknown }) {
    super(`${details.what}: no result within ${String(details.timeoutMs)} ms`, options, 'timeout');
    this.what = details.what;
    this.timeoutMs = details.timeoutMs;
  }
}

/**
 * The connection failed: refused or reset before an answer, DNS or TLS failure, or lost while the
 * answer was being read (`whileReading`; the message then says whether the request may have been
 * applied).
 */
export class ConnectionError extends OpenStackError {
  /** The request's HTTP method, upper case as sent. */
  readonly method: string;
  /** The request URL with secrets redacted. */
  readonly url: string;
  /** True when the connection was lost after the response headers, while the body was read. */
  readonly whileReading: boolean;
  /**
   * `details.reason` describes the failure (the platform's error code, such as `ECONNREFUSED`, and
   * message); `options.cause` is what fetch or the body read threw.
   */
  constructor(details: { method: string; url: string; reason: string; whileReading?: boolean | undefined }, options?: { cause?: unknown }) {
    const what = details.whileReading === true ? details.reason : `connection failed: ${details.reason}`;
    super(`${details.method} ${details.url}: ${what}`, options, 'connection');
    this.method = details.method;
    this.url = details.url;
    this.whileReading = details.whileReading === true;
  }
}

/**
 * Why authentication could not go on: `rejected` (Keystone refused the credentials: its 401 is the
 * `cause`), `cannot-renew`, `no-token`, `invalid-token-response`, `reauth-failed`.
 */
export type AuthErrorReason = 'rejected' | 'cannot-renew' | 'no-token' | 'invalid-token-response' | 'reauth-failed';

/** Authentication could not produce a usable token (other than a plain HTTP failure, which is an {@link HttpError}). */
export class AuthError extends OpenStackError {
  /** Why authentication stopped; see {@link AuthErrorReason}. */
  readonly reason: AuthErrorReason;
  /**
   * `message` is used as is; `options.cause`, when given, is the error behind it (Keystone's 401
   * {@link HttpError} for `rejected`).
   */
  constructor(reason: AuthErrorReason, message: string, options?: { cause?: unknown }) {
    super(message, options, 'auth');
    this.reason = reason;
  }
}

/** One endpoint as the catalog offered it; used to explain an {@link EndpointNotFoundError}. */
export interface OfferedEndpoint {
  /** The catalog entry's service type as the catalog spells it, alias or not (`volumev3`). */
  type: string;
  /** The catalog entry's name (`nova`, `cinderv3`), or `''` when it has none. */
  name: string;
  /** `public`, `internal` or `admin`, as the catalog lists it. */
  interface: string;
  /** The endpoint's `region`, else its `region_id`, or `''` when it belongs to no region. */
  region: string;
  /** The endpoint URL as the catalog lists it. */
  url: string;
}

/** The catalog has no endpoint matching what was asked for. The message lists what it offered. */
export class EndpointNotFoundError extends OpenStackError {
  /**
   * What was asked for: the service type as given, the catalog name and region if any, and the
   * interfaces in order of preference.
   */
  readonly wanted: { type: string; name?: string | undefined; region?: string | undefined; interface: readonly string[] };
  /** Every endpoint of the catalog; empty when the token carries no catalog (an unscoped token). */
  readonly offered: readonly OfferedEndpoint[];
  /**
   * `aliases` are the catalog types tried for `wanted.type` (the type itself, its official type and
   * their aliases), named in the message.
   */
  constructor(wanted: EndpointNotFoundError['wanted'], offered: readonly OfferedEndpoint[], aliases: readonly string[]) {
    const asked = [
      `type ${wanted.type}${aliases.length > 1 ? ` (or ${aliases.filter((a) => a !== wanted.type).join(', ')})` : ''}`,
      wanted.name === undefined ? undefined : `name ${wanted.name}`,
      wanted.region === undefined ? undefined : `region ${wanted.region}`,
      `interface ${wanted.interface.join('|')}`,
    ].filter((part) => part !== undefined);
    const list = offered.length === 0
      ? 'the catalog is empty (is the token scoped to a project, domain or system?)'
      : `the catalog offers: ${offered.map((e) => `${e.type}${e.name === '' ? '' : `/${e.name}`} ${e.interface} ${e.region === '' ? '(no region)' : e.region}`).join('; ')}`;
    super(`No endpoint for ${asked.join(', ')}; ${list}`, undefined, 'endpoint');
    this.wanted = wanted;
    this.offered = offered;
  }
}

/** A microversion was malformed, outside what the server supports, or needed but not in use. */
export class MicroversionError extends OpenStackError {
  /** `message` names the microversion at fault and what was needed. */
  constructor(message: string) {
    super(message, undefined, 'microversion');
  }
}

/**
 * A request had to be sent again (re-authentication after a 401, a redirect or a retry) but its
 * body was a stream that was already consumed. It is never resent empty.
 */
export class ReplayRefusedError extends OpenStackError {
  /** The request's HTTP method, upper case as sent. */
  readonly method: string;
  /** The request URL with secrets redacted. */
  readonly url: string;
  /** `details.why` names what called for the resend (`re-authentication after a 401`, `a 307 redirect`, …) in the message. */
  constructor(details: { method: string; url: string; why: string }, options?: { cause?: unknown }) {
    super(
      `${details.method} ${details.url}: not resent after ${details.why}: the body is a stream that was already consumed. ` +
        'Pass the body as a function that returns a fresh stream to allow resending.',
      options,
      'replay',
    );
    this.method = details.method;
    this.url = details.url;
  }
}

/** A listing's server returned the same page link twice; iterating further would loop forever. */
export class PaginationError extends OpenStackError {
  /** `message` names the strategy and the page link that came back. */
  constructor(message: string) {
    super(message, undefined, 'pagination');
  }
}

/** A configuration source (clouds.yaml, secure.yaml, OS_* variables) is missing, malformed or incomplete. */
export class ConfigError extends OpenStackError {
  /** The file at fault, when there is one. */
  readonly file: string | undefined;
  /** The cloud being loaded, when there is one. */
  readonly cloud: string | undefined;
  /**
   * `details` names the file and the cloud at fault, when there are any; `options.cause` keeps the
   * underlying read or parse error.
   */
  constructor(message: string, details: { file?: string | undefined; cloud?: string | undefined } = {}, options?: { cause?: unknown }) {
    super(message, options, 'config');
    this.file = details.file;
    this.cloud = details.cloud;
  }
}

/** A name matched no resource, or several: the caller must use an ID. */
export class NameLookupError extends OpenStackError {
  /** `none` when nothing has the name, `several` when more than one does. */
  readonly reason: 'none' | 'several';
  /** What kind of resource was looked up, as messages name it: `flavor`, `network`. */
  readonly what: string;
  /** The name looked up (`name` is taken: it is the error class's name). */
  readonly lookupName: string;
  /** The IDs of the resources that matched (empty for `none`). */
  readonly matches: readonly string[];
  /**
   * `details.name` is the name looked up and `details.matches` the IDs that have it; `reason`
   * follows from how many there are.
   */
  constructor(details: { what: string; name: string; matches: readonly string[] }) {
    const reason = details.matches.length === 0 ? 'none' : 'several';
    super(
      reason === 'none'
        ? `No ${details.what} is named ${JSON.stringify(details.name)}`
        : `${String(details.matches.length)} ${details.what}s are named ${JSON.stringify(details.name)} (${details.matches.join(', ')}): use an ID`,
      undefined,
      'lookup',
    );
    this.reason = reason;
    this.what = details.what;
    this.lookupName = details.name;
    this.matches = details.matches;
  }
}

/** A resource a waiter watched reached a failure state (a server in ERROR, say). */
export class ResourceStateError extends OpenStackError {
  /** What the resource is: `server`, `volume`, … */
  readonly resource: string;
  /** The ID of the resource watched. */
  readonly id: string;
  /** The failure state reached. */
  readonly status: string;
  /** The service's account of the failure (a server's `fault.message`), when it gives one. */
  readonly reason: string | undefined;
  /** `details.wanted` names the status (or statuses) waited for, for the message only. */
  constructor(details: { resource: string; id: string; status: string; reason?: string | undefined; wanted: string }) {
    super(
      `${details.resource} ${details.id} went to ${details.status} while waiting for ${details.wanted}${details.reason === undefined ? '' : `: ${details.reason}`}`,
      undefined,
      'state',
    );
    this.resource = details.resource;
    this.id = details.id;
    this.status = details.status;
    this.reason = details.reason;
  }
}

/** An argument has the wrong type or is missing; raised before any request is sent. */
export class InvalidInputError extends TypeError {
  /** The argument or input field at fault (`authUrl`, `nameOrId`), when one is to blame. */
  readonly field: string | undefined;
  /** `field` names the argument or input field at fault; the message should say what was expected. */
  constructor(message: string, field?: string) {
    super(message);
    this.name = 'InvalidInputError';
    this.field = field;
    brand(this, 'input');
  }
}

/** An argument is out of its allowed range; raised before any request is sent. */
export class InputRangeError extends RangeError {
  /** The argument or input field at fault (`intervalMs`, `timeoutMs`), when one is to blame. */
  readonly field: string | undefined;
  /** `field` names the argument or input field at fault; the message should give the allowed range. */
  constructor(message: string, field?: string) {
    super(message);
    this.name = 'InputRangeError';
    this.field = field;
    brand(this, 'input');
  }
}

/** True for any error the SDK raised. */
export function isOpenStackError(error: unknown): error is OpenStackError {
  return openStackErrorKind(error) !== undefined;
}

/** True for an {@link HttpError}, optionally only for the given status or statuses. */
export function isHttpError(error: unknown, status?: number | readonly number[]): error is HttpError {
  if (openStackErrorKind(error) !== 'http') return false;
  if (status === undefined) return true;
  const actual = (error as HttpError).status;
  return typeof status === 'number' ? actual === status : status.includes(actual);
}

/** True for a 404 {@link HttpError}. */
export function isNotFound(error: unknown): error is HttpError {
  return isHttpError(error, 404);
}

/** True for a {@link ResponseError}: the service answered with something the SDK could not use. */
export function isResponseError(error: unknown): error is ResponseError {
  return openStackErrorKind(error) === 'response';
}

/**
 * True for a timeout: the SDK's {@link TimeoutError} (`timeoutMs`, a waiter's `timeoutMs`) or the
 * platform's `TimeoutError` that a signal of `AbortSignal.timeout()` aborts with.
 */
export function isTimeoutError(error: unknown): error is TimeoutError | (Error & { readonly name: 'TimeoutError' }) {
  if (openStackErrorKind(error) === 'timeout') return true;
  return error !== null && typeof error === 'object' && (error as { name?: unknown }).name === 'TimeoutError';
}

/** True for a {@link ConnectionError}. */
export function isConnectionError(error: unknown): error is ConnectionError {
  return openStackErrorKind(error) === 'connection';
}

/** True for an {@link AuthError}. */
export function isAuthError(error: unknown): error is AuthError {
  return openStackErrorKind(error) === 'auth';
}

/** True for an {@link EndpointNotFoundError}. */
export function isEndpointNotFoundError(error: unknown): error is EndpointNotFoundError {
  return openStackErrorKind(error) === 'endpoint';
}

/** True for a {@link MicroversionError}. */
export function isMicroversionError(error: unknown): error is MicroversionError {
  return openStackErrorKind(error) === 'microversion';
}

/** True for a {@link ReplayRefusedError}. */
export function isReplayRefusedError(error: unknown): error is ReplayRefusedError {
  return openStackErrorKind(error) === 'replay';
}

/** True for a {@link ConfigError}. */
export function isConfigError(error: unknown): error is ConfigError {
  return openStackErrorKind(error) === 'config';
}

/** True for a {@link NameLookupError}. */
export function isNameLookupError(error: unknown): error is NameLookupError {
  return openStackErrorKind(error) === 'lookup';
}

/** True for a {@link ResourceStateError}. */
export function isResourceStateError(error: unknown): error is ResourceStateError {
  return openStackErrorKind(error) === 'state';
}

/** True for a {@link PaginationError}. */
export function isPaginationError(error: unknown): error is PaginationError {
  return openStackErrorKind(error) === 'pagination';
}

/** True for an {@link InvalidInputError} or {@link InputRangeError}. */
export function isInvalidInputError(error: unknown): error is InvalidInputError | InputRangeError {
  return openStackErrorKind(error) === 'input';
}

/**
 * True when the error is an abort: the platform's `AbortError`, or, given the signal, whatever
 * reason it was aborted with (`controller.abort(new Error('stop'))` surfaces as that error).
 * A signal of `AbortSignal.timeout()` aborts with a `TimeoutError`: {@link isTimeoutError} is true
 * for it, and so is this when the signal is given.
 */
export function isAbortError(error: unknown, signal?: AbortSignal): boolean {
  if (signal?.aborted === true && error === signal.reason) return true;
  // Duck-typed: the platform's DOMException may come from another realm (a test VM, a worker),
  // where `instanceof Error` is false.
  return error !== null && typeof error === 'object' && (error as { name?: unknown }).name === 'AbortError';
}

const STATUS_TEXT: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  409: 'Conflict',
  410: 'Gone',
  412: 'Precondition Failed',
  413: 'Request Entity Too Large',
  415: 'Unsupported Media Type',
  416: 'Range Not Satisfiable',
  422: 'Unprocessable Entity',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  501: 'Not Implemented',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

function statusText(status: number): string {
  return STATUS_TEXT[status] ?? 'Unexpected status';
}
