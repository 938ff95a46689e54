import { createFakeCloud, type FakeCloud } from '@openstack-ts/core/testing';

/** The local cloud's Keystone endpoint: the recorded fixtures' links point at it. */
export const KEYSTONE_ENDPOINT = 'http://127.0.0.1:5000/v3';

/** A fake cloud whose client talks to a fake Keystone API at the recorded endpoint. */
export function fakeKeystone(): FakeCloud<'identity'> {
  return createFakeCloud({ serviceType: 'identity', endpoint: KEYSTONE_ENDPOINT });
}
