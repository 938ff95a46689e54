import { isInvalidInputError } from '@openstack-ts/core';
import { createFakeCloud, type FakeCloud } from '@openstack-ts/core/testing';

/** The local cloud's Neutron endpoint (without `v2.0/`): the recorded fixtures' links point at it. */
export const NEUTRON_ENDPOINT = 'http://127.0.0.1:9696';

/**
 * A fake cloud whose client talks to a fake Neutron at the recorded endpoint, rooted at `v2.0/`.
 * Its `client` is a `NetworkingClient`, which every networking operation takes.
 */
export function fakeNeutron(): FakeCloud<'network'> {
  return createFakeCloud({ serviceType: 'network', endpoint: NEUTRON_ENDPOINT, base: 'v2.0/' });
}

/**
 * The field an `InvalidInputError` names; for anything else a description of it, so that a test
 * expecting a field shows what came instead.
 */
export function invalidField(error: unknown): string | undefined {
  return isInvalidInputError(error) ? error.field : `not an InvalidInputError: ${String(error)}`;
}
