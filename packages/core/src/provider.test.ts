import { inspect } from 'node:util';
import { describe, expect, it } from '@jest/globals';
import {
  isAbortError,
  isAuthError,
  isConnectionError,
  isHttpError,
  isReplayRefusedError,
  isResponseError,
  isTimeoutError,
  type RequestEvent,
  type ResponseEvent,
  type AuthError,
  type Authenticator,
  type HttpError,
  type FetchFunction,
  type RetryEvent,
} from './index.js';
import { createProviderClient } from './provider.js';
import { createFakeCloud } from './testing/index.js';

const servers = { servers: [{ id: 's1', name: 'one' }] };

describe('authentication', () => {
  it('authenticates lazily, once, and sends the token', async () => {
    const cloud = createFakeCloud();
    cloud.reply('GET', 'servers', servers);
    expect(cloud.tokenRequests).toBe(0);
    await cloud.client.request({ method: 'GET', path: 'servers' });
    await cloud.client.request({ method: 'GET', path: 'servers' });
    expect(cloud.tokenRequests).toBe(1);
    expect(cloud.lastRequest().headers['x-auth-token']).toBe('fake-token-1');
    expect(cloud.requests[0]?.json).toEqual({
      auth: {
        identity: { methods: ['password'], password: { user: { name: 'demo', domain: { name: 'Default' }, password: 'fake-password' } } },
        scope: { project: { name: 'demo', domain: { name: 'Default' } } },
      },
    });
  });

  it('many parallel calls across an expired token cause exactly one token request', async () => {
    let now = Date.parse('2026-01-01T00:00:00Z');
    const cloud = createFakeCloud({ tokenLifetimeMs: 3_600_000, provider: { now: () => now } });
    cloud.reply('GET', 'servers', servers);
    await cloud.provider.authenticate();
    expect(cloud.tokenRequests).toBe(1);
    now += 3_600_000; // the token has expired
    await Promise.all(Array.from({ length: 200 }, async () => cloud.client.request({ method: 'GET', path: 'servers' })));
    expect(cloud.tokenRequests).toBe(2);
    expect(new Set(cloud.serviceRequests().map((r) => r.headers['x-auth-token']))).toEqual(new Set(['fake-token-2']));
  });

  it('refreshes ahead of expires_at', async () => {
    let now = Date.parse('2026-01-01T00:00:00Z');
    const cloud = createFakeCloud({ tokenLifetimeMs: 3_600_000, provider: { now: () => now, refreshMarginMs: 60_000 } });
    cloud.reply('GET', 'servers', servers);
    await cloud.client.request({ method: 'GET', path: 'servers' });
    now += 3_600_000 - 61_000;
    await cloud.client.request({ method: 'GET', path: 'servers' });
    expect(cloud.tokenRequests).toBe(1);
    now += 2_000; // inside the margin
    await cloud.client.request({ method: 'GET', path: 'servers' });
    expect(cloud.tokenRequests).toBe(2);
  });

  it('on a 401 re-authenticates once and replays; concurrent 401s share one token request', async () => {
    const cloud = createFakeCloud();
    cloud.reply('GET', 'servers', servers);
    await cloud.client.request({ method: 'GET', path: 'servers' });
    cloud.revokeTokens();
    const results = await Promise.all(Array.from({ length: 50 }, async () => cloud.client.request<typeof servers>({ method: 'GET', path: 'servers' })));
    expect(results.every((r) => r.servers[0]?.id === 's1')).toBe(true);
    expect(cloud.tokenRequests).toBe(2);
  });

  it('an operation whose 401 is its own answer does not re-authenticate', async () => {
    const cloud = createFakeCloud();
    cloud.reply('POST', 'users/u/password', { error: { code: 401, message: 'Invalid password' } }, { status: 401 });
    const error = await cloud.client.request({ method: 'POST', path: 'users/u/password', json: {}, reauthenticateOn401: false }).catch((e: unknown) => e);
    expect(isHttpError(error, 401)).toBe(true);
    expect(cloud.tokenRequests).toBe(1);
    expect(cloud.serviceRequests()).toHaveLength(1);
  });

  it('a second 401 after re-authentication surfaces as an HttpError', async () => {
    const cloud = createFakeCloud();
    cloud.reply('GET', 'servers', { error: { code: 401, message: 'nope' } }, { status: 401, public: true });
    const error = await cloud.client.request({ method: 'GET', path: 'servers' }).catch((e: unknown) => e);
    expect(isHttpError(error, 401)).toBe(true);
    expect(cloud.tokenRequests).toBe(2);
  });

  it('token-only auth cannot renew, and says so', async () => {
    let now = Date.parse('2026-01-01T00:00:00Z');
    const cloud = createFakeCloud({ auth: { password: undefined, username: undefined, token: 'given-token' }, provider: { now: () => now } });
    cloud.reply('GET', 'servers', servers);
    await cloud.client.request({ method: 'GET', path: 'servers' });
    expect(cloud.requests[0]?.json).toMatchObject({ auth: { identity: { methods: ['token'], token: { id: 'given-token' } } } });
    now += 3_600_001;
    const expired = await cloud.client.request({ method: 'GET', path: 'servers' }).catch((e: unknown) => e);
    expect(isAuthError(expired)).toBe(true);
    expect((expired as Error).message).toMatch(/cannot be renewed.*only a token/);
    now -= 3_600_001;
    cloud.revokeTokens();
    const rejected = await cloud.client.request({ method: 'GET', path: 'servers' }).catch((e: unknown) => e);
    expect(isAuthError(rejected)).toBe(true);
    expect((rejected as Error).message).not.toContain('given-token');
    expect(cloud.tokenRequests).toBe(1);
  });

  it('a wrong password is an AuthError (rejected) whose cause is the 401 with Keystone’s message, and no secret', async () => {
    const cloud = createFakeCloud();
    cloud.reply('POST', 'https://identity.fake.test/v3/auth/tokens', { error: { code: 401, title: 'Unauthorized', message: 'The request you have made requires authentication.' } }, {
      status: 401,
      headers: { 'x-openstack-request-id': 'req-kst' },
    });
    const error = await cloud.provider.authenticate().catch((e: unknown) => e);
    expect(isAuthError(error)).toBe(true);
    expect((error as AuthError).reason).toBe('rejected');
    expect((error as Error).message).toBe(
      'Authentication failed: POST https://identity.fake.test/v3/auth/tokens: 401 The request you have made requires authentication. (req-kst)',
    );
    const cause = (error as Error).cause;
    expect(isHttpError(cause, 401)).toBe(true);
    expect((cause as HttpError).requestId).toBe('req-kst');
    expect(`${String(error)} ${JSON.stringify(error)} ${String(cause)} ${(cause as HttpError).body ?? ''}`).not.toContain('fake-password');
  });

  it("an error never carries a token the request sent, nor any Fernet token the service echoes", async () => {
    const cloud = createFakeCloud();
    const other = 'gAAAAABpYz' + 'x'.repeat(120);
    cloud.reply('GET', 'auth/tokens', { error: { code: 404, title: 'Not Found', message: `Could not find token: ${other}.` } }, { status: 404 });
    const error = await cloud.client.request({ method: 'GET', path: 'auth/tokens', headers: { 'X-Subject-Token': 'plain-secret-token' } }).catch((e: unknown) => e);
    expect(isHttpError(error, 404)).toBe(true);
    const text = `${String(error)} ${JSON.stringify(error)} ${(error as { body?: string }).body ?? ''}`;
    expect(text).not.toContain(other);
    expect((error as { serviceMessage?: string }).serviceMessage).toBe('Could not find token: ***.');
    cloud.reply('GET', 'echo', 'you sent plain-secret-token', { status: 400 });
    const echoed = await cloud.client.request({ method: 'GET', path: 'echo' }, { headers: { 'X-Subject-Token': 'plain-secret-token' } }).catch((e: unknown) => e);
    expect(JSON.stringify(echoed)).not.toContain('plain-secret-token');
    expect((echoed as Error).message).toContain('you sent ***');
  });

  it('a token response without X-Subject-Token is an AuthError', async () => {
    const cloud = createFakeCloud();
    cloud.reply('POST', 'https://identity.fake.test/v3/auth/tokens', { token: { expires_at: '2030-01-01T00:00:00Z' } }, { status: 201 });
    const error = await cloud.provider.authenticate().catch((e: unknown) => e);
    expect(isAuthError(error)).toBe(true);
    expect((error as Error).message).toMatch(/X-Subject-Token/);
  });

  it('the provider never shows a secret in JSON, toString or its token info', async () => {
    const cloud = createFakeCloud();
    await cloud.provider.authenticate();
    const text = `${JSON.stringify(cloud.provider)} ${String(cloud.provider)} ${JSON.stringify(cloud.provider.token)} ${JSON.stringify(cloud.client)}`;
    expect(text).not.toContain('fake-password');
    expect(text).not.toContain('fake-token-1');
    expect(text).toContain('identity.fake.test');
    expect(await cloud.provider.getTokenId()).toBe('fake-token-1');
  });

  it('util.inspect and console.log show the provider and its service clients as their redacted strings', async () => {
    const cloud = createFakeCloud();
    await cloud.provider.authenticate();
    const shown = `${inspect(cloud.provider)} ${inspect(cloud.client)} ${inspect(cloud.client.withMicroversion('2.1'))} ${inspect({ nested: cloud.provider }, { depth: 5 })}`;
    expect(inspect(cloud.provider)).toBe(String(cloud.provider));
    expect(inspect(cloud.client)).toBe(String(cloud.client));
    expect(shown).not.toContain('fake-password');
    expect(shown).not.toContain('fake-token-1');
    expect(Object.keys(cloud.provider)).not.toContain(Symbol.for('nodejs.util.inspect.custom'));
  });

  it('validates options when created', () => {
    expect(() => createProviderClient({ auth: { authUrl: 'http://k/v3' } })).toThrow(/No credentials/);
    expect(() => createProviderClient({ auth: { authUrl: 'http://k/v2.0', token: 't' } })).toThrow(/v2\.0/);
  });
});

