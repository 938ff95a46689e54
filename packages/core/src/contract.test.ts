import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import {
  SDK_VERSION,
  findIdOrName,
  isAbortError,
  isAuthError,
  isHttpError,
  isInvalidInputError,
  isMicroversionError,
  isNameLookupError,
  isResourceStateError,
  isTimeoutError,
  paginate,
  serviceClientOf,
  singlePage,
  waitForDelete,
  waitForStatus,
  type InvalidInputError,
  type NameLookupError,
  type ResourceStateError,
  type RetryEvent,
  type ServiceClientOf,
} from './index.js';
import { segment } from './internal/index.js';
import { ServiceClient } from './service.js';
import { checkOperationContract, createFakeCloud, rejectionOf } from './testing/index.js';

describe('per-service client types', () => {
  it('serviceClientOf accepts a client of the service (by alias too) and refuses another, before any request', () => {
    const cloud = createFakeCloud({ serviceType: 'block-storage' });
    const plain: ServiceClient = cloud.client;
    const volume: ServiceClientOf<'volumev3'> = serviceClientOf(plain, 'volumev3');
    expect(volume).toBe(plain);
    let error: unknown;
    try {
      serviceClientOf(plain, 'compute');
    } catch (e) {
      error = e;
    }
    expect(isInvalidInputError(error)).toBe(true);
    expect((error as InvalidInputError).field).toBe('client');
    expect((error as Error).message).toBe('A compute client is needed, got a client of block-storage (https://block-storage.fake.test/)');
    expect(cloud.requests).toHaveLength(0);
  });

  it('keeps the brand through withMicroversion (a type-level check that also runs)', () => {
    const cloud = createFakeCloud({ serviceType: 'compute', microversion: '2.1' });
    const pinned: ServiceClientOf<'compute'> = cloud.client.withMicroversion('2.90');
    expect(pinned.microversion).toBe('2.90');
    expect(pinned.serviceType).toBe('compute');
  });
});

describe('the User-Agent and the beforeRequest step', () => {
  it('sends openstack-ts/<version> and the runtime, after the application’s own name', async () => {
    const cloud = createFakeCloud({ provider: { userAgent: 'myapp/1.2' } });
    cloud.reply('GET', 'servers', { servers: [] });
    await cloud.client.request({ method: 'GET', path: 'servers' });
    expect(cloud.lastRequest().headers['user-agent']).toBe(`myapp/1.2 openstack-ts/${SDK_VERSION} Node.js/${process.versions.node}`);
    const plain = createFakeCloud();
    plain.reply('GET', 'servers', { servers: [] });
    await plain.client.request({ method: 'GET', path: 'servers' });
    expect(plain.lastRequest().headers['user-agent']).toBe(`openstack-ts/${SDK_VERSION} Node.js/${process.versions.node}`);
  });

  it('SDK_VERSION is the version in package.json', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(SDK_VERSION).toBe(pkg.version);
  });

  it('beforeRequest may add headers to every attempt; it sees the request redacted, never a secret or the token, and cannot replace the token', async () => {
    const seen: string[] = [];
    const cloud = createFakeCloud({
      provider: {
        hooks: {
          beforeRequest: ({ headers, sent, attempt, method }) => {
            seen.push(`${method} ${String(attempt)} ${String('x-auth-token' in sent)} ${sent['x-subject-token'] ?? '-'} ${String(headers.has('accept'))}`);
            headers.set('traceparent', `00-trace-${String(attempt)}`);
            headers.set('X-Auth-Token', 'hijacked');
          },
        },
      },
    });
    cloud.reply('GET', 'auth/tokens', { token: {} });
    await cloud.client.request({ method: 'GET', path: 'auth/tokens', headers: { 'X-Subject-Token': 'another-users-token' } });
    const request = cloud.lastRequest();
    expect(request.headers.traceparent).toBe('00-trace-1');
    expect(request.headers['x-auth-token']).toMatch(/^fake-token-/);
    expect(request.headers['x-subject-token']).toBe('another-users-token');
    expect(seen).toEqual(['POST 1 false - false', 'GET 1 false *** false']);
    expect(seen.join(' ')).not.toContain('another-users-token');
  });
});

