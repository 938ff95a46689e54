import { firstItem } from './contract.js';

/**
 * For tests that check an operation refuses bad input: what the returned promise (or the first
 * page of a listing) rejected with. It fails the test when the operation throws synchronously
 * (operations reject, they never throw) or when it succeeds.
 */
export async function rejectionOf(operation: (() => unknown) | PromiseLike<unknown> | AsyncIterable<unknown>): Promise<unknown> {
  let result: unknown;
  if (typeof operation === 'function') {
    try {
      result = operation();
    } catch (error) {
      throw new Error(`The operation threw synchronously instead of returning a rejected promise: ${String(error)}`, { cause: error });
    }
  } else {
    result = operation;
  }
  try {
    if (isAsyncIterable(result)) {
      await firstItem(result);
    } else {
      await result;
    }
  } catch (error) {
    return error;
  }
  throw new Error('The operation succeeded: a rejection was expected');
}

function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return value !== null && typeof value === 'object' && Symbol.asyncIterator in value && typeof (value as { then?: unknown }).then !== 'function';
}