describe('bodies that cannot be replayed', () => {
  const stream = (): ReadableStream<Uint8Array> =>
    new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('hello'));
        controller.close();
      },
    });

  it('a consumed stream is never resent after a 401; the error says why', async () => {
    const cloud = createFakeCloud();
    cloud.reply('PUT', 'objects/o', undefined, { status: 201 });
    await cloud.provider.authenticate();
    cloud.revokeTokens();
    const error = await cloud.client.send({ method: 'PUT', path: 'objects/o', body: stream() }).catch((e: unknown) => e);
    expect(isReplayRefusedError(error)).toBe(true);
    expect((error as Error).message).toMatch(/not resent after re-authentication after a 401: the body is a stream/);
    expect(cloud.serviceRequests()).toHaveLength(1);
    expect(cloud.serviceRequests()[0]?.text).toBe('hello');
  });

  it('a body function is called again and replays the whole body', async () => {
    const cloud = createFakeCloud();
    cloud.reply('PUT', 'objects/o', undefined, { status: 201 });
    await cloud.provider.authenticate();
    cloud.revokeTokens();
    const response = await cloud.client.send({ method: 'PUT', path: 'objects/o', body: stream });
    expect(response.status).toBe(201);
    expect(cloud.serviceRequests().map((r) => r.text)).toEqual(['hello', 'hello']);
  });

  it('a stream answered with 503 is not retried (it cannot be resent)', async () => {
    const cloud = createFakeCloud();
    cloud.reply('PUT', 'objects/o', 'busy', { status: 503 });
    const error = await cloud.client.send({ method: 'PUT', path: 'objects/o', body: stream() }).catch((e: unknown) => e);
    expect(isHttpError(error, 503)).toBe(true);
    expect(cloud.serviceRequests()).toHaveLength(1);
  });
});

