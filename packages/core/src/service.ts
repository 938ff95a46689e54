/**
 * The ServiceClient: one endpoint of one service, with its microversion. Service packages build
 * their operations on `request` (JSON) and `send` (raw responses: headers, streams).
 */
import { officialServiceType, type EndpointOptions } from './catalog.js';
import { InvalidInputError, MicroversionError, ResponseError } from './errors.js';
import { compareMicroversions, microversionHeaders, negotiateMicroversion, parseMicroversion, type MicroversionRange } from './microversion.js';
import { byServiceType, type CallOptions, type ProviderClient, type RequestSpec } from './provider.js';
import type { RetryPolicy } from './retry.js';
import { redactUrl } from './redact.js';
import { ServiceResponse } from './response.js';
import { inspectAsString, isRecord, joinUrl, withQuery, withTrailingSlash } from './util.js';

/** A request whose answer is JSON; `unwrap` names the envelope key to return (`server`, `networks`). */
export interface JsonRequestSpec extends RequestSpec {
  /** Return `body[unwrap]`, raising {@link ResponseError} when the key is missing or not an object or array. */
  unwrap?: string | undefined;
}

/** How to create a {@link ServiceClient}. */
export interface ServiceClientOptions extends EndpointOptions {
  /** Appended to the catalog's endpoint unless it already ends with it (`v2.0/` for Neutron). */
  base?: string | undefined;
  /** Pin this microversion for every call (a call may still pass its own). */
  microversion?: string | undefined;
  /**
   * Discover the server's microversion range and use the highest version in both this range and
   * the server's. Ignored when `microversion` is pinned.
   */
  negotiate?: MicroversionRange | undefined;
  /**
   * Retry settings for every call through this client, over the provider's (a call's own
   * `retry` goes over these): service packages set their service's `retryIf` rule here.
   */
  retry?: Partial<RetryPolicy> | undefined;
}

/** One entry of a service's versions document. */
export interface ApiVersion {
  /** The version as the service names it: `v2.1` (Nova), `v3.0` (Cinder), `v2.15` (Glance), `v1` (Ironic). */
  id: string;
  /** `CURRENT` marks the recommended version; Keystone says `stable`, and case varies between services. */
  status: 'CURRENT' | 'SUPPORTED' | 'DEPRECATED' | 'EXPERIMENTAL' | 'stable' | (string & {});
  /** The maximum microversion (Nova, Cinder, Ironic, Manila); empty when the version has none. */
  version?: string;
  /** The maximum microversion (Placement). */
  max_version?: string;
  /** The minimum microversion; empty when the version has none. */
  min_version?: string;
  /** When the version last changed: an ISO 8601 timestamp. */
  updated?: string;
  /** The version's root (`rel: self`) and its documentation (`rel: describedby`). */
  links?: { href: string; rel: string; type?: string }[];
  /** Fields some services add (`media-types`), kept as received. */
  [extension: string]: unknown;
}

/** What version discovery found for a client's endpoint. */
export interface DiscoveredVersion {
  /** The version entry matching the endpoint. */
  version: ApiVersion;
  /** Its microversion range, or `undefined` when the service has no microversions. */
  microversions: MicroversionRange | undefined;
  /** Every version the document listed. */
  all: ApiVersion[];
}

declare const serviceBrand: unique symbol;

/**
 * A {@link ServiceClient} for one service type, checked by the compiler: each service package has
 * its own (`ComputeClient` is `ServiceClientOf<'compute'>`), so handing a compute client to a
 * networking operation is a type error. The brand exists only in types: it costs nothing at run time.
 */
export type ServiceClientOf<Type extends string> = ServiceClient & { readonly [serviceBrand]: Type };

/**
 * Checks that `client` talks to `type` (its official service type or an alias) and returns it as a
 * {@link ServiceClientOf} that type. Raises {@link InvalidInputError} for a client of another
 * service. Service packages wrap it (`asComputeClient`); a client from {@link createServiceClient}
 * becomes a package's client type through it.
 */
