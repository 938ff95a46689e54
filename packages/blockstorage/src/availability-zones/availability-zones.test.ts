import { describe, expect, it } from '@jest/globals';
import * as pkg from './index.js';
import * as azFx from './availability-zones.fixtures.js';
import { fakeCinder as cinder } from '../fake-cinder.fixtures.js';

describe('availability zones', () => {
  it('lists the availability zones in one page', async () => {
    const cloud = cinder();
    cloud.reply('GET', 'os-availability-zone', azFx.az);
    expect(await pkg.listAvailabilityZones(cloud.client).all()).toEqual([{ zoneName: 'nova', zoneState: { available: true } }]);
    expect(cloud.serviceRequests()).toHaveLength(1);
  });
});