describe('per-service retry rules (retryIf)', () => {
  const locked = { error_message: JSON.stringify({ faultstring: 'Node 7d8 is locked by host conductor-1, please retry after the current operation is completed.', debuginfo: null }) };

  it('retries the answers a client’s rule names, with backoff, and reports them as reason "rule"', async () => {
    const cloud = createFakeCloud({ serviceType: 'baremetal' });
    cloud.replyOnce('PUT', 'nodes/n1/states/power', locked, { status: 409 });
    cloud.reply('PUT', 'nodes/n1/states/power', undefined, { status: 202 });
    const retries: RetryEvent[] = [];
    const client = new ServiceClient({
      provider: cloud.provider,
      serviceType: 'baremetal',
      endpoint: cloud.serviceEndpoint,
      retry: { retryIf: (answer) => answer.status === 409 && (answer.serviceMessage ?? '').includes('is locked by host'), onRetry: (event) => retries.push(event) },
    });
    await client.execute({ method: 'PUT', path: 'nodes/n1/states/power', json: { target: 'power on' }, expectStatus: [202] });
    expect(retries.map((event) => [event.reason, event.status])).toEqual([['rule', 409]]);
    expect(cloud.serviceRequests()).toHaveLength(2);
  });

  it('raises the answer as an HttpError when the rule declines it, and a call may turn retries off', async () => {
    const cloud = createFakeCloud({ serviceType: 'baremetal' });
    cloud.reply('PUT', 'nodes/n1/states/power', locked, { status: 409, headers: { 'x-openstack-request-id': 'req-409' } });
    const client = new ServiceClient({ provider: cloud.provider, serviceType: 'baremetal', endpoint: cloud.serviceEndpoint, retry: { retryIf: () => true, maxRetries: 2 } });
    const error = await client.execute({ method: 'PUT', path: 'nodes/n1/states/power', expectStatus: [202] }, { retry: false }).catch((e: unknown) => e);
    expect(isHttpError(error, 409)).toBe(true);
    expect(cloud.serviceRequests()).toHaveLength(1);
    const declined = new ServiceClient({ provider: cloud.provider, serviceType: 'baremetal', endpoint: cloud.serviceEndpoint, retry: { retryIf: () => false } });
    const second = await declined.execute({ method: 'PUT', path: 'nodes/n1/states/power', expectStatus: [202] }).catch((e: unknown) => e);
    expect(isHttpError(second, 409)).toBe(true);
    expect((second as { requestId?: string }).requestId).toBe('req-409');
    expect(cloud.serviceRequests()).toHaveLength(2);
  });
});

describe('timeouts and aborts are recognisable', () => {
  it('isTimeoutError is true for AbortSignal.timeout() firing, isAbortError for a custom reason given its signal', async () => {
    const cloud = createFakeCloud();
    cloud.handle('GET', 'slow', async () => new Promise<never>(() => undefined));
    await cloud.provider.authenticate();
    const timedOut = await cloud.client.request({ method: 'GET', path: 'slow' }, { signal: AbortSignal.timeout(20) }).catch((e: unknown) => e);
    expect(isTimeoutError(timedOut)).toBe(true);
    expect(isAbortError(timedOut)).toBe(false);

    const controller = new AbortController();
    const reason = new Error('user pressed stop');
    const pending = cloud.client.request({ method: 'GET', path: 'slow' }, { signal: controller.signal }).catch((e: unknown) => e);
    controller.abort(reason);
    const aborted = await pending;
    expect(aborted).toBe(reason);
    expect(isAbortError(aborted, controller.signal)).toBe(true);
    expect(isAbortError(aborted)).toBe(false);
    expect(isTimeoutError(aborted)).toBe(false);
  });
});

describe('lazy listings', () => {
  it('a spec function runs when iteration starts, so its refusal rejects the iteration, not the call', async () => {
    const cloud = createFakeCloud();
    const listing = paginate(cloud.client, () => ({ path: `servers/${segment('', 'serverId')}/tags`, itemsKey: 'tags', strategy: singlePage() }));
    const error = await rejectionOf(listing);
    expect(isInvalidInputError(error)).toBe(true);
    expect((error as InvalidInputError).field).toBe('serverId');
    expect(cloud.requests).toHaveLength(0);
  });
});

describe('findIdOrName', () => {
  const flavors = [{ id: 'f1', name: 'm1.tiny' }, { id: 'f2', name: 'm1.small' }, { id: 'f3', name: 'm1.small' }];
  const get = async (id: string): Promise<unknown> => {
    const found = flavors.find((flavor) => flavor.id === id);
    if (found !== undefined) return found;
    const cloud = createFakeCloud();
    cloud.reply('GET', `flavors/${id}`, { itemNotFound: { code: 404, message: 'Flavor could not be found.' } }, { status: 404 });
    return cloud.client.request({ method: 'GET', path: `flavors/${id}` });
  };
  async function* list(): AsyncGenerator<{ id: string; name: string }> {
    yield* flavors;
  }

  it('matches an ID first, then a unique name, and says which', async () => {
    expect(await findIdOrName({ nameOrId: 'f1', what: 'flavor', get, list })).toEqual({ id: 'f1', matchedBy: 'id' });
    expect(await findIdOrName({ nameOrId: 'm1.tiny', what: 'flavor', get, list })).toEqual({ id: 'f1', matchedBy: 'name' });
  });

  it('rejects an ambiguous or unknown name with NameLookupError, and an empty input with InvalidInputError', async () => {
    const ambiguous = await rejectionOf(findIdOrName({ nameOrId: 'm1.small', what: 'flavor', get, list }));
    expect(isNameLookupError(ambiguous)).toBe(true);
    expect((ambiguous as NameLookupError).matches).toEqual(['f2', 'f3']);
    const unknown = await rejectionOf(findIdOrName({ nameOrId: 'm9', what: 'flavor', get, list }));
    expect(isNameLookupError(unknown)).toBe(true);
    const empty = await rejectionOf(async () => findIdOrName({ nameOrId: '', what: 'flavor', get, list }));
    expect(isInvalidInputError(empty)).toBe(true);
  });
});

