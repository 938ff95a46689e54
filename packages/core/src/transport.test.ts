import { describe, expect, it } from '@jest/globals';
import { isConnectionError, isInvalidInputError, isResponseError, isTimeoutError, type ConnectionError, type FetchFunction, type TimeoutError } from './index.js';
import { createProviderClient } from './provider.js';
import { ServiceClient } from './service.js';
import { createFakeCloud, rejectionOf, type FakeCloud } from './testing/index.js';

/** What a fetch was called with. */
interface Call {
  input: Request | string | URL;
  init: RequestInit | undefined;
}

const DIRECT = Symbol.for('openstack-ts.fetch.direct');

/** A client on the fake cloud whose fetch records its calls, marked for direct calls or not. */
function clientWith(cloud: FakeCloud, direct: boolean, respond: FetchFunction = cloud.fetch): { client: ServiceClient; calls: Call[] } {
  const calls: Call[] = [];
  const fetchFn: FetchFunction = async (input, init) => {
    calls.push({ input, init });
    return respond(input, init);
  };
  if (direct) Object.assign(fetchFn, { [DIRECT]: true });
  const provider = createProviderClient({
    auth: { authUrl: cloud.identityEndpoint, username: 'demo', userDomainName: 'Default', password: 'fake-password', projectName: 'demo', projectDomainName: 'Default' },
    fetch: fetchFn,
    retry: false,
  });
  return { client: new ServiceClient({ provider, serviceType: 'compute', endpoint: cloud.serviceEndpoint }), calls };
}

