import type { ComputeClient } from '../client.js';
import type { CallOptions } from '@openstack-ts/core';
import type { Limits } from './results.js';
import { limitsPath } from './urls.js';

/** Parameters of {@link getLimits}; each field is the query parameter of the same name. */
export interface GetLimitsQuery {
  /** Admin: the limits of this project instead of the caller's. */
  tenant_id?: string;
  /**
   * Count reservations in the totals. Nova counts usage instead of reserving it (since Pike), so
   * this changes nothing; microversion 2.75 and later refuse it.
   */
  reserved?: boolean;
}

/** Shows the project's absolute limits (its quotas) and what it uses of them. */
export async function getLimits(client: ComputeClient, query: GetLimitsQuery = {}, options?: CallOptions): Promise<Limits> {
  if (query.reserved !== undefined) client.requireMicroversionBelow('2.75', 'The reserved parameter', options);
  const reserved = query.reserved === undefined ? undefined : query.reserved ? 1 : 0;
  return client.request<Limits>({ method: 'GET', path: limitsPath(), query: { ...query, reserved }, expectStatus: [200], unwrap: 'limits' }, options);
}