export function serviceClientOf<const Type extends string>(client: ServiceClient, type: Type): ServiceClientOf<Type> {
  const given: unknown = client;
  if (given === null || typeof given !== 'object' || typeof (given as { serviceType?: unknown }).serviceType !== 'string') {
    throw new InvalidInputError(`A ${type} client is needed, got ${given === null ? 'null' : typeof given}`, 'client');
  }
  const official = officialServiceType(type);
  if (client.serviceType !== official) {
    throw new InvalidInputError(`A ${official} client is needed, got a client of ${client.serviceType} (${redactUrl(client.endpoint)})`, 'client');
  }
  return client as ServiceClientOf<Type>;
}

/**
 * One endpoint of one service and the microversion it speaks. Create it with
 * {@link createServiceClient} (or a service package's `createXClient`).
 */
export class ServiceClient {
  /** The provider that authenticates the client's requests and sends them; clients made from one provider share its token. */
  readonly provider: ProviderClient;
  /** The official service type (`block-storage`, not `volumev3`). */
  readonly serviceType: string;
  /** The endpoint, ending in `/`. Operation paths are relative to it. */
  readonly endpoint: string;
  /** The microversion sent with every call, or `undefined` for none (the service's base version). */
  readonly microversion: string | undefined;
  /** The server's microversion range, when discovery ran. */
  readonly serverMicroversions: MicroversionRange | undefined;
  /** Retry settings of this client's calls, over the provider's (the service's `retryIf` rule). */
  readonly retry: Partial<RetryPolicy> | undefined;

  /**
   * Takes the endpoint as given, without the catalog: {@link createServiceClient} is the usual way.
   * `init.serviceType` may be an alias (kept as its official type) and `init.microversion` is
   * validated here.
   */
  constructor(init: {
    provider: ProviderClient;
    serviceType: string;
    endpoint: string;
    microversion?: string | undefined;
    serverMicroversions?: MicroversionRange | undefined;
    retry?: Partial<RetryPolicy> | undefined;
  }) {
    if (init.microversion !== undefined && init.microversion !== 'latest') parseMicroversion(init.microversion);
    this.provider = init.provider;
    this.serviceType = officialServiceType(init.serviceType);
    this.endpoint = withTrailingSlash(init.endpoint);
    this.microversion = init.microversion;
    this.serverMicroversions = init.serverMicroversions;
    this.retry = init.retry;
    inspectAsString(this); // util.inspect and console.log show toString(): no secret
  }

  /** A copy of this client (of the same type) that sends `microversion` (or none, for `undefined`). */
  withMicroversion(microversion: string | undefined): this {
    return new ServiceClient({
      provider: this.provider,
      serviceType: this.serviceType,
      endpoint: this.endpoint,
      microversion,
      serverMicroversions: this.serverMicroversions,
      retry: this.retry,
    }) as this;
  }

  /** The absolute URL for a path relative to the endpoint. */
  url(path: string, query?: RequestSpec['query']): string {
    return withQuery(joinUrl(this.endpoint, path), query);
  }

  /** The microversion a call with these options sends. */
  effectiveMicroversion(options?: CallOptions): string | undefined {
    return options?.microversion ?? this.microversion;
  }

  /** True when a call with these options uses at least `version` (`latest` counts as any). */
  microversionAtLeast(version: string, options?: CallOptions): boolean {
    const current = this.effectiveMicroversion(options);
    if (current === undefined) return false;
    if (current === 'latest') return true;
    return compareMicroversions(current, version) >= 0;
  }

  /**
   * Raises {@link MicroversionError} before any request when a call with these options would not
   * use at least `version`. `what` names the feature in the message.
   */
  requireMicroversion(version: string, what: string, options?: CallOptions): void {
    if (!this.microversionAtLeast(version, options)) {
      const current = this.effectiveMicroversion(options) ?? 'none (the base version)';
      throw new MicroversionError(`${what} requires ${this.serviceType} microversion ${version} or later; this call uses ${current}`);
    }
  }

  /**
   * Raises {@link MicroversionError} before any request when a call with these options would use
   * `version` or later: for features a microversion removed (`what` names the feature).
   */
  requireMicroversionBelow(version: string, what: string, options?: CallOptions): void {
    if (this.microversionAtLeast(version, options)) {
      throw new MicroversionError(`${what} was removed in ${this.serviceType} microversion ${version}; this call uses ${this.effectiveMicroversion(options) ?? 'latest'}`);
    }
  }

