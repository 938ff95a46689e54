/**
 * A fake cloud for unit tests: a `fetch` that serves a Keystone token and catalog, answers routes
 * from fixtures, and records every request. No network, no module mocking.
 */
import type { AuthOptions } from '../auth.js';
import type { CatalogEntry } from '../catalog.js';
import { createProviderClient, type ProviderClient, type ProviderClientOptions } from '../provider.js';
import { ServiceClient, type ServiceClientOf } from '../service.js';
import type { FetchFunction } from '../transport.js';
import { withTrailingSlash } from '../util.js';

/** A canned answer. A string or bytes body is sent as is; anything else as JSON. */
export interface FakeReply {
  /** Default 200. */
  status?: number | undefined;
  /** Response headers; `x-openstack-request-id` is `req-fake` unless given. */
  headers?: Readonly<Record<string, string>> | undefined;
  /**
   * Sent as is when a string, bytes or a stream, otherwise as JSON with
   * `content-type: application/json`; never sent with a 204 or 304.
   */
  body?: unknown;
}

/** A request the fake cloud received. Headers are as sent (tests may assert the token). */
export interface RecordedRequest {
  /** The HTTP method, upper case. */
  method: string;
  /** The absolute URL. */
  url: string;
  /** The path and query relative to the catalog's service endpoint, without `base` (or the absolute URL for other hosts). */
  path: string;
  /** The query parameters (last value of each key). */
  query: Record<string, string>;
  /** Header names in lower case. */
  headers: Record<string, string>;
  /** The body as text, when there was one. */
  text: string | undefined;
  /** The body parsed as JSON, when it was JSON. */
  json: unknown;
}

/** A route handler: return a reply (or a full `Response`). */
export type FakeHandler = (request: RecordedRequest) => FakeReply | Response | Promise<FakeReply | Response>;

/** Options of {@link createFakeCloud}. */
export interface FakeCloudOptions<Type extends string = string> {
  /** The service the `client` talks to. Default `compute`. */
  serviceType?: Type | undefined;
  /** Appended to the service endpoint, as a service package's `base` (`v2.0/`). */
  base?: string | undefined;
  /** The service endpoint in the catalog. Default `https://<type>.fake.test/`. */
  endpoint?: string | undefined;
  /** The microversion the `client` sends. */
  microversion?: string | undefined;
  /** More catalog entries. */
  catalog?: CatalogEntry[] | undefined;
  /** Token lifetime. Default one hour. */
  tokenLifetimeMs?: number | undefined;
  /** Auth options merged over the default password auth. */
  auth?: Partial<AuthOptions> | undefined;
  /** Provider options merged over the fake's (hooks, retry, now, …). */
  provider?: Partial<ProviderClientOptions> | undefined;
}

interface Route {
  method: string;
  key: string;
  handler: FakeHandler;
  once: boolean;
  public: boolean;
}

const IDENTITY = 'https://identity.fake.test/v3/';

function normalizeKey(pathWithQuery: string): string {
  const q = pathWithQuery.indexOf('?');
  const path = (q === -1 ? pathWithQuery : pathWithQuery.slice(0, q)).replace(/^\/+/, '');
  if (q === -1) return path;
  const params = [...new URLSearchParams(pathWithQuery.slice(q + 1)).entries()].sort(([a, x], [b, y]) =>
    a === b ? (x < y ? -1 : x > y ? 1 : 0) : a < b ? -1 : 1,
  );
  return params.length === 0 ? path : `${path}?${new URLSearchParams(params).toString()}`;
}

function toResponse(reply: FakeReply | Response): Response {
  if (reply instanceof Response) return reply;
  const status = reply.status ?? 200;
  const headers = new Headers(reply.headers);
  let body: BodyInit | null = null;
  if (reply.body !== undefined && status !== 204 && status !== 304) {
    if (typeof reply.body === 'string' || reply.body instanceof Uint8Array || reply.body instanceof ReadableStream) {
      body = reply.body as BodyInit;
    } else {
      body = JSON.stringify(reply.body);
      if (!headers.has('content-type')) headers.set('content-type', 'application/json');
    }
  }
  if (!headers.has('x-openstack-request-id')) headers.set('x-openstack-request-id', 'req-fake');
  return new Response(body, { status, headers });
}

/** Like fetch, a handler still running when the request's signal aborts rejects with its reason. */
async function abortable<T>(promise: Promise<T>, signal: AbortSignal | null | undefined): Promise<T> {
  if (signal === null || signal === undefined) return promise;
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => {
      reject(signal.reason as Error);
    };
    if (signal.aborted) {
      onAbort();
      return;
    }
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => {
      signal.removeEventListener('abort', onAbort);
    });
  });
}

