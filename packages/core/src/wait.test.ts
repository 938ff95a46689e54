import { describe, expect, it } from '@jest/globals';
import { isInvalidInputError, isTimeoutError } from './errors.js';
import { waitFor } from './wait.js';

describe('waitFor', () => {
  it('returns the first result that is not undefined or false', async () => {
    let calls = 0;
    const result = await waitFor(() => (++calls < 3 ? undefined : { status: 'ACTIVE' }), { intervalMs: 0 });
    expect(result).toEqual({ status: 'ACTIVE' });
    expect(calls).toBe(3);
  });

  it('fails fast when the check throws', async () => {
    await expect(waitFor(async () => Promise.reject(new Error('server went to ERROR: No valid host')), { intervalMs: 0 })).rejects.toThrow(/No valid host/);
  });

  it('gives up with a TimeoutError naming what it waited for', async () => {
    const error = await waitFor(() => false, { intervalMs: 1, timeoutMs: 5, description: 'server s1 to become ACTIVE' }).catch((e: unknown) => e);
    expect(isTimeoutError(error)).toBe(true);
    expect((error as Error).message).toBe('server s1 to become ACTIVE: no result within 5 ms');
  });

  it('stops with the caller’s abort reason', async () => {
    const controller = new AbortController();
    const pending = waitFor(() => false, { intervalMs: 1000, signal: controller.signal });
    controller.abort(new DOMException('user gave up', 'AbortError'));
    await expect(pending).rejects.toMatchObject({ name: 'AbortError', message: 'user gave up' });
  });

  it('rejects a negative interval before polling', async () => {
    let calls = 0;
    const error = await waitFor(() => ++calls > 0, { intervalMs: -1 }).catch((e: unknown) => e);
    expect(isInvalidInputError(error)).toBe(true);
    expect(calls).toBe(0);
  });
});
