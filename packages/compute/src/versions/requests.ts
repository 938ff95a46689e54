import { paginate, singlePage, type CallOptions, type Paged } from '@openstack-ts/core';
import type { ComputeClient } from '../client.js';
import type { ComputeVersion } from './results.js';
import { computeRootUrl, computeVersionUrl } from './urls.js';

// The version documents need no token, and Nova answers 406 to a microversion it does not support
// even there: they are read without either, so a mis-pinned client can still discover the range.
function unversioned(client: ComputeClient): ComputeClient {
  return client.withMicroversion(undefined);
}

/**
 * Lists the major versions of the compute API (`GET /` at the service root: the endpoint without
 * its `v2.1/`), each with its microversion range. All in one page. Needs no token; no microversion
 * is sent. Sends nothing until iteration starts.
 */
export function listComputeVersions(client: ComputeClient, options?: CallOptions): Paged<ComputeVersion> {
  return paginate<ComputeVersion>(
    unversioned(client),
    () => ({ path: computeRootUrl(client.endpoint), skipAuth: true, expectStatus: [200], itemsKey: 'versions', strategy: singlePage() }),
    { ...options, microversion: undefined },
  );
}

/**
 * Shows one major version of the compute API (`GET /{api_version}/`): by default the one the
 * client's endpoint uses, or `apiVersion` (`v2.1`, or `v2` for the legacy `v2.0`). Its `version`
 * and `min_version` are the server's microversion range. Needs no token; no microversion is sent.
 */
export async function getComputeVersion(client: ComputeClient, apiVersion?: string, options?: CallOptions): Promise<ComputeVersion> {
  return unversioned(client).request<ComputeVersion>(
    { method: 'GET', path: computeVersionUrl(client.endpoint, apiVersion), skipAuth: true, expectStatus: [200], unwrap: 'version' },
    { ...options, microversion: undefined },
  );
}
