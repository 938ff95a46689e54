/**
 * Runs `fn` and returns what it threw synchronously, or `undefined` when it returned. For tests
 * that check an operation refuses bad input before sending anything (it throws rather than
 * returning a rejected promise).
 */
export function thrownBy(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  return undefined;
}