describe('redirects', () => {
  it('follows a same-origin redirect with the token', async () => {
    const cloud = createFakeCloud();
    cloud.reply('GET', 'old', undefined, { status: 301, headers: { location: '/new' } });
    cloud.reply('GET', 'new', servers);
    expect(await cloud.client.request({ method: 'GET', path: 'old' })).toEqual(servers);
    expect(cloud.lastRequest().headers['x-auth-token']).toBe('fake-token-1');
  });

  it('never sends X-Auth-Token to another origin', async () => {
    const cloud = createFakeCloud();
    cloud.reply('GET', 'download', undefined, { status: 307, headers: { location: 'https://cdn.other.test/blob' } });
    cloud.reply('GET', 'https://cdn.other.test/blob', 'data', { public: true });
    const response = await cloud.client.send({ method: 'GET', path: 'download' });
    expect(await response.text()).toBe('data');
    expect(cloud.lastRequest().url).toBe('https://cdn.other.test/blob');
    expect(cloud.lastRequest().headers['x-auth-token']).toBeUndefined();
  });

  it('turns a 303 after POST into a GET without a body', async () => {
    const cloud = createFakeCloud();
    cloud.reply('POST', 'things', undefined, { status: 303, headers: { location: '/things/1' } });
    cloud.reply('GET', 'things/1', { thing: { id: '1' } });
    expect(await cloud.client.request({ method: 'POST', path: 'things', json: { a: 1 }, unwrap: 'thing' })).toEqual({ id: '1' });
    expect(cloud.lastRequest().method).toBe('GET');
    expect(cloud.lastRequest().text).toBeUndefined();
  });

  it('stops a redirect loop', async () => {
    const cloud = createFakeCloud();
    cloud.reply('GET', 'a', undefined, { status: 302, headers: { location: '/b' } });
    cloud.reply('GET', 'b', undefined, { status: 302, headers: { location: '/a' } });
    const error = await cloud.client.request({ method: 'GET', path: 'a' }).catch((e: unknown) => e);
    expect(isHttpError(error, 302)).toBe(true);
    expect((error as Error).message).toMatch(/more than 10 redirects/);
  });
});

