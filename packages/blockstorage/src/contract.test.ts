import { expect, it } from '@jest/globals';
import { checkOperationContract, createFakeCloud } from '@openstack-ts/core/testing';
import { fakeCinder } from './fake-cinder.fixtures.js';
import * as pkg from './index.js';

it('every operation returns a promise or a listing and never throws synchronously', async () => {
  const cloud = fakeCinder();
  expect(await checkOperationContract(pkg, cloud.client, { skip: ['asBlockStorageClient'] })).toEqual([]);
});

it('asBlockStorageClient accepts a block storage client and refuses a client of another service', () => {
  const cloud = fakeCinder();
  expect(pkg.asBlockStorageClient(cloud.client)).toBe(cloud.client);
  const compute = createFakeCloud({ serviceType: 'compute' });
  expect(() => pkg.asBlockStorageClient(compute.client)).toThrow(/A block-storage client is needed, got a client of compute/);
});