describe('waitForStatus and waitForDelete', () => {
  it('polls until a wanted status, showing each poll, and fails fast with the resource’s fault', async () => {
    const states = ['BUILD', 'BUILD', 'ACTIVE'];
    const polled: string[] = [];
    const server = await waitForStatus({
      resource: 'server', id: 's1', wanted: 'ACTIVE', intervalMs: 0,
      get: async () => ({ status: states.shift() ?? 'ACTIVE' }),
      statusOf: (s) => s.status,
      onPoll: (s) => polled.push(s.status),
    });
    expect(server.status).toBe('ACTIVE');
    expect(polled).toEqual(['BUILD', 'BUILD', 'ACTIVE']);

    const error = await rejectionOf(waitForStatus({
      resource: 'server', id: 's2', wanted: ['ACTIVE'], failOn: ['ERROR'], intervalMs: 0,
      get: async () => ({ status: 'ERROR', fault: { message: 'No valid host was found.' } }),
      statusOf: (s) => s.status,
      faultOf: (s) => s.fault.message,
    }));
    expect(isResourceStateError(error)).toBe(true);
    expect((error as ResourceStateError).reason).toBe('No valid host was found.');
    expect((error as Error).message).toBe('server s2 went to ERROR while waiting for ACTIVE: No valid host was found.');
  });

  it('waitForDelete ends at a 404 or a gone status, fails on failOn, and times out naming the resource', async () => {
    const cloud = createFakeCloud();
    cloud.replyOnce('GET', 'servers/s1', { server: { status: 'ACTIVE' } });
    cloud.reply('GET', 'servers/s1', { itemNotFound: { code: 404, message: 'gone' } }, { status: 404 });
    await waitForDelete({
      resource: 'server', id: 's1', intervalMs: 0,
      get: async (signal) => cloud.client.request<{ status: string }>({ method: 'GET', path: 'servers/s1', unwrap: 'server' }, { signal }),
    });
    expect(cloud.serviceRequests()).toHaveLength(2);
    await waitForDelete({ resource: 'server', id: 's2', intervalMs: 0, get: async () => ({ status: 'DELETED' }), statusOf: (s) => s.status, gone: ['DELETED'] });
    const failed = await rejectionOf(waitForDelete({ resource: 'volume', id: 'v1', intervalMs: 0, get: async () => ({ status: 'error_deleting' }), statusOf: (s) => s.status, failOn: ['error_deleting'] }));
    expect((failed as Error).message).toBe('volume v1 went to error_deleting while waiting for deletion');
    const late = await rejectionOf(waitForDelete({ resource: 'port', id: 'p1', intervalMs: 1, timeoutMs: 10, get: async () => ({}) }));
    expect(isTimeoutError(late)).toBe(true);
    expect((late as Error).message).toBe('port p1 to be deleted: no result within 10 ms');
  });
});

describe('checkOperationContract and rejectionOf', () => {
  it('reports exports that throw synchronously or return neither a promise nor a listing', async () => {
    const cloud = createFakeCloud();
    const module = {
      good: async (client: ServiceClient, id: unknown) => client.request({ method: 'GET', path: `servers/${segment(id as string)}` }),
      goodList: (client: ServiceClient) => paginate(client, () => ({ path: 'servers', itemsKey: 'servers', strategy: singlePage() })),
      throws: (_client: ServiceClient, id: unknown) => segment(id as string),
      plain: () => 42,
      helper: () => 'skipped',
      Constant: class Constant { readonly x = 1; },
    };
    const violations = await checkOperationContract(module, cloud.client, { skip: ['helper'] });
    expect(violations.map((v) => v.name)).toEqual(['throws', 'plain']);
    expect(violations[0]?.problem).toMatch(/^threw synchronously for \(client, \): InvalidInputError/);
    expect(violations[1]?.problem).toBe('returned number, not a promise or a listing');
  });

  it('rejectionOf fails on a synchronous throw and on success', async () => {
    const sync = await rejectionOf(rejectionOf(() => segment('')));
    expect((sync as Error).message).toMatch(/threw synchronously/);
    const resolved = await rejectionOf(rejectionOf(Promise.resolve(1)));
    expect((resolved as Error).message).toBe('The operation succeeded: a rejection was expected');
  });

  it('a refused password rejects authenticate() with AuthError "rejected" (used by every package’s acceptance tests)', async () => {
    const cloud = createFakeCloud();
    cloud.reply('POST', 'https://identity.fake.test/v3/auth/tokens', { error: { code: 401, message: 'The request you have made requires authentication.' } }, { status: 401 });
    const error = await rejectionOf(cloud.provider.authenticate());
    expect(isAuthError(error)).toBe(true);
    expect(isMicroversionError(error)).toBe(false);
  });
});
