import { isInvalidInputError, isMicroversionError } from '@openstack-ts/core';
import { createFakeCloud, rejectionOf, type FakeCloud } from '@openstack-ts/core/testing';

/** The demo project of the local cloud, whose ID ends Cinder's catalog URL. */
export const PROJECT_ID = '93bd1bc6475f4027a0f8b1a6baeddf2a';

/** The local cloud's Cinder endpoint (it ends in the project ID): the recorded fixtures' links point at it. */
export const CINDER_ENDPOINT = `http://127.0.0.1:8776/v3/${PROJECT_ID}`;

/** A fake cloud whose client (a `BlockStorageClient`) talks to a fake Cinder at the recorded endpoint and microversion. */
export function fakeCinder(microversion = '3.70', endpoint = CINDER_ENDPOINT): FakeCloud<'block-storage'> {
  return createFakeCloud({ serviceType: 'block-storage', endpoint, microversion });
}

/** What an InvalidInputError or InputRangeError said. */
export interface InputRefusal {
  name: 'InvalidInputError' | 'InputRangeError';
  field: string | undefined;
  message: string;
}

/**
 * The refusal of bad input: `operation` must reject (a promise, or a listing's first page) with an
 * InvalidInputError or InputRangeError; anything else fails the test.
 */
export async function inputRefusal(operation: () => unknown): Promise<InputRefusal> {
  const error = await rejectionOf(operation);
  if (!isInvalidInputError(error)) throw new Error(`Expected an InvalidInputError or InputRangeError, got ${String(error)}`, { cause: error });
  return { name: error.name as InputRefusal['name'], field: error.field, message: error.message };
}

/** The message of the MicroversionError `operation` rejects with; anything else fails the test. */
export async function microversionRefusal(operation: () => unknown): Promise<string> {
  const error = await rejectionOf(operation);
  if (!isMicroversionError(error)) throw new Error(`Expected a MicroversionError, got ${String(error)}`, { cause: error });
  return error.message;
}
