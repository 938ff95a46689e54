import { paginate, singlePage, type CallOptions, type Paged } from '@openstack-ts/core';
import type { BlockStorageClient } from '../client.js';
import type { AvailabilityZone } from './results.js';
import { availabilityZonesPath } from './urls.js';

/** Lists the availability zones of the block storage service (`GET /os-availability-zone`), all in one page. */
export function listAvailabilityZones(client: BlockStorageClient, options?: CallOptions): Paged<AvailabilityZone> {
  return paginate<AvailabilityZone>(client, () => ({ path: availabilityZonesPath(), expectStatus: [200], itemsKey: 'availabilityZoneInfo', strategy: singlePage() }), options);
}
