import { createFakeCloud, type FakeCloud } from '@openstack-ts/core/testing';

/** The local cloud's Nova endpoint: the recorded fixtures' links point at it. */
export const NOVA_ENDPOINT = 'http://127.0.0.1:8774/v2.1';

/** A fake cloud whose client (a `ComputeClient`) talks to a fake Nova at the recorded endpoint and microversion. */
export function fakeNova(microversion = '2.93', endpoint = NOVA_ENDPOINT): FakeCloud<'compute'> {
  return createFakeCloud({ serviceType: 'compute', endpoint, microversion });
}
