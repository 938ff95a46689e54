import { isInvalidInputError, isMicroversionError } from '@openstack-ts/core';
import { createFakeCloud, rejectionOf, type FakeCloud } from '@openstack-ts/core/testing';

/** The local cloud's Nova endpoint: the recorded fixtures' links point at it. */
export const NOVA_ENDPOINT = 'http://127.0.0.1:8774/v2.1';

/** A fake cloud whose client (a `ComputeClient`) talks to a fake Nova at the recorded endpoint and microversion. */
export function fakeNova(microversion = '2.93', endpoint = NOVA_ENDPOINT): FakeCloud<'compute'> {
  return createFakeCloud({ serviceType: 'compute', endpoint, microversion });
}

/** What an InvalidInputError or InputRangeError said. */
export interface InputRefusal {
  name: 'InvalidInputError' | 'InputRangeError';
  field: string | undefined;
  message: string;
}

/**
 * The refusal of bad input: `operation` must reject (a promise, or a listing's first page) with an
 * InvalidInputError or InputRangeError; anything else (a synchronous throw, success, another
 * error) fails the test.
 */
export async function inputRefusal(operation: () => unknown): Promise<InputRefusal> {
  const error = await rejectionOf(operation);
  if (!isInvalidInputError(error)) throw new Error(`Expected an InvalidInputError or InputRangeError, got ${String(error)}`, { cause: error });
  return { name: error.name as InputRefusal['name'], field: error.field, message: error.message };
}

/**
 * The message of the MicroversionError `operation` rejects with (a promise, or a listing's first
 * page); anything else fails the test.
 */
export async function microversionRefusal(operation: () => unknown): Promise<string> {
  const error = await rejectionOf(operation);
  if (!isMicroversionError(error)) throw new Error(`Expected a MicroversionError, got ${String(error)}`, { cause: error });
  return error.message;
}
