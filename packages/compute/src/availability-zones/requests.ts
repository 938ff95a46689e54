import { paginate, singlePage, type CallOptions, type Paged, type ServiceClient } from '@openstack-ts/core';
import type { AvailabilityZone, AvailabilityZoneDetail } from './results.js';
import { availabilityZonesDetailPath, availabilityZonesPath } from './urls.js';

/** Lists the availability zones servers can be created in. Sends nothing until iteration starts. */
export function listAvailabilityZones(client: ServiceClient, options?: CallOptions): Paged<AvailabilityZone> {
  return paginate<AvailabilityZone>(client, { path: availabilityZonesPath(), itemsKey: 'availabilityZoneInfo', strategy: singlePage() }, options);
}

/**
 * Lists every availability zone (`internal` too) with its hosts and their services. Admin only
 * by default policy.
 */
export function listAvailabilityZonesDetail(client: ServiceClient, options?: CallOptions): Paged<AvailabilityZoneDetail> {
  return paginate<AvailabilityZoneDetail>(
    client,
    { path: availabilityZonesDetailPath(), itemsKey: 'availabilityZoneInfo', strategy: singlePage() },
    options,
  );
}
