import { expect, it } from '@jest/globals';
import { checkOperationContract } from '@openstack-ts/core/testing';
import { fakeSwift } from './fake-swift.fixtures.js';
import * as pkg from './index.js';
import * as node from './node/index.js';

it('every operation returns a promise or a listing and never throws synchronously', async () => {
  const cloud = fakeSwift();
  // Not operations: the client brand, and the Swift v1 auth provider and authenticator (synchronous builders).
  const skip = ['asObjectStorageClient', 'createSwauthProvider', 'swauthAuthenticator'];
  expect(await checkOperationContract(pkg, cloud.client, { skip })).toEqual([]);
  expect(await checkOperationContract(node, cloud.client)).toEqual([]);
});
