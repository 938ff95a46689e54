/**
 * The ProviderClient: the identity endpoint, the token and its catalog, and the HTTP pipeline
 * every request goes through (auth header, re-authentication, redirects, retries, hooks).
 */
import { authMethods, authScope, identityV3Url, type AuthOptions, type TokenBody } from './auth.js';
import { expandEndpointTemplate, selectEndpoint, serviceTypeCandidates, type CatalogEntry, type EndpointInterface, type EndpointOptions } from './catalog.js';
import { AuthError, HttpError, InvalidInputError, ReplayRefusedError, ResponseError, isConnectionError } from './errors.js';
import { parseServiceFault } from './faults.js';
import { REDACTED, isSecretHeader, redactHeaders, redactJson, redactText, redactUrl } from './redact.js';
import { computeRetryDelay, isIdempotentMethod, parseRetryAfter, resolveRetryPolicy, type RetryEvent, type RetryPolicy } from './retry.js';
import { defaultFetch } from '#default-fetch';
import type { TlsOptions } from './node-fetch.js';
import { ServiceResponse } from './response.js';
import { userAgentFor } from './runtime.js';
import { TokenKeeper } from './token.js';
import { attemptTimer, idleTimeout, readText, sendOnce, type AttemptBody, type FetchFunction } from './transport.js';
import { inspectAsString, isAbsoluteUrl, originOf, raceSignal, requestIdOf, sleep, throwIfAborted, withQuery, type Query } from './util.js';

/** HTTP methods the SDK sends. */
export type HttpMethod = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'OPTIONS' | 'COPY';

/**
 * A request body. A function is called for each attempt, so a stream it returns can be resent
 * after a 401, a redirect or a retry; a stream given directly is sent once and never resent.
 */
export type RequestBody = RequestBodyInit | (() => RequestBodyInit | Promise<RequestBodyInit>);

/**
 * What a body can be: the platform's `BodyInit`, spelled out so that a Node project without the
 * DOM types can use the declarations (`Blob`, `FormData`, `URLSearchParams` and `ReadableStream`
 * are globals in Node's types too).
 */
export type RequestBodyInit = string | ArrayBuffer | ArrayBufferView<ArrayBuffer> | Blob | FormData | URLSearchParams | ReadableStream<Uint8Array>;

/** Options every operation accepts as its last argument, passed through untouched. */
export interface CallOptions {
  /** Cancels the request in flight, a retry's wait, and a listing between pages. */
  signal?: AbortSignal | undefined;
  /** Extra request headers. */
  headers?: Readonly<Record<string, string>> | undefined;
  /** The microversion for this call, overriding the client's. */
  microversion?: string | undefined;
  /**
   * Gives up on one attempt after this long with a {@link TimeoutError}: headers and body of an
   * answer read whole; for a streamed download, the longest wait for the next bytes.
   */
  timeoutMs?: number | undefined;
  /** `false` to never retry this call, or a partial policy over the client's. */
  retry?: Partial<RetryPolicy> | false | undefined;
}

/** One request as a ServiceClient (or core itself) describes it. */
export interface RequestSpec {
  /** The HTTP method. */
  method: HttpMethod;
  /** Relative to the service endpoint, or an absolute URL (a next link, say). */
  path: string;
  /** Query parameters; `undefined` values are skipped, arrays repeat the key. */
  query?: Query | undefined;
  /** A JSON body. */
  json?: unknown;
  /** A raw body, for data uploads. */
  body?: RequestBody | undefined;
  /** Request headers of the operation (a call's `CallOptions.headers` go over them). */
  headers?: Readonly<Record<string, string>> | undefined;
  /** The statuses that mean success. Default: any 2xx. Others raise {@link HttpError}. */
  expectStatus?: readonly number[] | undefined;
  /** Overrides the method's idempotency for connection-error retries (e.g. `POST /auth/tokens`). */
  idempotent?: boolean | undefined;
  /** Send without a token (version documents, token requests). */
  skipAuth?: boolean | undefined;
  /**
   * `false` when a 401 is this operation's own answer (a wrong original password, say), not an
   * expired token: it then surfaces at once instead of re-authenticating and resending.
   */
  reauthenticateOn401?: boolean | undefined;
  /**
   * The caller reads the body as a stream (a download). The body is then not read whole inside
   * the attempt, and `timeoutMs` becomes an idle timeout: no bytes for that long errors the stream.
   */
  streamResponse?: boolean | undefined;
}