/**
 * A fake cloud; see {@link createFakeCloud}. Its `client` has the type of a client of its service
 * (`FakeCloud<'compute'>` has a `ServiceClientOf<'compute'>`, which compute's operations take).
 */
export class FakeCloud<Type extends string = string> {
  /** The Keystone v3 root the provider authenticates against. */
  readonly identityEndpoint = IDENTITY;
  /** The service endpoint the `client` uses (with `base`). */
  readonly serviceEndpoint: string;
  /** Every request received, in order. */
  readonly requests: RecordedRequest[] = [];
  /** Token requests received (`POST /v3/auth/tokens`). */
  tokenRequests = 0;
  /** Authenticates against the fake Keystone as `demo` (password auth, project `demo`) unless `auth` says otherwise. */
  readonly provider: ProviderClient;
  /** A client of the fake service at {@link FakeCloud.serviceEndpoint}, sending the `microversion` given. */
  readonly client: ServiceClientOf<Type>;
  /** The fetch the provider uses; hand it to your own clients too. */
  readonly fetch: FetchFunction;

  readonly #routes: Route[] = [];
  readonly #validTokens = new Set<string>();
  readonly #catalog: CatalogEntry[];
  readonly #lifetime: number;
  readonly #now: () => number;
  readonly #serviceRoot: string;
  #issued = 0;

