import { ResponseError, type CallOptions, type ServiceClient } from '@openstack-ts/core';
import type { IdentityVersion } from './results.js';
import { identityRootUrl, identityV3Url } from './urls.js';

/**
 * Lists the identity API's versions (`GET /` at Keystone's root: the endpoint without its `v3/`).
 * Keystone answers 300 Multiple Choices with the list nested as `versions.values`. Needs no token.
 */
export async function listIdentityVersions(client: ServiceClient, options?: CallOptions): Promise<IdentityVersion[]> {
  const url = identityRootUrl(client.endpoint);
  const body = await client.request<{ values?: unknown }>({ method: 'GET', path: url, skipAuth: true, expectStatus: [300], unwrap: 'versions' }, options);
  if (!Array.isArray(body.values)) throw new ResponseError({ method: 'GET', url, status: 300, reason: 'the body has no "versions.values" list' });
  return body.values as IdentityVersion[];
}

/** Shows the v3 version document (`GET /v3`): its exact minor version and media types. Needs no token. */
export function getIdentityVersion(client: ServiceClient, options?: CallOptions): Promise<IdentityVersion> {
  return client.request<IdentityVersion>({ method: 'GET', path: identityV3Url(client.endpoint), skipAuth: true, expectStatus: [200], unwrap: 'version' }, options);
}