/** What the request hook sees. Headers, URL and JSON body are redacted. */
export interface RequestEvent {
  /** The method of this attempt (a 303 redirect turns a POST into a GET). */
  method: string;
  /** The URL of this attempt, secrets redacted. */
  url: string;
  /** The headers sent, lower-case names, secrets (the token among them) redacted. */
  headers: Record<string, string>;
  /** The JSON body sent, secret fields redacted; `undefined` for other bodies. */
  json?: unknown;
  /** 1 for the first attempt. */
  attempt: number;
}

/** What the response hook sees. Headers and URL are redacted. */
export interface ResponseEvent {
  /** The method of the attempt answered. */
  method: string;
  /** The URL of the attempt answered, secrets redacted. */
  url: string;
  /** The HTTP status. */
  status: number;
  /** The response headers, lower-case names, secrets (`X-Subject-Token`) redacted. */
  headers: Record<string, string>;
  /** The service's request ID, from `x-openstack-request-id` (or `x-compute-request-id`, `x-trans-id`). */
  requestId: string | undefined;
  /** Milliseconds from sending to the response headers (the body may still be on its way). */
  durationMs: number;
  /** 1 for the first attempt. */
  attempt: number;
}

/**
 * What {@link Hooks.beforeRequest} sees of one attempt, and where it puts the headers it adds. It
 * sees no secret: `sent` is redacted, and `headers` starts empty.
 */
export interface OutgoingRequest {
  /** The method of this attempt. */
  method: string;
  /** The URL, secrets redacted. */
  url: string;
  /** The headers the attempt will carry (lower-case names), secrets redacted and without the token. */
  sent: Readonly<Record<string, string>>;
  /**
   * Starts empty: headers set here are added to the attempt, over the operation's own (a tracing
   * header, say). `X-Auth-Token` set here is ignored: the provider sets the token afterwards.
   */
  headers: Headers;
  /** 1 for the first attempt. */
  attempt: number;
}

/** Hooks for logging and tracing. They see every attempt; nothing they see carries a secret. */
export interface Hooks {
  /** Runs before each attempt and may change its headers (a tracing header, say). */
  beforeRequest?: ((request: OutgoingRequest) => void | Promise<void>) | undefined;
  /** Sees each attempt as it leaves, redacted (for logs). */
  onRequest?: ((event: RequestEvent) => void) | undefined;
  /** Sees each attempt's response headers, redacted (for logs and timings). */
  onResponse?: ((event: ResponseEvent) => void) | undefined;
  /** Sees each retry before its wait: why, which retry, how long. */
  onRetry?: ((event: RetryEvent) => void) | undefined;
  /** A new token was obtained: `initial`, `expiring` (refresh before `expires_at`) or `unauthorized` (after a 401). */
  onAuthenticate?: ((event: { reason: 'initial' | 'expiring' | 'unauthorized' | 'explicit'; expiresAt: string }) => void) | undefined;
}

/** How to create a {@link ProviderClient}. */
export interface ProviderClientOptions {
  /** Keystone v3 credentials and scope. Give this or `authenticator`. */
  auth?: AuthOptions | undefined;
  /**
   * Another way to get a token than Keystone v3 (Swift's v1 auth, say). Give this or `auth`.
   * The provider still owns the token: single-flight, refresh before expiry, reauth on a 401.
   */
  authenticator?: Authenticator | undefined;
  // No {@link} to createNodeFetch here: @openstack-ts/config inherits this comment, and the API
  // site (TypeDoc) cannot resolve a link to core from there.
  /**
   * The fetch to use. Default: in Node, `createNodeFetch` (keep-alive `node:http` agents,
   * with `tls`); in browsers, Deno and Bun, the platform's. Inject one for proxies or tests.
   */
  fetch?: FetchFunction | undefined;
  /** TLS settings (CA bundle, client certificate, `verify: false`) for the Node transport. */
  tls?: Readonly<TlsOptions> | undefined;
  /** Default region for service clients. */
  region?: string | undefined;
  /** Default interface (or preference list) for service clients. Default `public`. */
  interface?: EndpointInterface | readonly EndpointInterface[] | undefined;
  /** Endpoint URLs to use instead of the catalog's, by service type (official or alias). */
  endpointOverrides?: Readonly<Record<string, string>> | undefined;
  /** Default microversions by service type (clouds.yaml's `*_api_version`). */
  microversions?: Readonly<Record<string, string>> | undefined;
  /**
   * Per-attempt timeout for every request, in ms: it bounds the whole exchange of an answer read
   * whole (headers and body), and is an idle timeout (no bytes for that long) for streamed
   * downloads. Default none: use a signal (`AbortSignal.timeout(ms)`) to bound a whole call.
   */
  timeoutMs?: number | undefined;
  /**
   * Your application's name and version, sent before the SDK's own in `User-Agent`
   * (`myapp/1.2 openstack-ts/0.1.0 Node.js/20.20.2`), as keystoneauth and Gophercloud do. In
   * Node, Deno and Bun only: in browsers core sends no `User-Agent` (the browser sends its own
   * and ignores a script's), so this is not sent there.
   */
  userAgent?: string | undefined;
  /** Retry policy for every request; `false` turns retries off. */
  retry?: Partial<RetryPolicy> | false | undefined;
  /** Logging and tracing hooks; see {@link Hooks}. */
  hooks?: Hooks | undefined;
  /** Refresh the token this long before it expires (capped at a quarter of its lifetime). Default 60 s. */
  refreshMarginMs?: number | undefined;
  /** Redirects followed per request. Default 10. */
  maxRedirects?: number | undefined;
  /** Clock in milliseconds since the epoch; for tests. */
  now?: (() => number) | undefined;
}

