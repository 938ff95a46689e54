import { expect, it } from '@jest/globals';
import { checkOperationContract, createFakeCloud } from '@openstack-ts/core/testing';
import { fakeNova } from './fake-nova.fixtures.js';
import * as pkg from './index.js';

it('every operation returns a promise or a listing and never throws synchronously', async () => {
  const cloud = fakeNova();
  expect(await checkOperationContract(pkg, cloud.client, { skip: ['asComputeClient'] })).toEqual([]);
});

it('asComputeClient accepts a compute client and refuses a client of another service', () => {
  const cloud = fakeNova();
  expect(pkg.asComputeClient(cloud.client)).toBe(cloud.client);
  const network = createFakeCloud({ serviceType: 'network' });
  expect(() => pkg.asComputeClient(network.client)).toThrow(/A compute client is needed, got a client of network/);
});
