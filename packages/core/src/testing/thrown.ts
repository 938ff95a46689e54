/**
 * Runs `fn` and returns what it threw synchronously, or `undefined` when it returned. For tests
 * that check an operation refuses bad input before sending anything (it throws rather than
 * returning a rejected promise).
 */
export function thrownBy(fn: () => unknown): unknown {
  try {
    const result = fn();
    // It did not throw: if it returned a promise, keep its rejection from going unhandled (the
    // test then fails on the `undefined` this returns, not on a crash).
    if (result instanceof Promise) result.catch(() => undefined);
  } catch (error) {
    return error;
  }
  return undefined;
}
