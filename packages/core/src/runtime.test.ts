import { afterEach, describe, expect, it } from '@jest/globals';
import { isConnectionError, isResponseError, type ConnectionError, type FetchFunction, type ResponseError } from './index.js';
import { createProviderClient } from './provider.js';
import { canStreamRequestBodies, detectRuntime, userAgentFor } from './runtime.js';
import { ServiceClient } from './service.js';
import { createFakeCloud, type FakeCloud } from './testing/index.js';

/** A client on the fake cloud's identity and endpoint, whose requests go through `fetchFn`. */
function clientWith(cloud: FakeCloud, fetchFn: FetchFunction): ServiceClient {
  const provider = createProviderClient({
    auth: { authUrl: cloud.identityEndpoint, username: 'demo', userDomainName: 'Default', password: 'fake-password', projectName: 'demo', projectDomainName: 'Default' },
    fetch: fetchFn,
    retry: false,
  });
  return new ServiceClient({ provider, serviceType: 'compute', endpoint: cloud.serviceEndpoint });
}

const node = { process: { versions: { node: '20.20.2' } } };
const deno = { Deno: { version: { deno: '2.5.0' } }, process: { versions: { node: '22.0.0' } } };
const bun = { Bun: { version: '1.3.0' }, process: { versions: { node: '24.3.0' } } };
const page = { document: {} };
const worker = { importScripts: () => undefined };
const electronRenderer = { document: {}, process: { versions: { node: '22.0.0' } } };

describe('detectRuntime', () => {
  it('tells Node, Deno, Bun, pages and workers apart by their own markers', () => {
    expect(detectRuntime(node)).toBe('node');
    expect(detectRuntime(deno)).toBe('deno');
    expect(detectRuntime(bun)).toBe('bun');
    expect(detectRuntime(page)).toBe('browser');
    expect(detectRuntime(worker)).toBe('browser');
    expect(detectRuntime(electronRenderer)).toBe('browser');
    expect(detectRuntime({})).toBe('unknown');
    expect(detectRuntime()).toBe('node');
  });
});

describe('User-Agent', () => {
  it('names the SDK and the runtime after the application in Node, Deno and Bun', () => {
    expect(userAgentFor('myapp/1.2', '0.1.0', node)).toBe('myapp/1.2 openstack-ts/0.1.0 Node.js/20.20.2');
    expect(userAgentFor(undefined, '0.1.0', deno)).toBe('openstack-ts/0.1.0 Deno/2.5.0');
    expect(userAgentFor('  ', '0.1.0', bun)).toBe('openstack-ts/0.1.0 Bun/1.3.0');
  });

  it('is not sent in browsers, workers or unknown runtimes, even with an application name', () => {
    for (const g of [page, worker, electronRenderer, {}]) expect(userAgentFor('myapp/1.2', '0.1.0', g)).toBeUndefined();
  });
});

describe('canStreamRequestBodies', () => {
  it('is true in Node, Deno and Bun, false in browsers and unknown runtimes', () => {
    expect([node, deno, bun].map((g) => canStreamRequestBodies(g))).toEqual([true, true, true]);
    expect([page, worker, electronRenderer, {}].map((g) => canStreamRequestBodies(g))).toEqual([false, false, false, false]);
  });
});

/** Runs with a `document` global, as in a page; restored after each test. */
function asInBrowser(): void {
  Object.assign(globalThis, { document: {} });
}
afterEach(() => {
  delete (globalThis as { document?: unknown }).document;
});

describe('in a browser', () => {
  it('sends no User-Agent (the browser sends its own; a custom one would need a CORS preflight allowance)', async () => {
    asInBrowser();
    const cloud = createFakeCloud({ provider: { userAgent: 'myapp/1.2' } });
    cloud.reply('GET', 'servers', { servers: [] });
    await cloud.client.request({ method: 'GET', path: 'servers' });
    expect(cloud.lastRequest().headers['user-agent']).toBeUndefined();
    expect(cloud.requests.every((request) => !('user-agent' in request.headers))).toBe(true);
  });

  it('refuses an opaque redirect (what fetch gives for redirect: manual in browsers) with a ResponseError, and does not follow it', async () => {
    const cloud = createFakeCloud();
    cloud.reply('GET', 'servers', { servers: [] });
    let calls = 0;
    const opaque: FetchFunction = async (input, init) => {
      if ((typeof input === 'string' ? input : input instanceof URL ? input.href : input.url).endsWith('/servers')) {
        calls++;
        const response = new Response(null, { status: 200 });
        Object.defineProperties(response, { status: { value: 0 }, type: { value: 'opaqueredirect' } });
        return response;
      }
      return cloud.fetch(input, init);
    };
    const client = clientWith(cloud, opaque);
    const error = await client.request({ method: 'GET', path: 'servers' }).catch((e: unknown) => e);
    expect(isResponseError(error)).toBe(true);
    expect((error as ResponseError).status).toBe(0);
    expect((error as Error).message).toMatch(/^GET https:\/\/compute\.fake\.test\/servers: 0 unusable response: a redirect, whose target the browser hides, so it is not followed: use the final URL/);
    expect(calls).toBe(1);
  });

  it('says that a streamed body is the likely cause when fetch fails one with a bare network error', async () => {
    asInBrowser();
    const cloud = createFakeCloud();
    const failing: FetchFunction = async (input, init) => {
      if (init?.body instanceof ReadableStream) throw new TypeError('Failed to fetch');
      return cloud.fetch(input, init);
    };
    const client = clientWith(cloud, failing);
    const body = new ReadableStream<Uint8Array>({ start: (c) => { c.enqueue(new Uint8Array(3)); c.close(); } });
    const error = await client.send({ method: 'PUT', path: 'objects/o', body }).catch((e: unknown) => e);
    expect(isConnectionError(error)).toBe(true);
    expect((error as ConnectionError).message).toBe(
      'PUT https://compute.fake.test/objects/o: connection failed: Failed to fetch (a stream body, which browsers send only over HTTP/2 if at all: send a Blob)',
    );
  });

  it('in Node the same failure is a plain connection error', async () => {
    const cloud = createFakeCloud();
    const failing: FetchFunction = async (input, init) => {
      if (init?.body instanceof ReadableStream) throw new TypeError('fetch failed');
      return cloud.fetch(input, init);
    };
    const client = clientWith(cloud, failing);
    const body = new ReadableStream<Uint8Array>({ start: (c) => { c.close(); } });
    const error = await client.send({ method: 'PUT', path: 'objects/o', body }).catch((e: unknown) => e);
    expect((error as ConnectionError).message).toBe('PUT https://compute.fake.test/objects/o: connection failed: fetch failed');
  });
});