  /**
   * Sends a request and returns the response with its context (method, redacted URL, request ID)
   * after checking its status. The body is read whole inside the attempt unless
   * `spec.streamResponse` is set (downloads).
   */
  async send(spec: RequestSpec, options: CallOptions = {}): Promise<ServiceResponse> {
    const microversion = this.effectiveMicroversion(options);
    const headers = microversion === undefined ? spec.headers : { ...microversionHeaders(this.serviceType, microversion), ...spec.headers };
    const retry = this.retry === undefined || options.retry === false ? options.retry : { ...this.retry, ...options.retry };
    return this.provider.send(joinUrl(this.endpoint, spec.path), { ...spec, headers }, retry === options.retry ? options : { ...options, retry });
  }

  /**
   * Sends a request whose answer carries nothing the caller needs (a DELETE, most actions): checks
   * the status and releases the body.
   */
  async execute(spec: RequestSpec, options: CallOptions = {}): Promise<void> {
    const response = await this.send(spec, options);
    await response.discard();
  }

  /**
   * Sends a request and returns its JSON body (or `body[unwrap]`). Raises `HttpError` for an
   * unexpected status and {@link ResponseError} for a body that is not the JSON expected: an empty
   * body is an error, never `undefined` (answers without a body go through {@link ServiceClient.execute}).
   */
  async request<T>(spec: JsonRequestSpec, options: CallOptions = {}): Promise<T> {
    const response = await this.send(spec, options);
    const body = await response.json();
    if (spec.unwrap === undefined) return body as T;
    const value = isRecord(body) ? body[spec.unwrap] : undefined;
    if (value === null || typeof value !== 'object') throw response.error(`the body has no "${spec.unwrap}" object`);
    return value as T;
  }

  /** A summary without secrets. */
  toJSON(): Record<string, unknown> {
    return { serviceType: this.serviceType, endpoint: redactUrl(this.endpoint), microversion: this.microversion };
  }

  /** `ServiceClient(…)` around the redacted {@link ServiceClient.toJSON} form. */
  toString(): string {
    return `ServiceClient(${JSON.stringify(this.toJSON())})`;
  }
}

function appendBase(endpoint: string, base: string | undefined): string {
  const url = withTrailingSlash(endpoint);
  if (base === undefined || base === '') return url;
  const clean = withTrailingSlash(base.replace(/^\/+/, ''));
  return url.endsWith(`/${clean}`) ? url : url + clean;
}

/**
 * Creates a {@link ServiceClient}: authenticates if needed, picks the endpoint (override or
 * catalog), and pins or negotiates the microversion.
 */
export async function createServiceClient(
  provider: ProviderClient,
  options: ServiceClientOptions,
  call: { signal?: AbortSignal | undefined } = {},
): Promise<ServiceClient> {
  const official = officialServiceType(options.type);
  const endpoint = appendBase(await provider.endpointFor(options, call), options.base);
  const pinned = options.microversion ?? byServiceType(provider.defaults.microversions, options.type);
  const client = new ServiceClient({ provider, serviceType: official, endpoint, microversion: pinned, retry: options.retry });
  if (pinned !== undefined || options.negotiate === undefined) return client;
  const discovered = await discoverVersion(client, call);
  if (discovered.microversions === undefined) {
    throw new MicroversionError(`${official} at ${redactUrl(endpoint)} has no microversions (version ${discovered.version.id}), but ${options.negotiate.min}..${options.negotiate.max} was asked for`);
  }
  const microversion = negotiateMicroversion(options.negotiate, discovered.microversions);
  return new ServiceClient({ provider, serviceType: official, endpoint, microversion, serverMicroversions: discovered.microversions, retry: options.retry });
}

function versionRange(version: ApiVersion): MicroversionRange | undefined {
  const max = version.max_version !== undefined && version.max_version !== '' ? version.max_version : version.version;
  const min = version.min_version;
  if (max === undefined || max === '' || min === undefined || min === '') return undefined;
  return { min, max };
}