/** What an {@link Authenticator} gets to do its work. */
export interface AuthenticatorContext {
  /**
   * Sends a request without a token through the provider's pipeline (retries, redirects, hooks,
   * redaction). Statuses outside `spec.expectStatus` (default 2xx) raise {@link HttpError}.
   */
  send(url: string, spec: RequestSpec): Promise<ServiceResponse>;
  /** The provider's clock, in milliseconds since the epoch. */
  now(): number;
}

/** A token an {@link Authenticator} obtained. */
export interface IssuedToken {
  /** The token to send as `X-Auth-Token`. Kept secret by the provider. */
  id: string;
  /**
   * The token's body as Keystone would give it: at least `methods` and `expires_at`, and the
   * `catalog` that service clients pick their endpoints from.
   */
  body: TokenBody;
}

/**
 * Obtains tokens from somewhere other than Keystone v3 (see `swauthAuthenticator` in
 * `@openstack-ts/objectstorage`). The provider calls it single-flight, and again when the token
 * is about to expire or was refused with a 401.
 */
export interface Authenticator {
  /** The method's name, as `ProviderClient.authMethods` reports it (`swauth`). */
  readonly method: string;
  /** The URL it authenticates against; `ProviderClient.identityEndpoint` reports it. */
  readonly url: string;
  /** Values to scrub from every error message (the key, the password). */
  readonly secrets: readonly string[];
  /** `false` when it cannot run a second time. Default `true`. */
  readonly canReauthenticate?: boolean | undefined;
  /** Gets a new token. An `HttpError` it raises during a reauthentication becomes `AuthError('reauth-failed')`. */
  authenticate(context: AuthenticatorContext): Promise<IssuedToken>;
}

/** The token the provider holds, without its secret ID. */
export interface TokenInfo {
  /** The token body Keystone returned (`methods`, `user`, `project`, `roles`, `catalog`, …). */
  body: TokenBody;
  /** When the token expires (`expires_at`). The provider refreshes it a little before. */
  expiresAt: Date;
}


const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const MAX_ERROR_BODY = 64 * 1024;

function isReadableStream(value: unknown): value is ReadableStream {
  return typeof ReadableStream !== 'undefined' && value instanceof ReadableStream;
}

/** Prepares a request's body for each attempt, refusing to resend a consumed stream. */
class BodySource {
  #sent = false;
  constructor(private readonly spec: RequestSpec) {}

  get hasJson(): boolean {
    return this.spec.json !== undefined;
  }