  /** Prefer {@link createFakeCloud}, which infers `Type` from `options.serviceType`. */
  constructor(options: FakeCloudOptions<Type> = {}) {
    const type = options.serviceType ?? 'compute';
    this.#serviceRoot = withTrailingSlash(options.endpoint ?? `https://${type}.fake.test/`);
    this.serviceEndpoint = options.base === undefined ? this.#serviceRoot : this.#serviceRoot + withTrailingSlash(options.base.replace(/^\/+/, ''));
    this.#lifetime = options.tokenLifetimeMs ?? 3_600_000;
    this.#now = options.provider?.now ?? Date.now;
    this.#catalog = [
      {
        type: 'identity',
        name: 'keystone',
        endpoints: [{ interface: 'public', region: 'RegionOne', region_id: 'RegionOne', url: IDENTITY.replace(/\/$/, '') }],
      },
      {
        type,
        name: type,
        endpoints: ['public', 'internal', 'admin'].map((iface) => ({
          interface: iface,
          region: 'RegionOne',
          region_id: 'RegionOne',
          url: this.#serviceRoot.replace(/\/$/, ''),
        })),
      },
      ...(options.catalog ?? []),
    ];
    this.fetch = async (input, init) => this.#handle(input, init);
    this.provider = createProviderClient({
      auth: {
        authUrl: IDENTITY,
        username: 'demo',
        userDomainName: 'Default',
        password: 'fake-password',
        projectName: 'demo',
        projectDomainName: 'Default',
        ...options.auth,
      },
      retry: { baseDelayMs: 1, maxDelayMs: 50 },
      ...options.provider,
      fetch: this.fetch,
    });
    this.client = new ServiceClient({
      provider: this.provider,
      serviceType: type,
      endpoint: this.serviceEndpoint,
      microversion: options.microversion,
    }) as ServiceClientOf<Type>;
  }

  /**
   * Answers `method path` with `body`, every time. `path` is relative to the catalog's service
   * endpoint, so it includes any `base` (`v2.0/networks`); an absolute URL also works.
   */
  reply(method: string, path: string, body?: unknown, init: Omit<FakeReply, 'body'> & { public?: boolean } = {}): this {
    return this.handle(method, path, () => ({ ...init, body }), { public: init.public });
  }

  /** Like {@link FakeCloud.reply} but answers only once; queued once-replies are used in order. */
  replyOnce(method: string, path: string, body?: unknown, init: Omit<FakeReply, 'body'> & { public?: boolean } = {}): this {
    return this.handle(method, path, () => ({ ...init, body }), { once: true, public: init.public });
  }

  /** Answers `method path` with a handler. A `public` route needs no token. */
  handle(method: string, path: string, handler: FakeHandler, options: { once?: boolean | undefined; public?: boolean | undefined } = {}): this {
    this.#routes.push({ method: method.toUpperCase(), key: this.#key(path), handler, once: options.once === true, public: options.public === true });
    return this;
  }

  /** The last request, excluding token requests; throws when there is none. */
  lastRequest(): RecordedRequest {
    const last = this.serviceRequests().at(-1);
    if (last === undefined) throw new Error('The fake cloud has received no request');
    return last;
  }

  /** Requests other than token requests. */
  serviceRequests(): RecordedRequest[] {
    return this.requests.filter((request) => !request.url.startsWith(`${IDENTITY}auth/tokens`));
  }

  /** Makes every token issued so far invalid: the next request with one gets a 401. */
  revokeTokens(): void {
    this.#validTokens.clear();
  }

  #key(path: string): string {
    if (/^https?:\/\//.test(path)) {
      if (path.startsWith(this.#serviceRoot)) return normalizeKey(path.slice(this.#serviceRoot.length));
      const q = path.indexOf('?');
      return q === -1 ? path : path.slice(0, q) + '?' + normalizeKey(`x${path.slice(q)}`).slice(2);
    }
    return normalizeKey(path);
  }

  async #handle(input: Request | string | URL, init?: RequestInit): Promise<Response> {
    const request = input instanceof Request ? input : new Request(input, init);
    const method = request.method.toUpperCase();
    let text: string | undefined;
    if (init?.body !== undefined && init.body !== null && !(input instanceof Request)) {
      text = await new Response(init.body).text();
    } else if (request.body !== null) {
      text = await request.text();
    } else if (init?.body !== undefined && init.body !== null) {
      text = await new Response(init.body).text();
    }
    let json: unknown;
    if (text !== undefined && text !== '') {
      try {
        json = JSON.parse(text);
      } catch {
        json = undefined;
      }
    }
    const headers: Record<string, string> = {};
    const sourceHeaders = input instanceof Request ? request.headers : new Headers(init?.headers);
    sourceHeaders.forEach((value, name) => {
      headers[name.toLowerCase()] = value;
    });
    const url = request.url;
    const parsed = new URL(url);
    const key = this.#key(url);
    const recorded: RecordedRequest = {
      method,
      url,
      path: key,
      query: Object.fromEntries(parsed.searchParams.entries()),
      headers,
      text: text === '' ? undefined : text,
      json,
    };
    this.requests.push(recorded);

    const index = this.#routes.findIndex((route) => route.method === method && route.key === key && route.once);
    const routeIndex = index !== -1 ? index : this.#routes.findLastIndex((route) => route.method === method && route.key === key);
    const route = routeIndex === -1 ? undefined : this.#routes[routeIndex];
    if (route !== undefined) {
      if (route.once) this.#routes.splice(routeIndex, 1);
      if (!route.public && !url.startsWith(IDENTITY)) {
        const token = headers['x-auth-token'];
        if (token === undefined || !this.#validTokens.has(token)) return this.#unauthorized();
      }
      return toResponse(await abortable(Promise.resolve(route.handler(recorded)), request.signal));
    }
    if (method === 'POST' && url === `${IDENTITY}auth/tokens`) return this.#issueToken(recorded);
    return toResponse({
      status: 501,
      body: { error: { code: 501, title: 'Not Implemented', message: `fake cloud: no route for ${method} ${key}` } },
    });
  }

  #unauthorized(): Response {
    return toResponse({
      status: 401,
      body: { error: { code: 401, title: 'Unauthorized', message: 'The request you have made requires authentication.' } },
    });
  }

  #issueToken(request: RecordedRequest): Response {
    this.tokenRequests++;
    this.#issued++;
    const id = `fake-token-${String(this.#issued)}`;
    this.#validTokens.add(id);
    const now = this.#now();
    const identity = (request.json as { auth?: { identity?: { methods?: string[] } } } | undefined)?.auth?.identity;
    return toResponse({
      status: 201,
      headers: { 'x-subject-token': id },
      body: {
        token: {
          methods: identity?.methods ?? ['password'],
          issued_at: new Date(now).toISOString(),
          expires_at: new Date(now + this.#lifetime).toISOString(),
          user: { id: 'u-1', name: 'demo', domain: { id: 'default', name: 'Default' } },
          project: { id: 'p-1', name: 'demo', domain: { id: 'default', name: 'Default' } },
          roles: [{ id: 'r-1', name: 'member' }],
          catalog: this.#catalog,
        },
      },
    });
  }
}

/**
 * Creates a fake cloud whose `client` is a ServiceClient for `serviceType` at a fake endpoint,
 * and whose `provider` authenticates against a fake Keystone.
 */
export function createFakeCloud<const Type extends string = 'compute'>(options: FakeCloudOptions<Type> = {}): FakeCloud<Type> {
  return new FakeCloud<Type>(options);
}
