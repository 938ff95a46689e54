import { describe, expect, it } from '@jest/globals';
import { isAuthError, isHttpError, isInvalidInputError, type FetchFunction } from '@openstack-ts/core';
import { rejectionOf } from '@openstack-ts/core/testing';
import { createObjectStorageClient } from '../client.js';
import { createSwauthProvider, swauthAuthenticator, type SwauthOptions } from './index.js';

const AUTH = 'http://127.0.0.1:8081/auth/v1.0';

/** The answer the local cloud's tempauth gave `GET /auth/v1.0` for test:tester (token shortened). */
function authAnswer(overrides: Record<string, string | null> = {}): Response {
  const base: Record<string, string> = {
    'content-type': 'text/html; charset=UTF-8',
    'x-auth-token': 'TEMPAUTH_tk754ada7d2a2240b3b32c2976ded805f4',
    'x-storage-token': 'TEMPAUTH_tk754ada7d2a2240b3b32c2976ded805f4',
    'x-auth-token-expires': '3599',
    'x-storage-url': 'http://127.0.0.1:8081/v1/TEMPAUTH_test',
    'x-openstack-request-id': 'tx391f6469e70d422d961f0-006b09b18b',
  };
  const merged = Object.entries({ ...base, ...overrides }).filter((entry): entry is [string, string] => entry[1] !== null);
  return new Response(null, { status: 200, headers: merged });
}

function recording(answer: () => Response): { fetch: FetchFunction; calls: { url: string; headers: Headers }[] } {
  const calls: { url: string; headers: Headers }[] = [];
  return {
    calls,
    fetch: async (input, init) => {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      calls.push({ url, headers: new Headers(init?.headers) });
      return Promise.resolve(url === AUTH ? answer() : new Response('[]', { status: 200, headers: { 'content-type': 'application/json' } }));
    },
  };
}

describe('swauth', () => {
  it('authenticates with X-Auth-User and X-Auth-Key and puts the storage URL in the catalog', async () => {
    const { fetch, calls } = recording(() => authAnswer());
    const now = Date.parse('2026-11-27T16:36:27Z');
    const provider = createSwauthProvider({ authUrl: AUTH, user: 'test:tester', key: 'testing', fetch, now: () => now });
    const swift = await createObjectStorageClient(provider);
    expect(swift.endpoint).toBe('http://127.0.0.1:8081/v1/TEMPAUTH_test/');
    expect([calls[0]?.url, calls[0]?.headers.get('x-auth-user'), calls[0]?.headers.get('x-auth-key'), calls[0]?.headers.get('x-auth-token')]).toEqual([AUTH, 'test:tester', 'testing', null]);
    expect(provider.token?.expiresAt.toISOString()).toBe('2026-11-27T17:36:26.000Z');
    expect(provider.authMethods).toEqual(['swauth']);
    await swift.request({ method: 'GET', path: '', query: { format: 'json' } });
    expect(calls.at(-1)?.headers.get('x-auth-token')).toBe('TEMPAUTH_tk754ada7d2a2240b3b32c2976ded805f4');
    expect(JSON.stringify(provider) + String(provider)).not.toMatch(/testing|TEMPAUTH_tk/);
  });

  it('assumes an hour when the answer does not say how long the token lives', async () => {
    const { fetch } = recording(() => authAnswer({ 'x-auth-token-expires': null }));
    const now = Date.parse('2026-11-27T16:00:00Z');
    const provider = createSwauthProvider({ authUrl: AUTH, user: 'test:tester', key: 'testing', fetch, now: () => now });
    expect((await provider.authenticate()).expiresAt.toISOString()).toBe('2026-11-27T17:00:00.000Z');
  });

  it('raises AuthError for an answer without a storage URL or token, and for a wrong key (the 401 as its cause)', async () => {
    for (const missing of ['x-storage-url', 'x-auth-token']) {
      const { fetch } = recording(() => authAnswer({ [missing]: null, ...(missing === 'x-auth-token' ? { 'x-storage-token': null } : {}) }));
      const error = await rejectionOf(createSwauthProvider({ authUrl: AUTH, user: 'test:tester', key: 'testing', fetch }).authenticate());
      expect(isAuthError(error) && [error.reason, error.message]).toEqual([
        'invalid-token-response',
        `GET ${AUTH}: 200 without ${missing === 'x-auth-token' ? 'X-Auth-Token' : 'X-Storage-Url'} (tx391f6469e70d422d961f0-006b09b18b)`,
      ]);
    }
    const { fetch } = recording(() => new Response('<html><h1>Unauthorized</h1><p>key testing-wrong refused</p></html>', { status: 401 }));
    const error = await rejectionOf(createSwauthProvider({ authUrl: AUTH, user: 'test:tester', key: 'testing-wrong', fetch }).authenticate());
    expect(isAuthError(error) && error.reason).toBe('rejected');
    const cause = (error as Error).cause;
    expect(isHttpError(cause, 401) && [cause.method, cause.url]).toEqual(['GET', AUTH]);
    expect(String(error) + JSON.stringify(error)).not.toContain('testing-wrong');
  });

  it('refuses bad options at once (it builds an authenticator: no request, no promise)', () => {
    const cases: [Partial<SwauthOptions>, string][] = [
      [{ authUrl: 'not a url' }, 'authUrl'],
      [{ authUrl: 'ftp://h/auth' }, 'authUrl'],
      [{ user: '' }, 'user'],
      [{ key: '' }, 'key'],
    ];
    for (const [options, field] of cases) {
      let error: unknown;
      try {
        swauthAuthenticator({ authUrl: AUTH, user: 'test:tester', key: 'testing', ...options });
      } catch (thrown) {
        error = thrown;
      }
      expect([options, isInvalidInputError(error) && error.field]).toEqual([options, field]);
      expect(String(error)).not.toContain('testing');
    }
  });
});
