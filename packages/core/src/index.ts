/**
 * What applications import from core: authentication and the provider client, service clients for
 * any service, typed errors and their guards, `Paged<T>` pagination, retries, waiters, hooks and
 * the Node transport. Unit tests import `@openstack-ts/core/testing`; service packages also use
 * `@openstack-ts/core/internal`.
 *
 * @packageDocumentation
 * @module @openstack-ts/core
 */
export type { AuthMethodName, AuthOptions, Passcode, TokenBody } from './auth.js';
export type { CatalogEndpoint, CatalogEntry, EndpointInterface, EndpointOptions } from './catalog.js';
export {
  AuthError,
  ConfigError,
  ConnectionError,
  EndpointNotFoundError,
  HttpError,
  InputRangeError,
  InvalidInputError,
  MicroversionError,
  NameLookupError,
  OpenStackError,
  PaginationError,
  ReplayRefusedError,
  ResourceStateError,
  ResponseError,
  TimeoutError,
  isAbortError,
  isAuthError,
  isConfigError,
  isConnectionError,
  isEndpointNotFoundError,
  isHttpError,
  isInvalidInputError,
  isMicroversionError,
  isNameLookupError,
  isNotFound,
  isOpenStackError,
  isPaginationError,
  isReplayRefusedError,
  isResourceStateError,
  isResponseError,
  isTimeoutError,
  openStackErrorKind,
} from './errors.js';
export type { AuthErrorReason, HttpErrorDetails, OfferedEndpoint, OpenStackErrorKind } from './errors.js';
export { compareMicroversions, negotiateMicroversion, parseMicroversion } from './microversion.js';
export type { Microversion, MicroversionParts, MicroversionRange } from './microversion.js';
export { findIdByName, findIdOrName, linkedPages, markerPages, nextPages, offsetPages, paginate, singlePage } from './pagination.js';
export type { FindIdSpec, FoundId, Page, PageContext, PageStrategy, Paged, PaginateSpec } from './pagination.js';
export { ProviderClient, SDK_VERSION, authenticate, createProviderClient } from './provider.js';
export type {
  Authenticator,
  AuthenticatorContext,
  CallOptions,
  Hooks,
  IssuedToken,
  OutgoingRequest,
  HttpMethod,
  ProviderClientOptions,
  RequestBody,
  RequestBodyInit,
  RequestEvent,
  RequestSpec,
  ResponseEvent,
  TokenInfo,
} from './provider.js';
export { createNodeFetch, nodeFetchAvailable } from './node-fetch.js';
export type { NodeFetchFunction, NodeFetchOptions, TlsOptions } from './node-fetch.js';
export { REDACTED, redactHeaders, redactUrl } from './redact.js';
export { DEFAULT_RETRY_POLICY } from './retry.js';
export type { RetryEvent, RetryPolicy, RetryableAnswer } from './retry.js';
export { ServiceClient, createServiceClient, discoverVersion, serviceClientOf } from './service.js';
export type { ApiVersion, DiscoveredVersion, JsonRequestSpec, ServiceClientOf, ServiceClientOptions } from './service.js';
export { ServiceResponse } from './response.js';
export type { FetchFunction } from './transport.js';
export type { Query, QueryValue } from './util.js';
export { waitFor, waitForDelete, waitForStatus } from './wait.js';
export type { DeleteWaitSpec, StatusWaitOptions, StatusWaitSpec, WaitOptions } from './wait.js';