describe('the fetch core calls', () => {
  it('gets a URL string and an init, not a Request', async () => {
    const cloud = createFakeCloud();
    cloud.reply('GET', 'servers?limit=1', { servers: [] });
    const { client, calls } = clientWith(cloud, true);
    expect(await client.request({ method: 'GET', path: 'servers', query: { limit: 1 } })).toEqual({ servers: [] });
    const call = calls.at(-1);
    expect(call?.input).toBe('https://compute.fake.test/servers?limit=1');
    expect(call?.init?.method).toBe('GET');
    expect(call?.init?.redirect).toBe('manual');
    expect(call?.init?.body).toBeNull();
    expect('signal' in (call?.init ?? {})).toBe(false);
    // A record of lower-case names: in Node, a platform Headers would load undici.
    expect(call?.init?.headers).toMatchObject({ accept: 'application/json', 'x-auth-token': 'fake-token-1' });
  });

  it('and so does any other fetch: core calls fetch directly, never with a Request', async () => {
    const cloud = createFakeCloud();
    cloud.reply('GET', 'servers', { servers: [] });
    const { client, calls } = clientWith(cloud, false);
    await client.request({ method: 'GET', path: 'servers' });
    expect(calls.every((call) => typeof call.input === 'string')).toBe(true);
    expect(calls.at(-1)?.input).toBe('https://compute.fake.test/servers');
  });

  it('refuses a header that cannot be sent before anything is sent, naming the header and not its value', async () => {
    const cloud = createFakeCloud();
    cloud.reply('GET', 'servers', { servers: [] });
    const badValue = await rejectionOf(cloud.client.request({ method: 'GET', path: 'servers', headers: { 'X-Trace': 'secret\r\nX-Evil: 1' } }));
    expect(isInvalidInputError(badValue)).toBe(true);
    expect(badValue).toMatchObject({ field: 'headers' });
    expect((badValue as Error).message).toMatch(/X-Trace/);
    expect((badValue as Error).message).not.toMatch(/secret/);
    const badName = await rejectionOf(cloud.client.request({ method: 'GET', path: 'servers' }, { headers: { 'X Bad': 'v' } }));
    expect(isInvalidInputError(badName)).toBe(true);
    expect(badName).toMatchObject({ field: 'headers' });
    expect(cloud.requests).toHaveLength(0);
    // Names of any case reach fetch lower-cased, the last spelling winning; values trimmed.
    await cloud.client.request({ method: 'GET', path: 'servers', headers: { 'X-Trace': ' a ' } }, { headers: { 'x-trace': 'b' } });
    expect(cloud.lastRequest().headers['x-trace']).toBe('b');
  });

  it('sends a JSON body as its text, with its content type', async () => {
    const cloud = createFakeCloud();
    cloud.reply('POST', 'servers', { server: { id: 'x' } }, { status: 202 });
    const { client, calls } = clientWith(cloud, true);
    await client.request({ method: 'POST', path: 'servers', json: { server: { name: 'a' } } });
    const init = calls.at(-1)?.init;
    expect(init?.body).toBe('{"server":{"name":"a"}}');
    expect(init?.headers).toMatchObject({ 'content-type': 'application/json' });
    expect(cloud.lastRequest().json).toEqual({ server: { name: 'a' } });
  });

  it('hands a stream body over as it is, half duplex', async () => {
    const cloud = createFakeCloud();
    cloud.reply('PUT', 'objects/o', undefined, { status: 201 });
    const { client, calls } = clientWith(cloud, true);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('streamed'));
        controller.close();
      },
    });
    const response = await client.send({ method: 'PUT', path: 'objects/o', body: stream });
    expect(response.status).toBe(201);
    const init = calls.at(-1)?.init as RequestInit & { duplex?: string };
    expect(init.body).toBe(stream);
    expect(init.duplex).toBe('half');
    expect(cloud.lastRequest().text).toBe('streamed');
  });

  it('re-authenticates after a 401 and follows redirects', async () => {
    const cloud = createFakeCloud();
    cloud.reply('GET', 'old', undefined, { status: 301, headers: { location: 'https://compute.fake.test/new' } });
    cloud.reply('GET', 'new', { ok: true });
    const { client } = clientWith(cloud, true);
    await client.provider.authenticate();
    cloud.revokeTokens();
    expect(await client.request({ method: 'GET', path: 'old' })).toEqual({ ok: true });
    expect(cloud.tokenRequests).toBe(2);
    expect(cloud.serviceRequests().map((r) => `${r.method} ${r.path} ${r.headers['x-auth-token'] ?? ''}`)).toEqual([
      'GET old fake-token-1',
      'GET old fake-token-2',
      'GET new fake-token-2',
    ]);
  });

  it('times out waiting for the answer with a TimeoutError', async () => {
    const cloud = createFakeCloud();
    cloud.handle('GET', 'slow', async () => new Promise<never>(() => undefined));
    const { client } = clientWith(cloud, true);
    const error = await client.request({ method: 'GET', path: 'slow' }, { timeoutMs: 20 }).catch((e: unknown) => e);
    expect(isTimeoutError(error)).toBe(true);
    expect((error as Error).message).toMatch(/GET https:\/\/compute\.fake\.test\/slow/);
  });

  it('times out a body that stalls after the headers when the answer is read whole (timeoutMs bounds the attempt)', async () => {
    const cloud = createFakeCloud();
    const { client } = clientWith(cloud, true);
    cloud.handle('GET', 'stall', () => new Response(new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"servers": ['));
      },
    }), { status: 200, headers: { 'x-openstack-request-id': 'req-stall' } }));
    const error = await client.request({ method: 'GET', path: 'stall' }, { timeoutMs: 50 }).catch((e: unknown) => e);
    expect(isTimeoutError(error)).toBe(true);
    expect((error as TimeoutError).timeoutMs).toBe(50);
    expect((error as Error).message).toBe('GET https://compute.fake.test/stall: no result within 50 ms');
  });

  it('gives a streamed download an idle timeout: a slow body that keeps coming is read, a stall errors the stream', async () => {
    const cloud = createFakeCloud();
    const { client } = clientWith(cloud, true);
    const chunks = (stallAfter: number): Response => {
      let sent = 0;
      return new Response(new ReadableStream<Uint8Array>({
        async pull(controller) {
          if (sent === stallAfter) return new Promise<void>(() => undefined);
          await new Promise((resolve) => setTimeout(resolve, 15));
          controller.enqueue(new TextEncoder().encode(`c${String(sent++)}`));
          if (sent === 6) controller.close();
        },
      }, { highWaterMark: 0 }), { status: 200 });
    };
    cloud.handle('GET', 'slow', () => chunks(-1));
    cloud.handle('GET', 'stalls', () => chunks(2));
    // Six chunks 15 ms apart take longer than the 40 ms timeout in all, but none is 40 ms late.
    const slow = await client.send({ method: 'GET', path: 'slow', streamResponse: true }, { timeoutMs: 40 });
    expect(await new Response(slow.body).text()).toBe('c0c1c2c3c4c5');
    const stalled = await client.send({ method: 'GET', path: 'stalls', streamResponse: true }, { timeoutMs: 40 });
    const error = await new Response(stalled.body).text().catch((e: unknown) => e);
    expect(isTimeoutError(error)).toBe(true);
    expect((error as Error).message).toBe('GET https://compute.fake.test/stalls (reading the body): no result within 40 ms');
  });

  it('a connection reset while a JSON answer is read is a ConnectionError, and an idempotent request is retried for it', async () => {
    const cloud = createFakeCloud();
    let calls = 0;
    cloud.handle('GET', 'servers', () => {
      calls++;
      if (calls > 1) return { body: { servers: [{ id: 's1' }] } };
      return new Response(new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('{"servers": [{"id"'));
          controller.error(Object.assign(new TypeError('terminated'), { cause: Object.assign(new Error('other side closed'), { code: 'UND_ERR_SOCKET' }) }));
        },
      }), { status: 200 });
    });
    const provider = createProviderClient({
      auth: { authUrl: cloud.identityEndpoint, username: 'demo', userDomainName: 'Default', password: 'fake-password', projectName: 'demo', projectDomainName: 'Default' },
      fetch: cloud.fetch,
      retry: { baseDelayMs: 1 },
    });
    const client = new ServiceClient({ provider, serviceType: 'compute', endpoint: cloud.serviceEndpoint });
    const retries: unknown[] = [];
    expect(await client.request({ method: 'GET', path: 'servers' }, { retry: { onRetry: (event) => retries.push(event.reason) } })).toEqual({ servers: [{ id: 's1' }] });
    expect(calls).toBe(2);
    expect(retries).toEqual(['connection']);
  });

  it('a reset while the answer to a POST is read is not retried, and says the request may have been applied', async () => {
    const cloud = createFakeCloud();
    let calls = 0;
    cloud.handle('POST', 'servers', () => {
      calls++;
      return new Response(new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('{"server": {'));
          controller.error(new TypeError('terminated'));
        },
      }), { status: 202 });
    });
    const { client } = clientWith(cloud, true);
    const error = await client.request({ method: 'POST', path: 'servers', json: {} }, { retry: { maxRetries: 3 } }).catch((e: unknown) => e);
    expect(calls).toBe(1);
    expect(isConnectionError(error)).toBe(true);
    expect((error as ConnectionError).whileReading).toBe(true);
    expect((error as Error).message).toBe(
      'POST https://compute.fake.test/servers: the connection was lost while reading the 202 answer (the request may have been applied: check before sending it again): terminated',
    );
  });

  it('an empty 200 where JSON is expected is a ResponseError naming the request, never undefined', async () => {
    const cloud = createFakeCloud();
    cloud.reply('GET', 'os-server-password', '', { headers: { 'x-openstack-request-id': 'req-empty' } });
    const { client } = clientWith(cloud, true);
    const error = await client.request({ method: 'GET', path: 'os-server-password' }).catch((e: unknown) => e);
    expect(isResponseError(error)).toBe(true);
    expect((error as Error).message).toBe('GET https://compute.fake.test/os-server-password: 200 unusable response: empty body where JSON was expected (req-empty)');
  });

  it('rejects with the signal’s own reason on abort, with or without a timeout', async () => {
    const cloud = createFakeCloud();
    cloud.handle('GET', 'slow', async () => new Promise<never>(() => undefined));
    const { client } = clientWith(cloud, true);
    await client.provider.authenticate();
    for (const timeoutMs of [undefined, 60_000]) {
      const controller = new AbortController();
      const pending = client.request({ method: 'GET', path: 'slow' }, { signal: controller.signal, timeoutMs });
      const reason = new DOMException('stop', 'AbortError');
      controller.abort(reason);
      await expect(pending).rejects.toBe(reason);
    }
  });

  it('turns a failed fetch into a ConnectionError naming the cause', async () => {
    const cloud = createFakeCloud();
    const refuse: FetchFunction = async (input, init) => {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      if (url.startsWith(cloud.identityEndpoint)) return cloud.fetch(input, init);
      return Promise.reject(new TypeError('fetch failed', { cause: Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' }) }));
    };
    const { client } = clientWith(cloud, true, refuse);
    const error = await client.request({ method: 'GET', path: 'servers' }).catch((e: unknown) => e);
    expect(isConnectionError(error)).toBe(true);
    expect((error as Error).message).toBe('GET https://compute.fake.test/servers: connection failed: ECONNREFUSED connect ECONNREFUSED 127.0.0.1:1');
  });
});
