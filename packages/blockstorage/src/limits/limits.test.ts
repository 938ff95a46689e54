import { describe, expect, it } from '@jest/globals';
import * as pkg from './index.js';
import * as limitsFx from './limits.fixtures.js';
import { fakeCinder as cinder } from '../fake-cinder.fixtures.js';

describe('limits', () => {
  it('reads the absolute limits', async () => {
    const cloud = cinder();
    cloud.reply('GET', 'limits', limitsFx.limits);
    const limits = await pkg.getLimits(cloud.client);
    expect(limits.rate).toEqual([]);
    expect(limits.absolute).toMatchObject({ maxTotalVolumes: 10, maxTotalBackups: 10, totalVolumesUsed: 0 });
  });
});
