import { expect, it } from '@jest/globals';
import { checkOperationContract } from '@openstack-ts/core/testing';
import { fakeNeutron } from './fake-neutron.fixtures.js';
import * as pkg from './index.js';

it('every operation returns a promise or a listing and never throws synchronously', async () => {
  const cloud = fakeNeutron();
  expect(await checkOperationContract(pkg, cloud.client, { skip: ['asNetworkingClient'] })).toEqual([]);
}, 60_000);
