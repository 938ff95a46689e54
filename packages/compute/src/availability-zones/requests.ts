import { paginate, singlePage, type CallOptions, type Paged } from '@openstack-ts/core';
import type { ComputeClient } from '../client.js';
import type { AvailabilityZone, AvailabilityZoneSummary } from './results.js';
import { availabilityZonesDetailPath, availabilityZonesPath } from './urls.js';

/**
 * Lists every availability zone (`internal` too) with its hosts and their services
 * (`os-availability-zone/detail`). Admin only by default policy: a member gets a 403; members use
 * {@link listAvailabilityZoneSummaries}. All in one page; sends nothing until iteration starts.
 */
export function listAvailabilityZones(client: ComputeClient, options?: CallOptions): Paged<AvailabilityZone> {
  return paginate<AvailabilityZone>(
    client,
    { path: availabilityZonesDetailPath(), itemsKey: 'availabilityZoneInfo', strategy: singlePage() },
    options,
  );
}

/**
 * Lists the availability zones servers can be created in, with their state but without hosts
 * (`os-availability-zone`). Open to members. All in one page; sends nothing until iteration starts.
 */
export function listAvailabilityZoneSummaries(client: ComputeClient, options?: CallOptions): Paged<AvailabilityZoneSummary> {
  return paginate<AvailabilityZoneSummary>(client, { path: availabilityZonesPath(), itemsKey: 'availabilityZoneInfo', strategy: singlePage() }, options);
}
