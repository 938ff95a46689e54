import { describe, expect, it } from '@jest/globals';
import { isHttpError } from '@openstack-ts/core';
import { rejectionOf } from '@openstack-ts/core/testing';
import * as pkg from './index.js';
import * as poolsFx from './pools.fixtures.js';
import { fakeCinder as cinder, microversionRefusal } from '../fake-cinder.fixtures.js';

describe('backend pools', () => {
  it('lists pools with capabilities (detail=true) or names only', async () => {
    const cloud = cinder();
    cloud.reply('GET', 'scheduler-stats/get_pools?detail=true', poolsFx.poolsDetail);
    cloud.reply('GET', 'scheduler-stats/get_pools', poolsFx.pools);
    const [pool] = await pkg.listBackendPools(cloud.client).all();
    expect(pool).toMatchObject({ name: 'localhost@fake#fake', capabilities: { volume_backend_name: 'fake', total_capacity_gb: 'infinite' } });
    expect(await pkg.listBackendPoolSummaries(cloud.client).all()).toEqual([{ name: 'localhost@fake#fake' }]);
    expect(cloud.lastRequest().query).toEqual({});
  });

  it('refuses the name (3.28) and volume_type (3.35) filters below their microversion', async () => {
    const cloud = cinder('3.27');
    expect(await microversionRefusal(() => pkg.listBackendPools(cloud.client, { name: 'x' }))).toMatch(/^The pool name filter requires block-storage microversion 3\.28/);
    expect(await microversionRefusal(() => pkg.listBackendPools(cloud.client, { volume_type: 'x' }, { microversion: '3.34' }))).toMatch(/3\.35/);
    expect(cloud.requests).toHaveLength(0);
    const member = cinder();
    member.reply('GET', 'scheduler-stats/get_pools?detail=true&volume_type=t', poolsFx.poolsMember, { status: 403 });
    expect(isHttpError(await rejectionOf(() => pkg.listBackendPools(member.client, { volume_type: 't' })), 403)).toBe(true);
  });
});
