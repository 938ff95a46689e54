import type { CallOptions } from '@openstack-ts/core';
import type { BlockStorageClient } from '../client.js';
import type { Limits } from './results.js';
import { limitsPath } from './urls.js';

/** The calling project's block storage limits and usage (`GET /limits`). */
export async function getLimits(client: BlockStorageClient, options?: CallOptions): Promise<Limits> {
  return client.request<Limits>({ method: 'GET', path: limitsPath(), expectStatus: [200], unwrap: 'limits' }, options);
}
