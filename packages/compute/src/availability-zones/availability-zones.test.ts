import { describe, expect, it } from '@jest/globals';
import { isHttpError } from '@openstack-ts/core';
import { rejectionOf } from '@openstack-ts/core/testing';
import { listAvailabilityZoneSummaries, listAvailabilityZones } from './index.js';
import * as fx from './availability-zones.fixtures.js';
import { fakeNova as nova } from '../fake-nova.fixtures.js';


describe('availability zones', () => {
  it('lists the zones without their hosts in one request', async () => {
    const cloud = nova();
    cloud.reply('GET', 'os-availability-zone', fx.list);
    const zones = await listAvailabilityZoneSummaries(cloud.client).all();
    expect(zones).toEqual([{ zoneName: 'nova', zoneState: { available: true }, hosts: null }]);
    expect(cloud.serviceRequests()).toHaveLength(1);
    expect(cloud.lastRequest().method).toBe('GET');
  });

  it('lists the zones with their hosts and services', async () => {
    const cloud = nova();
    cloud.reply('GET', 'os-availability-zone/detail', fx.detail);
    const zones = await listAvailabilityZones(cloud.client).all();
    expect(zones.map((zone) => zone.zoneName)).toEqual(['internal', 'nova']);
    expect(cloud.lastRequest().path).toBe('os-availability-zone/detail');
    const nova1 = zones.find((zone) => zone.zoneName === 'nova');
    const [host] = Object.keys(nova1?.hosts ?? {});
    expect(nova1?.hosts?.[host ?? '']?.['nova-compute']).toMatchObject({ available: true, active: true });
    expect(typeof nova1?.hosts?.[host ?? '']?.['nova-compute']?.updated_at).toBe('string');
  });

  it('passes the 403 a member gets for the detail', async () => {
    const cloud = nova();
    cloud.reply('GET', 'os-availability-zone/detail', fx.detailMember, { status: 403 });
    const error = await rejectionOf(() => listAvailabilityZones(cloud.client));
    expect(isHttpError(error, 403)).toBe(true);
    expect((error as Error).message).toContain('os-availability-zone:detail');
  });
});
