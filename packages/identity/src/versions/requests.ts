import { paginate, singlePage, type CallOptions, type Paged } from '@openstack-ts/core';
import type { IdentityClient } from '../client.js';
import type { IdentityVersion } from './results.js';
import { identityRootUrl, identityV3Url } from './urls.js';

/**
 * Lists the identity API's versions (`GET /` at Keystone's root: the endpoint without its `v3/`).
 * Keystone answers 300 Multiple Choices with the list nested as `versions.values`, all at once.
 * Needs no token. Sends nothing until iteration starts.
 */
export function listIdentityVersions(client: IdentityClient, options?: CallOptions): Paged<IdentityVersion> {
  return paginate<IdentityVersion>(
    client,
    () => ({ path: identityRootUrl(client.endpoint), skipAuth: true, expectStatus: [300], itemsKey: ['versions', 'values'], strategy: singlePage() }),
    options,
  );
}

/** Shows the v3 version document (`GET /v3`): its exact minor version and media types. Needs no token. */
export async function getIdentityVersion(client: IdentityClient, options?: CallOptions): Promise<IdentityVersion> {
  return client.request<IdentityVersion>({ method: 'GET', path: identityV3Url(client.endpoint), skipAuth: true, expectStatus: [200], unwrap: 'version' }, options);
}
