import { expect, it } from '@jest/globals';
import { adminProvider, describeAsAdmin, describeWithService, memberProvider } from '@openstack-ts/acceptance';
import { isHttpError } from '@openstack-ts/core';
import { rejectionOf } from '@openstack-ts/core/testing';
import { createComputeClient } from '../src/client.js';
import { listAvailabilityZoneSummaries, listAvailabilityZones } from '../src/availability-zones/index.js';

describeWithService('compute', 'availability zones against the real Nova', () => {
  it('lists the zones a member can boot in', async () => {
    const compute = await createComputeClient(await memberProvider());
    const zones = await listAvailabilityZoneSummaries(compute).all();
    expect(zones.length).toBeGreaterThanOrEqual(1);
    expect(zones.some((zone) => zone.zoneState.available)).toBe(true);
    expect(zones.map((zone) => zone.hosts)).toEqual(zones.map(() => null));
    expect(zones.map((zone) => zone.zoneName)).not.toContain('internal');
  });

  it('refuses the detail to a member (admin only by default policy)', async () => {
    const compute = await createComputeClient(await memberProvider());
    const error = await rejectionOf(() => listAvailabilityZones(compute));
    expect(isHttpError(error, 403)).toBe(true);
    expect((error as Error).message).toContain('os-availability-zone:detail');
  });

  describeAsAdmin('as admin', () => {
    it('lists the zones with their hosts and services', async () => {
      const compute = await createComputeClient(await adminProvider());
      const zones = await listAvailabilityZones(compute).all();
      const services = zones.flatMap((zone) => Object.values(zone.hosts ?? {}).flatMap((host) => Object.entries(host)));
      const computeService = services.find(([binary]) => binary === 'nova-compute')?.[1];
      expect(computeService).toMatchObject({ available: true, active: true });
      expect(zones.map((zone) => zone.zoneName)).toContain('internal');
      const memberZones = await listAvailabilityZoneSummaries(await createComputeClient(await memberProvider())).all();
      expect(zones.map((zone) => zone.zoneName)).toEqual(expect.arrayContaining(memberZones.map((zone) => zone.zoneName)));
    });
  });
});
