import { expect, it } from '@jest/globals';
import { checkOperationContract } from '@openstack-ts/core/testing';
import { fakeKeystone } from './fake-keystone.fixtures.js';
import * as pkg from './index.js';

it('every operation returns a promise or a listing and never throws synchronously', async () => {
  const cloud = fakeKeystone();
  expect(await checkOperationContract(pkg, cloud.client, { skip: ['asIdentityClient'] })).toEqual([]);
});

it('the paging strategy and the helpers stay internal', () => {
  expect(Object.keys(pkg)).not.toContain('keystonePages');
  expect(Object.keys(pkg)).not.toContain('joinTagFilters');
  expect(Object.keys(pkg)).toEqual(expect.arrayContaining(['asIdentityClient', 'createIdentityClient']));
});
