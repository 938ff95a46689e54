export { authMethods, authScope, buildAuthBody, identityV3Url } from './auth.js';
export type { AuthMethodName, AuthOptions, Passcode, TokenBody } from './auth.js';
export { expandEndpointTemplate, normalizeInterface, officialServiceType, selectEndpoint, serviceTypeCandidates } from './catalog.js';
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
export { parseServiceFault } from './faults.js';
export type { ServiceFault } from './faults.js';
export { compareMicroversions, microversionHeaders, negotiateMicroversion, parseMicroversion } from './microversion.js';
export type { Microversion, MicroversionParts, MicroversionRange } from './microversion.js';
export { findIdByName, linkedPages, markerPages, nextPages, offsetPages, paginate, resolveNextLink, singlePage } from './pagination.js';
export type { PageContext, PageStrategy, Paged, PaginateSpec } from './pagination.js';
export { ProviderClient, authenticate, createProviderClient } from './provider.js';
export type {
  Authenticator,
  AuthenticatorContext,
  CallOptions,
  Hooks,
  IssuedToken,
  HttpMethod,
  ProviderClientOptions,
  RequestBody,
  RequestEvent,
  RequestSpec,
  ResponseEvent,
  TokenInfo,
} from './provider.js';
export { REDACTED, isSecretHeader, redactHeaders, redactJson, redactUrl } from './redact.js';
export { DEFAULT_RETRY_POLICY, computeRetryDelay, isIdempotentMethod, parseRetryAfter } from './retry.js';
export type { RetryEvent, RetryPolicy } from './retry.js';
export { ServiceClient, createServiceClient, discoverVersion, readJson, requireId, segment } from './service.js';
export type { ApiVersion, DiscoveredVersion, JsonRequestSpec, ServiceClientOptions } from './service.js';
export type { FetchFunction } from './transport.js';
export { requestIdOf } from './util.js';
export type { Query, QueryValue } from './util.js';
export { waitFor } from './wait.js';
export type { WaitOptions } from './wait.js';