describe('retries', () => {
  it('honours Retry-After on 429 and tells the hook', async () => {
    const retries: RetryEvent[] = [];
    const cloud = createFakeCloud({ provider: { hooks: { onRetry: (event) => retries.push(event) } } });
    cloud.replyOnce('GET', 'servers', 'slow down', { status: 429, headers: { 'retry-after': '0' } });
    cloud.reply('GET', 'servers', servers);
    expect(await cloud.client.request({ method: 'GET', path: 'servers' })).toEqual(servers);
    expect(retries).toEqual([
      { method: 'GET', url: 'https://compute.fake.test/servers', retry: 1, reason: 'status', status: 429, requestId: 'req-fake', delayMs: 0 },
    ]);
  });

  it('retries 503 a bounded number of times, then surfaces the error', async () => {
    const cloud = createFakeCloud({ provider: { retry: { maxRetries: 2, baseDelayMs: 1 } } });
    cloud.reply('GET', 'servers', 'unavailable', { status: 503 });
    const error = await cloud.client.request({ method: 'GET', path: 'servers' }).catch((e: unknown) => e);
    expect(isHttpError(error, 503)).toBe(true);
    expect(cloud.serviceRequests()).toHaveLength(3);
  });

  it('does not wait for a Retry-After beyond the policy’s maximum', async () => {
    const cloud = createFakeCloud({ provider: { retry: { maxDelayMs: 1000 } } });
    cloud.reply('GET', 'servers', 'later', { status: 503, headers: { 'retry-after': '3600' } });
    const error = await cloud.client.request({ method: 'GET', path: 'servers' }).catch((e: unknown) => e);
    expect(isHttpError(error, 503)).toBe(true);
    expect((error as { retryAfterSeconds?: number }).retryAfterSeconds).toBe(3600);
    expect(cloud.serviceRequests()).toHaveLength(1);
  });

  it('a call can opt out', async () => {
    const cloud = createFakeCloud();
    cloud.reply('GET', 'servers', 'slow down', { status: 429, headers: { 'retry-after': '0' } });
    await expect(cloud.client.request({ method: 'GET', path: 'servers' }, { retry: false })).rejects.toThrow(/429/);
    expect(cloud.serviceRequests()).toHaveLength(1);
  });

  it('retries connection errors for idempotent methods only', async () => {
    let calls = 0;
    const cloud = createFakeCloud();
    await cloud.provider.authenticate();
    const failing = async (input: Request | string | URL, init?: RequestInit): Promise<Response> => {
      const url = input instanceof Request ? input.url : String(input);
      if (url.startsWith('https://compute.fake.test/') && calls++ < 1) return Promise.reject(new TypeError('fetch failed', { cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }) }));
      return cloud.fetch(input, init);
    };
    const retries: RetryEvent[] = [];
    const provider = createProviderClient({
      auth: { authUrl: cloud.identityEndpoint, userId: 'u', password: 'p', projectId: 'p1' },
      fetch: failing,
      retry: { baseDelayMs: 1, onRetry: (event) => retries.push(event) },
    });
    cloud.reply('GET', 'servers', servers);
    cloud.reply('POST', 'servers', { server: { id: 'x' } }, { status: 202 });
    expect(await provider.send('https://compute.fake.test/servers', { method: 'GET', path: 'servers' }).then((r) => r.status)).toBe(200);
    expect(retries.map((r) => r.reason)).toEqual(['connection']);
    calls = 0;
    const error = await provider.send('https://compute.fake.test/servers', { method: 'POST', path: 'servers', json: {} }).catch((e: unknown) => e);
    expect(isConnectionError(error)).toBe(true);
    expect((error as Error).message).toBe('POST https://compute.fake.test/servers: connection failed: ECONNREFUSED connect ECONNREFUSED');
    expect(retries).toHaveLength(1);
  });
});