  async next(method: string, url: string, why: string): Promise<AttemptBody> {
    const { json, body } = this.spec;
    if (json !== undefined) return { body: JSON.stringify(json), stream: false };
    if (body === undefined) return { body: undefined, stream: false };
    if (typeof body === 'function') {
      const fresh = await body();
      return { body: fresh, stream: isReadableStream(fresh) };
    }
    if (isReadableStream(body)) {
      if (this.#sent) throw new ReplayRefusedError({ method, url, why });
      this.#sent = true;
      return { body, stream: true };
    }
    return { body, stream: false };
  }
}

/**
 * Holds the identity endpoint, the token and its catalog, and sends every request. Create it
 * with {@link createProviderClient}; it authenticates lazily on the first request, or eagerly
 * with {@link ProviderClient.authenticate}. Its string and JSON forms never show a secret.
 */
export class ProviderClient {
  /** The Keystone v3 root, ending in `/v3/` (or an {@link Authenticator}'s URL). */
  readonly identityEndpoint: string;
  readonly #options: ProviderClientOptions;
  readonly #fetch: FetchFunction | undefined;
  readonly #now: () => number;
  readonly #userAgent: string | undefined;
  readonly #tokens: TokenKeeper;

  constructor(options: ProviderClientOptions) {
    inspectAsString(this); // util.inspect and console.log show toString(): no secret
    const hasAuth = typeof options === 'object' && typeof options.auth === 'object';
    const hasAuthenticator = typeof options === 'object' && typeof options.authenticator === 'object';
    if (hasAuth === hasAuthenticator) {
      throw new InvalidInputError('createProviderClient needs { auth: { authUrl, … } } or { authenticator }, and not both', 'auth');
    }
    if (options.authenticator !== undefined) {
      this.identityEndpoint = options.authenticator.url;
    } else if (options.auth !== undefined) {
      this.identityEndpoint = identityV3Url(options.auth.authUrl);
      // Validate credentials and scope now, before any request.
      authMethods(options.auth);
      authScope(options.auth);
    } else {
      throw new InvalidInputError('createProviderClient needs { auth } or { authenticator }', 'auth');
    }
    this.#options = { ...options };
    this.#fetch = options.fetch ?? defaultFetch(options.tls);
    this.#now = options.now ?? Date.now;
    this.#userAgent = userAgentFor(options.userAgent, SDK_VERSION);
    this.#tokens = new TokenKeeper({
      auth: options.auth,
      authenticator: options.authenticator,
      identityEndpoint: this.identityEndpoint,
      send: async (url, spec) => this.send(url, spec),
      now: this.#now,
      refreshMarginMs: options.refreshMarginMs,
      onAuthenticate: options.hooks?.onAuthenticate,
    });
  }

  /** Default region, interface, overrides and microversions for service clients. */
  get defaults(): Pick<ProviderClientOptions, 'region' | 'interface' | 'endpointOverrides' | 'microversions'> {
    const { region, interface: iface, endpointOverrides, microversions } = this.#options;
    return { region, interface: iface, endpointOverrides, microversions };
  }

  /** The current token's body and expiry, or `undefined` before the first authentication. */
  get token(): TokenInfo | undefined {
    const token = this.#tokens.current;
    return token === undefined ? undefined : { body: token.body, expiresAt: new Date(token.expiresAt) };
  }

  /** The current token's catalog (empty before the first authentication or for unscoped tokens). */
  get catalog(): readonly CatalogEntry[] {
    return this.#tokens.current?.body.catalog ?? [];
  }

  /** The auth methods this provider uses. */
  get authMethods(): string[] {
    return this.#tokens.methods;
  }

  /** Whether the provider can get a new token by itself when the current one expires. */
  get canReauthenticate(): boolean {
    return this.#tokens.canReauthenticate;
  }

  /** Authenticates now (again, if a token is held) and returns the new token's info. */
  async authenticate(options: { signal?: AbortSignal | undefined } = {}): Promise<TokenInfo> {
    const token = await this.#tokens.authenticate(options.signal);
    return { body: token.body, expiresAt: new Date(token.expiresAt) };
  }

  /** A valid token ID, authenticating or refreshing first when needed. Keep it secret. */
  async getTokenId(options: { signal?: AbortSignal | undefined } = {}): Promise<string> {
    return (await this.#tokens.valid(options.signal)).id;
  }

  /** Forgets the current token; the next request authenticates again. */
  invalidateToken(): void {
    this.#tokens.invalidate();
  }

  /**
   * The endpoint URL for a service: an override from the options or the provider's defaults,
   * else the catalog's. Authenticates first when no token is held.
   */
  async endpointFor(options: EndpointOptions, call: { signal?: AbortSignal | undefined } = {}): Promise<string> {
    const override = options.endpointOverride ?? byServiceType(this.#options.endpointOverrides, options.type);
    const token = await this.#tokens.valid(call.signal);
    if (override !== undefined) return expandEndpointTemplate(override, token.body.project?.id);
    return selectEndpoint(token.body.catalog ?? [], {
      ...options,
      region: options.region ?? this.#options.region,
      interface: options.interface ?? this.#options.interface,
    });
  }

  /**
   * Sends a request to an absolute URL through the pipeline (token, redirects, re-authentication,
   * retries, hooks) and checks its status: statuses outside `spec.expectStatus` (default 2xx) raise
   * {@link HttpError} with the service's parsed message and request ID. Unless
   * `spec.streamResponse` is set, the body is read whole inside the attempt, so `timeoutMs` bounds
   * the whole exchange and a connection lost while reading is a {@link ConnectionError} (retried
   * like any other for idempotent requests).
   */
  async send(url: string, spec: RequestSpec, options: CallOptions = {}): Promise<ServiceResponse> {
    if (!isAbsoluteUrl(url)) throw new InvalidInputError(`Not an absolute http(s) URL: ${redactUrl(url)}`, 'url');
    const policy = resolveRetryPolicy(this.#options.retry, options.retry);
    const hooks = this.#options.hooks ?? {};
    const onRetry = (event: RetryEvent): void => {
      hooks.onRetry?.(event);
      policy.onRetry?.(event);
    };
    const signal = options.signal;
    const timeoutMs = options.timeoutMs ?? this.#options.timeoutMs;
    const maxRedirects = this.#options.maxRedirects ?? 10;
    const source = new BodySource(spec);
    const idempotent = spec.idempotent ?? isIdempotentMethod(spec.method);
    const expected = (status: number): boolean =>
      spec.expectStatus === undefined ? status >= 200 && status < 300 : spec.expectStatus.includes(status);

    // The operation's and the caller's headers, checked before anything is sent.
    const extraHeaders: Record<string, string> = {};
    setHeaders(extraHeaders, spec.headers);
    setHeaders(extraHeaders, options.headers);
    let currentUrl = withQuery(url, spec.query);
    let method: string = spec.method;
    let dropBody = false;
    let redirects = 0;
    let retries = 0;
    let reauthenticated = false;
    let why = 'the first attempt';

    for (let attempt = 1; ; attempt++) {
      throwIfAborted(signal);
      const redactedUrl = redactUrl(currentUrl);
      // Until a redirect, the URL is the one asked for: its origin is compared only after one.
      const sameOrigin = redirects === 0 || originOf(currentUrl) === originOf(url);
      const token = spec.skipAuth === true || !sameOrigin ? undefined : await this.#tokens.valid(signal);

      // A record of lower-case names, not a platform Headers: in Node, using Headers loads undici
      // (~20 ms of a cold start), which createNodeFetch never needs.
      const headers: Record<string, string> = { accept: 'application/json' };
      if (this.#userAgent !== undefined) headers['user-agent'] = this.#userAgent;
      if (spec.json !== undefined && !dropBody) headers['content-type'] = 'application/json';
      Object.assign(headers, extraHeaders);
      // The request step may add headers (tracing, say). It sees the request redacted, and runs
      // before the token is set, so it can neither read a secret nor replace the token.
      if (hooks.beforeRequest !== undefined) {
        const added = new Headers();
        await hooks.beforeRequest({ method, url: redactedUrl, sent: redactHeaders(headers), headers: added, attempt });
        added.forEach((value, name) => {
          headers[name] = value;
        });
      }
      if (token !== undefined) headers['x-auth-token'] = token.id;
      else delete headers['x-auth-token'];

      const body: AttemptBody = dropBody ? { body: undefined, stream: false } : await source.next(method, redactedUrl, why);
      hooks.onRequest?.({
        method,
        url: redactedUrl,
        headers: redactHeaders(headers),
        json: spec.json === undefined || dropBody ? undefined : redactJson(spec.json),
        attempt,
      });

      const started = this.#now();
      const timer = attemptTimer(timeoutMs, `${method} ${redactedUrl}`);
      // A lost connection is retried (after its backoff) only for idempotent requests whose body can be resent.
      const retryConnection = async (error: unknown, reason: string): Promise<boolean> => {
        if (!isConnectionError(error) || !policy.retryConnectionErrors || !idempotent || body.stream || retries >= policy.maxRetries) return false;
        retries++;
        const delayMs = computeRetryDelay(retries, policy, undefined) ?? 0;
        onRetry({ method, url: redactedUrl, retry: retries, reason: 'connection', delayMs, error });
        why = reason;
        await sleep(delayMs, signal);
        return true;
      };
      let response: Response;
      let text: string | undefined;
      try {
        try {
          response = await sendOnce(this.#fetch, { method, url: currentUrl, redactedUrl, headers, body, signal, timer });
        } catch (error) {
          if (await retryConnection(error, 'a connection failure')) continue;
          throw error;
        }
        const requestId = requestIdOf(response.headers);
        hooks.onResponse?.({
          method,
          url: redactedUrl,
          status: response.status,
          headers: redactHeaders(response.headers),
          requestId,
          durationMs: this.#now() - started,
          attempt,
        });

        if (response.type === 'opaqueredirect') {
          // A browser answers `redirect: 'manual'` with an opaque response (status 0, no
          // headers): it hides where the redirect goes, so core cannot check the target's origin
          // before sending the token there, and does not follow it.
          await discard(response);
          throw new ResponseError({
            status: 0,
            method,
            url: redactedUrl,
            requestId,
            reason: 'a redirect, whose target the browser hides, so it is not followed: use the final URL (catalog, endpointOverride, authUrl)',
          });
        }
        const location = response.headers.get('location');
        if (REDIRECTS.has(response.status) && location !== null) {
          await discard(response);
          if (++redirects > maxRedirects) {
            throw new HttpError({ status: response.status, method, url: redactedUrl, requestId, serviceMessage: `more than ${String(maxRedirects)} redirects` });
          }
          currentUrl = new URL(location, currentUrl).toString();
          if (response.status === 303 || ((response.status === 301 || response.status === 302) && method === 'POST')) {
            if (method !== 'HEAD') method = 'GET';
            dropBody = true;
          }
          why = `a ${String(response.status)} redirect`;
          continue;
        }

        if (response.status === 401 && token !== undefined && !reauthenticated && spec.reauthenticateOn401 !== false) {
          if (!this.canReauthenticate) {
            const error = this.#httpError(response, await readText(response, signal, timer, method, redactedUrl), method, redactedUrl, headers);
            throw new AuthError(
              'cannot-renew',
              `${method} ${redactedUrl}: 401: the token was rejected and cannot be renewed: ${this.#tokens.renewHint()}`,
              { cause: error },
            );
          }
          await discard(response);
          reauthenticated = true;
          await raceSignal(this.#tokens.afterUnauthorized(token), signal);
          why = 're-authentication after a 401';
          continue;
        }

        if (policy.retryOnStatus.includes(response.status) && retries < policy.maxRetries && !body.stream) {
          const delayMs = computeRetryDelay(retries + 1, policy, parseRetryAfter(response.headers.get('retry-after'), this.#now()));
          if (delayMs !== undefined) {
            retries++;
            await discard(response);
            onRetry({ method, url: redactedUrl, retry: retries, reason: 'status', status: response.status, requestId, delayMs });
            why = `a ${String(response.status)} answer`;
            await sleep(delayMs, signal);
            continue;
          }
        }

        if (policy.retryIf !== undefined && retries < policy.maxRetries && !body.stream && !expected(response.status) && response.status >= 400) {
          const sent = { ...spec.headers, ...options.headers };
          const failure = this.#httpError(response, await readText(response, signal, timer, method, redactedUrl, idempotent), method, redactedUrl, sent);
          if (policy.retryIf({ method, status: failure.status, serviceMessage: failure.serviceMessage, serviceErrorType: failure.serviceErrorType })) {
            retries++;
            const delayMs = computeRetryDelay(retries, policy, parseRetryAfter(response.headers.get('retry-after'), this.#now())) ?? policy.maxDelayMs;
            onRetry({ method, url: redactedUrl, retry: retries, reason: 'rule', status: response.status, requestId, delayMs });
            why = `a ${String(response.status)} answer the service's retry rule retries`;
            await sleep(delayMs, signal);
            continue;
          }
          throw failure;
        }

        const ok = expected(response.status);
        const bodiless = response.status === 204 || response.status === 304 || method === 'HEAD';
        if (!bodiless && (!ok || spec.streamResponse !== true)) {
          try {
            text = await readText(response, signal, timer, method, redactedUrl, idempotent);
          } catch (error) {
            // A connection lost while the answer was read: retried like one lost before the headers.
            if (await retryConnection(error, 'a connection lost while reading the answer')) continue;
            throw error;
          }
        }

        if (!ok) {
          const sent = { ...spec.headers, ...options.headers };
          throw this.#httpError(response, text ?? '', method, redactedUrl, sent);
        }
        if (spec.streamResponse === true && !bodiless && response.body !== null && timeoutMs !== undefined) {
          const stream = idleTimeout(response.body, timeoutMs, `${method} ${redactedUrl}`, signal);
          return new ServiceResponse(response, { method, url: redactedUrl, requestId, stream });
        }
        return new ServiceResponse(response, { method, url: redactedUrl, requestId, text: bodiless ? '' : text });
      } finally {
        timer?.clear();
      }
    }
  }

  /** Builds an {@link HttpError} from a failed response and its text, scrubbing known secrets. */
  #httpError(response: Response, fullText: string, method: string, redactedUrl: string, sent: Readonly<Record<string, string>>): HttpError {
    // The provider's own secrets, and any secret the request carried (another user's token in
    // X-Subject-Token, a temp URL key), which a service may echo in its message.
    const secrets = [...this.#tokens.secrets];
    for (const [name, value] of Object.entries(sent)) {
      if (isSecretHeader(name)) secrets.push(value);
    }
    const text = redactText(fullText.slice(0, MAX_ERROR_BODY), secrets);
    const fault = parseServiceFault(text, response.headers.get('content-type'));
    const retryAfter = parseRetryAfter(response.headers.get('retry-after'), this.#now());
    return new HttpError({
      status: response.status,
      method,
      url: redactedUrl,
      requestId: requestIdOf(response.headers),
      serviceMessage: fault.message,
      serviceErrorType: fault.type,
      body: text === '' ? undefined : text,
      retryAfterSeconds: retryAfter === undefined ? undefined : Math.ceil(retryAfter / 1000),
    });
  }

  /** A summary without secrets. */
  toJSON(): Record<string, unknown> {
    const token = this.#tokens.current;
    return {
      identityEndpoint: redactUrl(this.identityEndpoint),
      authMethods: this.authMethods,
      scope: this.#tokens.scope,
      token: token === undefined ? undefined : { id: REDACTED, expiresAt: new Date(token.expiresAt).toISOString() },
    };
  }

  /** `ProviderClient({...})` with the summary of {@link ProviderClient.toJSON}: no secret. */
  toString(): string {
    return `ProviderClient(${JSON.stringify(this.toJSON())})`;
  }
}

/**
 * The value a per-service map holds for a service type, whichever of its names (the type asked
 * for, the official type, an alias) the map uses as key.
 */
export function byServiceType<T>(map: Readonly<Record<string, T>> | undefined, type: string): T | undefined {
  if (map === undefined) return undefined;
  for (const candidate of serviceTypeCandidates(type)) {
    const value = map[candidate];
    if (value !== undefined) return value;
  }
  return undefined;
}

/** The SDK's version, sent in `User-Agent`. Kept equal to package.json by a unit test. */
export const SDK_VERSION = '0.1.0';

/**
 * Sets headers on a record of lower-case names (the last of two spellings of a name wins, as
 * `Headers.set` does). A value that cannot be sent (a line break, a NUL) is bad input: refused
 * before anything is sent, naming the header but not its value, which may be a secret.
 */
function setHeaders(headers: Record<string, string>, from: Readonly<Record<string, string>> | undefined): void {
  if (from === undefined) return;
  for (const [name, value] of Object.entries(from)) {
    if (!HEADER_NAME.test(name)) throw new InvalidInputError(`${JSON.stringify(name)} is not a valid header name`, 'headers');
    if (typeof value !== 'string' || /[\r\n\0]/.test(value)) throw new InvalidInputError(`the value of header ${name} cannot be sent (a string without line breaks or NUL is needed)`, 'headers');
    headers[name.toLowerCase()] = value.trim();
  }
}

/** RFC 9110's token: the characters a header name may have. */
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

async function discard(response: Response): Promise<void> {
  try {
    await response.body?.cancel();
  } catch {
    // nothing to release
  }
}

/** Creates a {@link ProviderClient}. Validates the options now; authenticates on first use. */
export function createProviderClient(options: ProviderClientOptions): ProviderClient {
  return new ProviderClient(options);
}

/** Creates a {@link ProviderClient} and authenticates it before returning. */
export async function authenticate(options: ProviderClientOptions, call: { signal?: AbortSignal | undefined } = {}): Promise<ProviderClient> {
  const provider = new ProviderClient(options);
  await provider.authenticate(call);
  return provider;
}
