import { paginate, singlePage, type CallOptions, type Paged } from '@openstack-ts/core';
import type { BlockStorageClient } from '../client.js';
import type { BlockStorageVersion } from './results.js';
import { blockStorageRootUrl } from './urls.js';

/**
 * Lists the major versions of the block storage API (`GET /` at Cinder's root: the endpoint
 * without its `v3/{project_id}`), each with its microversion range, as compute's
 * `listComputeVersions`. Cinder answers 300 (Multiple Choices) with the list. All in one page. Needs no token, and no microversion is sent (Cinder
 * answers 406 to one it does not support, even there). Cinder has no per-version document
 * without a token (`/v3/` answers 401), so there is no `getBlockStorageVersion`.
 */
export function listBlockStorageVersions(client: BlockStorageClient, options?: CallOptions): Paged<BlockStorageVersion> {
  return paginate<BlockStorageVersion>(
    client.withMicroversion(undefined),
    () => ({ path: blockStorageRootUrl(client.endpoint), skipAuth: true, expectStatus: [200, 300], itemsKey: 'versions', strategy: singlePage() }),
    { ...options, microversion: undefined },
  );
}