function parseVersions(body: unknown): ApiVersion[] | undefined {
  if (!isRecord(body)) return undefined;
  if (isRecord(body.version)) return [body.version as ApiVersion];
  const versions = body.versions;
  if (Array.isArray(versions)) return versions.filter(isRecord) as ApiVersion[];
  if (isRecord(versions) && Array.isArray(versions.values)) return versions.values.filter(isRecord) as ApiVersion[];
  // Ironic's root lists versions and names a default_version; its /v1 answers with the version fields at top level.
  if (typeof body.id === 'string' && (typeof body.version === 'string' || typeof body.min_version === 'string')) return [body as ApiVersion];
  return undefined;
}

/** Candidate URLs of the versions document: the endpoint, without a trailing project ID, and the root. */
function discoveryUrls(endpoint: string): string[] {
  const url = new URL(endpoint);
  const segments = url.pathname.split('/').filter((segment) => segment !== '');
  const urls = [endpoint];
  const versionIndex = segments.findIndex((segment) => /^v\d+(\.\d+)?$/.test(segment));
  if (versionIndex !== -1 && versionIndex < segments.length - 1) {
    urls.push(`${url.origin}/${segments.slice(0, versionIndex + 1).join('/')}/`);
  }
  if (versionIndex !== -1) urls.push(`${url.origin}/${segments.slice(0, versionIndex).map((s) => `${s}/`).join('')}`);
  urls.push(`${url.origin}/`);
  return [...new Set(urls)];
}

function preferred(candidates: ApiVersion[]): ApiVersion | undefined {
  const current = candidates.find((version) => version.status.toUpperCase() === 'CURRENT');
  if (current !== undefined) return current;
  const minor = (version: ApiVersion): number => Number(/^v\d+\.(\d+)$/.exec(version.id)?.[1] ?? 0);
  return [...candidates].sort((a, b) => minor(b) - minor(a))[0];
}

function matchVersion(versions: ApiVersion[], endpoint: string): ApiVersion | undefined {
  const path = new URL(endpoint).pathname;
  const segment = path.split('/').find((part) => /^v\d+(\.\d+)?$/.test(part));
  if (segment !== undefined) {
    const exact = versions.find((version) => version.id === segment);
    if (exact !== undefined) return exact;
    // "v2" in the endpoint: any v2.x entry, the CURRENT one first (Glance lists v2.0 … v2.15), else the highest.
    const major = /^v(\d+)/.exec(segment)?.[1];
    const sameMajor = versions.filter((version) => new RegExp(`^v${major ?? ''}(\\.\\d+)?$`).test(version.id));
    const best = preferred(sameMajor);
    if (best !== undefined) return best;
  }
  for (const version of versions) {
    for (const link of version.links ?? []) {
      if (link.rel === 'self' && withTrailingSlash(endpoint).startsWith(withTrailingSlash(link.href))) return version;
    }
  }
  return versions.find((version) => version.status.toUpperCase() === 'CURRENT') ?? versions[0];
}

/**
 * Reads the service's versions document and returns the version matching the client's endpoint,
 * with its microversion range. Tries the endpoint, then its version root, then the service root.
 */
export async function discoverVersion(client: ServiceClient, options: CallOptions = {}): Promise<DiscoveredVersion> {
  let lastError: unknown;
  for (const url of discoveryUrls(client.endpoint)) {
    try {
      const response = await client.provider.send(url, { method: 'GET', path: url, expectStatus: [200, 300] }, options);
      const versions = parseVersions(await response.json());
      if (versions === undefined || versions.length === 0) continue;
      const version = matchVersion(versions, client.endpoint);
      if (version === undefined) continue;
      return { version, microversions: versionRange(version), all: versions };
    } catch (error) {
      if (options.signal?.aborted === true) throw error;
      lastError = error;
    }
  }
  throw new ResponseError(
    { status: 0, method: 'GET', url: redactUrl(client.endpoint), reason: `no versions document found for ${client.serviceType}` },
    { cause: lastError },
  );
}

/** Validates that a value is a non-empty string, for operation inputs such as IDs. */
export function requireId(value: unknown, field: string): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new InvalidInputError(`${field} must be a non-empty string, got ${value === '' ? 'an empty string' : typeof value}`, field);
  }
  return value;
}

/** Encodes a path segment (an ID or name) for use in a URL. */
export function segment(value: string, field = 'id'): string {
  return encodeURIComponent(requireId(value, field));
}
