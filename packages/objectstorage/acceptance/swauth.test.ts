import { describe, expect, it } from '@jest/globals';
import { uniqueName, useCleanup } from '@openstack-ts/acceptance';
import { isAuthError, isHttpError, type FetchFunction } from '@openstack-ts/core';
import { createObjectStorageClient } from '../src/client.js';
import { createContainer } from '../src/containers/index.js';
import { downloadObject, listObjects, uploadObject } from '../src/objects/index.js';
import { createSwauthProvider } from '../src/swauth/index.js';
import { emptyAndDelete, readAll } from './helpers.js';

// Swift's v1 auth runs on the local cloud's second proxy (tooling/cloud: tempauth on :8081), or
// wherever OSTS_SWAUTH_URL (with OSTS_SWAUTH_USER and OSTS_SWAUTH_KEY) points.
const local = (process.env.OSTS_MEMBER_CLOUD ?? '') === 'local-demo';
const authUrl = process.env.OSTS_SWAUTH_URL ?? (local ? 'http://127.0.0.1:8081/auth/v1.0' : undefined);
const user = process.env.OSTS_SWAUTH_USER ?? 'test:tester';
const key = process.env.OSTS_SWAUTH_KEY ?? 'testing';
const suite = authUrl === undefined ? describe.skip : describe;
const title = authUrl === undefined ? 'swauth (skipped: no Swift v1 auth; set OSTS_SWAUTH_URL)' : 'swauth against the real Swift tempauth';

suite(title, () => {
  const cleanup = useCleanup();

  it('authenticates with user and key, finds the storage URL, and works like any provider', async () => {
    const events: string[] = [];
    const provider = createSwauthProvider({ authUrl: authUrl ?? '', user, key, hooks: { onAuthenticate: (e) => events.push(e.reason) } });
    const swift = await createObjectStorageClient(provider);
    expect(swift.endpoint).toMatch(/\/v1\/TEMPAUTH_test\/$|\/v1\/[^/]+\/$/);
    expect(provider.authMethods).toEqual(['swauth']);
    expect(JSON.stringify(provider)).not.toContain(key);
    const container = uniqueName('swauth');
    await createContainer(swift, container);
    cleanup.add(`swauth container ${container}`, async () => emptyAndDelete(swift, container));
    await uploadObject(swift, container, 'hello.txt', 'hello over swauth');
    expect((await listObjects(swift, container).all()).map((e) => ('name' in e ? e.name : e.subdir))).toEqual(['hello.txt']);
    expect(new TextDecoder().decode(await readAll((await downloadObject(swift, container, 'hello.txt')).body))).toBe('hello over swauth');
    expect(events).toEqual(['initial']);
  });

  it('after a 401 (a token Swift no longer takes) it authenticates again with the key and resends', async () => {
    let spoil = false;
    const spoiling: FetchFunction = async (input, init) => {
      const headers = new Headers(init?.headers ?? (input instanceof Request ? input.headers : undefined));
      if (spoil && headers.has('x-auth-token')) {
        spoil = false;
        headers.set('x-auth-token', 'TEMPAUTH_tk-spoiled');
        return init === undefined ? fetch(new Request(input, { headers })) : fetch(input, { ...init, headers });
      }
      return fetch(input, init);
    };
    const events: string[] = [];
    const provider = createSwauthProvider({ authUrl: authUrl ?? '', user, key, fetch: spoiling, hooks: { onAuthenticate: (e) => events.push(e.reason) } });
    const swift = await createObjectStorageClient(provider);
    const container = uniqueName('swauth');
    spoil = true;
    await createContainer(swift, container);
    cleanup.add(`swauth container ${container}`, async () => emptyAndDelete(swift, container));
    expect(events).toEqual(['initial', 'unauthorized']);
  });

  it('a wrong key is an AuthError (rejected, the auth endpoint\'s 401 its cause), with the key nowhere in the error', async () => {
    const provider = createSwauthProvider({ authUrl: authUrl ?? '', user, key: 'not-the-key-123' });
    const error = await createObjectStorageClient(provider).catch((e: unknown) => e);
    expect(isAuthError(error) && error.reason).toBe('rejected');
    expect(isHttpError((error as Error).cause, 401)).toBe(true);
    expect(JSON.stringify(error) + String(error)).not.toContain('not-the-key-123');
  });

  it('refuses bad options before any request', () => {
    expect(() => createSwauthProvider({ authUrl: 'ftp://x', user, key })).toThrow(/http/);
    expect(() => createSwauthProvider({ authUrl: authUrl ?? '', user: '', key })).toThrow(/account:user/);
  });
});
