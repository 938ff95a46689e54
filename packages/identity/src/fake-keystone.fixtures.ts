import { isInvalidInputError } from '@openstack-ts/core';
import { createFakeCloud, rejectionOf, type FakeCloud } from '@openstack-ts/core/testing';

/** The local cloud's Keystone endpoint: the recorded fixtures' links point at it. */
export const KEYSTONE_ENDPOINT = 'http://127.0.0.1:5000/v3';

/** A fake cloud whose client talks to a fake Keystone API at the recorded endpoint. */
export function fakeKeystone(): FakeCloud<'identity'> {
  return createFakeCloud({ serviceType: 'identity', endpoint: KEYSTONE_ENDPOINT });
}

/**
 * The `field` of the `InvalidInputError` an operation rejects with (a promise, or a listing's first
 * page). Fails the test when the operation throws synchronously, succeeds, or rejects with anything else.
 */
export async function refusedField(operation: (() => unknown) | AsyncIterable<unknown>): Promise<string | undefined> {
  const error = await rejectionOf(operation);
  if (!isInvalidInputError(error)) throw new Error(`Expected an InvalidInputError, got ${String(error)}`, { cause: error });
  return error.field;
}