describe('timeouts and aborts', () => {
  it('a timeout is a TimeoutError, distinct from a server error', async () => {
    const cloud = createFakeCloud({ provider: { retry: false } });
    cloud.handle('GET', 'slow', async () => new Promise<never>(() => undefined));
    const error = await cloud.client.request({ method: 'GET', path: 'slow' }, { timeoutMs: 20 }).catch((e: unknown) => e);
    expect(isTimeoutError(error)).toBe(true);
    expect(isHttpError(error)).toBe(false);
  });

  it('an abort surfaces as the signal’s own reason, unwrapped', async () => {
    const cloud = createFakeCloud();
    await cloud.provider.authenticate();
    const controller = new AbortController();
    cloud.handle('GET', 'slow', async () => new Promise<never>(() => undefined));
    const pending = cloud.client.request({ method: 'GET', path: 'slow' }, { signal: controller.signal });
    const reason = new DOMException('stop', 'AbortError');
    controller.abort(reason);
    await expect(pending).rejects.toBe(reason);
  });

  it('an already-aborted signal sends nothing', async () => {
    const cloud = createFakeCloud();
    const controller = new AbortController();
    controller.abort();
    await expect(cloud.client.request({ method: 'GET', path: 'x' }, { signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' });
    expect(cloud.requests).toHaveLength(0);
  });
});

describe('responses that cannot be used', () => {
  it('an HTML page with 200 where JSON was expected is a ResponseError naming the request id', async () => {
    const cloud = createFakeCloud();
    cloud.reply('GET', 'servers', '<html><body>Proxy login</body></html>', { headers: { 'content-type': 'text/html', 'x-openstack-request-id': 'req-html' } });
    const error = await cloud.client.request({ method: 'GET', path: 'servers' }).catch((e: unknown) => e);
    expect(isResponseError(error)).toBe(true);
    expect((error as Error).message).toBe(
      'GET https://compute.fake.test/servers: 200 unusable response: expected JSON, got text/html: <html><body>Proxy login</body></html> (req-html)',
    );
  });

  it('truncated JSON is a ResponseError', async () => {
    const cloud = createFakeCloud();
    cloud.reply('GET', 'servers', '{"servers": [{"id": "s1"', { headers: { 'content-type': 'application/json' } });
    await expect(cloud.client.request({ method: 'GET', path: 'servers' })).rejects.toThrow(/truncated or malformed JSON \(24 bytes\)/);
  });

  it('a body without the expected envelope is a ResponseError, not undefined', async () => {
    const cloud = createFakeCloud();
    cloud.reply('GET', 'servers/s1', { servers: [] });
    await expect(cloud.client.request({ method: 'GET', path: 'servers/s1', unwrap: 'server' })).rejects.toThrow(/no "server" object/);
  });

  it('an unexpected status raises HttpError even when 2xx', async () => {
    const cloud = createFakeCloud();
    cloud.reply('POST', 'servers', { server: {} }, { status: 200 });
    const error = await cloud.client.request({ method: 'POST', path: 'servers', json: {}, expectStatus: [202] }).catch((e: unknown) => e);
    expect(isHttpError(error, 200)).toBe(true);
  });
});

describe('hooks', () => {
  it('see every attempt with secrets redacted', async () => {
    const requests: RequestEvent[] = [];
    const responses: ResponseEvent[] = [];
    const cloud = createFakeCloud({ provider: { hooks: { onRequest: (e) => requests.push(e), onResponse: (e) => responses.push(e) } } });
    cloud.reply('GET', 'servers?temp_url_sig=sig123&name=x', servers, { headers: { 'x-subject-token': 'leak' } });
    await cloud.client.request({ method: 'GET', path: 'servers', query: { temp_url_sig: 'sig123', name: 'x' } });
    expect(requests.map((r) => `${r.method} ${r.url}`)).toEqual([
      'POST https://identity.fake.test/v3/auth/tokens',
      'GET https://compute.fake.test/servers?temp_url_sig=***&name=x',
    ]);
    const all = JSON.stringify({ requests, responses });
    expect(all).not.toContain('fake-password');
    expect(all).not.toContain('fake-token-1');
    expect(all).not.toContain('sig123');
    expect(all).not.toContain('leak');
    expect(requests[1]?.headers['x-auth-token']).toBe('***');
    expect(requests[0]?.json).toMatchObject({ auth: { identity: { password: { user: { password: '***' } } } } });
    expect(responses.map((r) => r.status)).toEqual([201, 200]);
  });
});

describe('an authenticator instead of Keystone', () => {
  const storage = 'https://swift.fake.test/v1/AUTH_x';
  const authenticator = (issued: { count: number }, lifetimeMs = 3_600_000): Authenticator => ({
    method: 'swauth',
    url: 'https://swift.fake.test/auth/v1.0',
    secrets: ['the-key'],
    async authenticate(context) {
      const response = await context.send('https://swift.fake.test/auth/v1.0', { method: 'GET', path: 'https://swift.fake.test/auth/v1.0', headers: { 'X-Auth-Key': 'the-key' } });
      await response.body?.cancel();
      issued.count++;
      return {
        id: `tok-${String(issued.count)}`,
        body: {
          methods: ['swauth'],
          expires_at: new Date(context.now() + lifetimeMs).toISOString(),
          user: { id: 'test:tester' },
          catalog: [{ type: 'object-store', endpoints: [{ interface: 'public', url: storage }] }],
        },
      };
    },
  });

  function fakeFetch(calls: { url: string; token: string | null; key: string | null }[], refuse: Set<string>): FetchFunction {
    return async (input, init) => {
      const request = new Request(input, init);
      calls.push({ url: request.url, token: request.headers.get('x-auth-token'), key: request.headers.get('x-auth-key') });
      if (request.url.endsWith('/auth/v1.0')) return Promise.resolve(new Response(null, { status: 200 }));
      const token = request.headers.get('x-auth-token') ?? '';
      return Promise.resolve(refuse.has(token) ? new Response('<html>401 Unauthorized: the-key tok-1</html>', { status: 401 }) : new Response('[]', { status: 200 }));
    };
  }

  it('gets its token from the authenticator, finds endpoints in its catalog, and reauthenticates after a 401', async () => {
    const issued = { count: 0 };
    const calls: { url: string; token: string | null; key: string | null }[] = [];
    const refuse = new Set<string>();
    const provider = createProviderClient({ authenticator: authenticator(issued), fetch: fakeFetch(calls, refuse) });
    expect(provider.authMethods).toEqual(['swauth']);
    expect(provider.identityEndpoint).toBe('https://swift.fake.test/auth/v1.0');
    expect(await provider.endpointFor({ type: 'object-store' })).toBe(storage);
    const response = await provider.send(`${storage}/c`, { method: 'GET', path: '' });
    expect(await response.text()).toBe('[]');
    expect(calls.map((c) => [c.url, c.token])).toEqual([
      ['https://swift.fake.test/auth/v1.0', null],
      [`${storage}/c`, 'tok-1'],
    ]);
    refuse.add('tok-1');
    await (await provider.send(`${storage}/c`, { method: 'GET', path: '' })).text();
    expect(issued.count).toBe(2);
    expect(calls.at(-1)?.token).toBe('tok-2');
    expect(String(provider)).not.toContain('tok-');
  });

  it('scrubs its secrets and token from errors, and says when it cannot run again', async () => {
    const refuse = new Set(['tok-1']);
    const provider = createProviderClient({
      authenticator: { ...authenticator({ count: 0 }), canReauthenticate: false },
      fetch: fakeFetch([], refuse),
    });
    const error = await provider.send(`${storage}/c`, { method: 'GET', path: '' }).catch((e: unknown) => e);
    expect(isAuthError(error) && error.reason).toBe('cannot-renew');
    expect(String(error)).toContain('swauth authenticator cannot run again');
    const cause = (error as { cause?: unknown }).cause;
    expect(isHttpError(cause, 401) && cause.body).toBe('<html>401 Unauthorized: *** ***</html>');
  });

  it('refuses both auth and an authenticator, or neither', () => {
    expect(() => createProviderClient({ auth: { authUrl: 'https://k.test/v3', token: 't' }, authenticator: authenticator({ count: 0 }) })).toThrow(/not both/);
    expect(() => createProviderClient({})).toThrow(/auth/);
  });
});


describe('isAbortError', () => {
  it("recognises an abort from another realm (a test VM's DOMException fails instanceof Error)", async () => {
    const { runInNewContext } = await import('node:vm');
    const foreign: unknown = runInNewContext("(() => { const e = new Error('aborted'); e.name = 'AbortError'; return e; })()");
    expect(foreign instanceof Error).toBe(false);
    expect(isAbortError(foreign)).toBe(true);
    expect(isAbortError(new Error('x'))).toBe(false);
    expect(isAbortError(null)).toBe(false);
  });
});
