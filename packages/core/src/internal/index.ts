/**
 * **For service packages, not applications.** Core's internals that the `@openstack-ts` service
 * packages share: path and ID helpers, the auth body, catalog and retry details, redaction of
 * JSON. Nothing here follows semver, and it may change in any release. Applications use the
 * package root, `@openstack-ts/core`.
 *
 * @packageDocumentation
 * @module @openstack-ts/core/internal
 */
export { authMethods, authScope, buildAuthBody, identityV3Url } from '../auth.js';
export { expandEndpointTemplate, normalizeInterface, officialServiceType, selectEndpoint, serviceTypeCandidates } from '../catalog.js';
export { parseServiceFault } from '../faults.js';
export type { ServiceFault } from '../faults.js';
export { microversionHeaders } from '../microversion.js';
export { resolveNextLink } from '../pagination.js';
export { isSecretHeader, redactJson } from '../redact.js';
export { computeRetryDelay, isIdempotentMethod, parseRetryAfter } from '../retry.js';
export { requireId, segment } from '../service.js';
export { isRecord, joinListFilters, requestIdOf } from '../util.js';
export { canStreamRequestBodies, detectRuntime } from '../runtime.js';
export type { Runtime, RuntimeGlobals } from '../runtime.js';
