import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { DEFAULT_RETRY_POLICY, computeRetryDelay, isIdempotentMethod, parseRetryAfter, resolveRetryPolicy } from './retry.js';

describe('retry policy', () => {
  it('parses Retry-After as seconds or an HTTP date', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(parseRetryAfter('3', now)).toBe(3000);
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:00:10 GMT', now)).toBe(10_000);
    expect(parseRetryAfter('Wed, 31 Dec 2025 00:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });

  it('uses Retry-After when allowed, and gives up when it is beyond the maximum', () => {
    expect(computeRetryDelay(1, DEFAULT_RETRY_POLICY, 2000)).toBe(2000);
    expect(computeRetryDelay(1, DEFAULT_RETRY_POLICY, 3_600_000)).toBeUndefined();
  });

  it('property: backoff is bounded by the maximum and grows with jitter between half and all of the step', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 1, max: 5000 }), fc.integer({ min: 1, max: 120_000 }), fc.double({ min: 0, max: 0.999999, noNaN: true }), (retry, base, max, r) => {
        const delay = computeRetryDelay(retry, { baseDelayMs: base, maxDelayMs: max }, undefined, () => r);
        const step = Math.min(max, base * 2 ** (retry - 1));
        expect(delay).toBeDefined();
        expect(delay).toBeLessThanOrEqual(max);
        expect(delay).toBeGreaterThanOrEqual(Math.floor(step / 2));
        expect(delay).toBeLessThanOrEqual(step);
      }),
    );
  });

  it('knows which methods are idempotent', () => {
    expect(['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS'].every(isIdempotentMethod)).toBe(true);
    expect(['POST', 'PATCH'].some(isIdempotentMethod)).toBe(false);
  });

  it('layers policies; false turns retries off', () => {
    expect(resolveRetryPolicy({ maxRetries: 5 }, { baseDelayMs: 1, maxRetries: undefined }).maxRetries).toBe(5);
    expect(resolveRetryPolicy({ maxRetries: 5 }, false).maxRetries).toBe(0);
  });
});
