import { spawnSync } from 'node:child_process';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer, type Server as HttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createProviderClient, isInvalidInputError, isTimeoutError, ServiceClient, type InvalidInputError } from './index.js';
import { createNodeFetch, type NodeFetchFunction } from './node-fetch.js';
import { rejectionOf } from './testing/index.js';

/** What the test server saw of the last request. */
interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

let server: Server;
let base: string;
let last: Seen | undefined;
const fetches: NodeFetchFunction[] = [];

function nodeFetch(...args: Parameters<typeof createNodeFetch>): NodeFetchFunction {
  const created = createNodeFetch(...args);
  fetches.push(created);
  return created;
}

function route(req: IncomingMessage, res: ServerResponse, body: string): void {
  const path = req.url ?? '/';
  if (path === '/json') {
    res.writeHead(200, { 'content-type': 'application/json', 'set-cookie': ['a=1', 'b=2'], 'x-openstack-request-id': 'req-1' });
    res.end('{"hello":"world"}');
  } else if (path === '/echo') {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ method: req.method, length: req.headers['content-length'] ?? null, chunked: req.headers['transfer-encoding'] === 'chunked', type: req.headers['content-type'] ?? null, body }));
  } else if (path === '/chunked') {
    res.writeHead(200, { 'content-type': 'application/octet-stream' });
    res.write('part one, ');
    setTimeout(() => res.end('part two'), 5);
  } else if (path === '/empty') {
    res.writeHead(204);
    res.end();
  } else if (path === '/moved') {
    res.writeHead(302, { location: '/json' });
    res.end('moved');
  } else if (path === '/slow') {
    const timer = setTimeout(() => res.end('{}'), 2_000);
    res.on('close', () => {
      clearTimeout(timer);
    });
  } else if (path === '/trickle') {
    res.writeHead(200, { 'content-length': '8' });
    res.write('1234');
  } else if (path === '/v3/auth/tokens') {
    const now = Date.now();
    res.writeHead(201, { 'content-type': 'application/json', 'x-subject-token': 'node-token' });
    res.end(JSON.stringify({ token: { methods: ['password'], issued_at: new Date(now).toISOString(), expires_at: new Date(now + 3_600_000).toISOString(), user: { id: 'u' }, catalog: [] } }));
  } else if (path === '/compute/servers') {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ servers: [{ id: 's1', token: req.headers['x-auth-token'] }] }));
  } else {
    res.writeHead(404);
    res.end('no');
  }
}

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString();
      last = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body };
      route(req, res, body);
    });
  });
  await new Promise<void>((resolve) => {
    server.listen(0, '127.0.0.1', resolve);
  });
  base = `http://127.0.0.1:${String((server.address() as AddressInfo).port)}`;
});

afterAll(async () => {
  await Promise.all(fetches.map(async (f) => f.close()));
  server.closeAllConnections();
  await new Promise<void>((resolve) => {
    server.close(() => {
      resolve();
    });
  });
});

describe('createNodeFetch', () => {
  it('answers with the platform Response’s interface: status, headers, url and a JSON body read once', async () => {
    const response = await nodeFetch()(`${base}/json`);
    // Not the platform's classes: in Node, making a Response or a Headers loads undici.
    expect(response).not.toBeInstanceOf(Response);
    expect(response.headers).not.toBeInstanceOf(Headers);
    expect(response.type).toBe('basic');
    expect(response.redirected).toBe(false);
    expect(response.status).toBe(200);
    expect(response.ok).toBe(true);
    expect(response.url).toBe(`${base}/json`);
    expect(response.headers.get('x-openstack-request-id')).toBe('req-1');
    expect(response.headers.getSetCookie()).toEqual(['a=1', 'b=2']);
    expect(response.bodyUsed).toBe(false);
    const copy = response.clone();
    expect(await response.json()).toEqual({ hello: 'world' });
    expect(response.bodyUsed).toBe(true);
    await expect(response.text()).rejects.toMatchObject({ name: 'TypeError', message: expect.stringMatching(/already been read/) as unknown });
    expect(await copy.text()).toBe('{"hello":"world"}');
  });

  it('has headers like a fetch response’s: any case, sorted, joined, immutable, copyable into a platform Headers', async () => {
    const response = await nodeFetch()(`${base}/json`);
    const headers = response.headers;
    expect(headers.get('X-OpenStack-Request-ID')).toBe('req-1');
    expect(headers.has('CONTENT-TYPE')).toBe(true);
    expect(headers.get('absent')).toBeNull();
    expect(headers.has('absent')).toBe(false);
    const names = [...headers.keys()];
    expect(names).toEqual([...names].sort());
    expect(names).toEqual([...new Headers(headers).keys()]);
    expect(names).toContain('x-openstack-request-id');
    expect(headers.get('set-cookie')).toBe('a=1, b=2');
    expect([...headers].filter(([name]) => name === 'set-cookie')).toEqual([
      ['set-cookie', 'a=1'],
      ['set-cookie', 'b=2'],
    ]);
    expect([...headers.values()]).toEqual([...headers.entries()].map(([, value]) => value));
    const seen: string[] = [];
    headers.forEach((_value, name, parent) => {
      seen.push(name);
      expect(parent).toBe(headers);
    });
    expect(seen).toEqual(names);
    expect(() => {
      headers.set('x-a', 'b');
    }).toThrow(TypeError);
    expect(() => {
      headers.append('x-a', 'b');
    }).toThrow(TypeError);
    expect(() => {
      headers.delete('content-type');
    }).toThrow(TypeError);
    const copy = new Headers(headers);
    expect(copy.get('x-openstack-request-id')).toBe('req-1');
    expect(copy.getSetCookie()).toEqual(['a=1', 'b=2']);
  });

  it('reads a body as text, bytes, an ArrayBuffer or a Blob, once, and clones a streamed body', async () => {
    const f = nodeFetch();
    expect(new TextDecoder().decode(await (await f(`${base}/json`)).bytes())).toBe('{"hello":"world"}');
    expect((await (await f(`${base}/json`)).arrayBuffer()).byteLength).toBe(17);
    const blob = await (await f(`${base}/json`)).blob();
    expect(blob.type).toBe('application/json');
    expect(await blob.text()).toBe('{"hello":"world"}');
    const streamed = await f(`${base}/chunked`);
    const twin = streamed.clone();
    expect(await streamed.text()).toBe('part one, part two');
    expect(await twin.text()).toBe('part one, part two');
    await expect(streamed.arrayBuffer()).rejects.toThrow(TypeError);
    expect(() => streamed.clone()).toThrow(TypeError);
    const empty = await f(`${base}/empty`, { method: 'DELETE' });
    expect(await empty.text()).toBe('');
    expect(empty.bodyUsed).toBe(false);
  });

  it('gives a buffered body as a stream too, when asked for one', async () => {
    const response = await nodeFetch()(`${base}/json`);
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    const { value } = await reader.read();
    expect(new TextDecoder().decode(value)).toBe('{"hello":"world"}');
    expect((await reader.read()).done).toBe(true);
    expect(response.bodyUsed).toBe(true);
  });

  it('sends a Request’s method, headers and body, with a Content-Length', async () => {
    const request = new Request(`${base}/echo`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-test': 'yes' }, body: '{"a":1}' });
    const response = await nodeFetch()(request);
    expect(await response.json()).toEqual({ method: 'POST', length: '7', chunked: false, type: 'application/json', body: '{"a":1}' });
    expect(last?.headers['x-test']).toBe('yes');
  });

  it('sends string, byte and form bodies from an init', async () => {
    const f = nodeFetch();
    expect(await (await f(`${base}/echo`, { method: 'PUT', body: 'text' })).json()).toMatchObject({ method: 'PUT', length: '4', body: 'text' });
    expect(await (await f(`${base}/echo`, { method: 'PUT', body: new TextEncoder().encode('bytes') })).json()).toMatchObject({ length: '5', body: 'bytes' });
    expect(await (await f(new URL(`${base}/echo`), { method: 'POST', body: new URLSearchParams({ a: 'b c' }) })).json()).toMatchObject({
      type: 'application/x-www-form-urlencoded;charset=UTF-8',
      body: 'a=b+c',
    });
  });

  it('streams a ReadableStream body, chunked', async () => {
    const parts = ['one ', 'two ', 'three'];
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        const part = parts.shift();
        if (part === undefined) controller.close();
        else controller.enqueue(new TextEncoder().encode(part));
      },
    });
    const response = await nodeFetch()(`${base}/echo`, { method: 'PUT', body, duplex: 'half' } as RequestInit);
    expect(await response.json()).toMatchObject({ length: null, chunked: true, body: 'one two three' });
  });

  it('streams answers without a Content-Length or above the buffer limit', async () => {
    const chunked = await nodeFetch()(`${base}/chunked`);
    expect(await chunked.text()).toBe('part one, part two');
    const small = nodeFetch({ bufferLimit: 4 });
    const big = await small(`${base}/json`);
    const reader = (big.body as ReadableStream<Uint8Array>).getReader();
    let text = '';
    for (let next = await reader.read(); !next.done; next = await reader.read()) text += new TextDecoder().decode(next.value);
    expect(text).toBe('{"hello":"world"}');
  });

  it('has no body for a 204 or a HEAD, and returns a redirect as it is', async () => {
    const f = nodeFetch();
    const empty = await f(`${base}/empty`, { method: 'DELETE' });
    expect(empty.status).toBe(204);
    expect(empty.body).toBeNull();
    const head = await f(`${base}/json`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.body).toBeNull();
    const moved = await f(`${base}/moved`);
    expect(moved.status).toBe(302);
    expect(moved.headers.get('location')).toBe('/json');
    expect(await moved.text()).toBe('moved');
  });

  it('rejects with the signal’s reason on abort, before or during the answer', async () => {
    const f = nodeFetch();
    const before = new AbortController();
    const reason = new DOMException('stop', 'AbortError');
    before.abort(reason);
    expect(await rejectionOf(f(`${base}/json`, { signal: before.signal }))).toBe(reason);
    const during = new AbortController();
    const pending = f(`${base}/slow`, { signal: during.signal });
    setTimeout(() => {
      during.abort(reason);
    }, 20);
    expect(await rejectionOf(pending)).toBe(reason);
  });

  it('rejects with the signal’s reason when aborted while a buffered body is read', async () => {
    const f = nodeFetch();
    const controller = new AbortController();
    const pending = f(`${base}/trickle`, { signal: controller.signal });
    setTimeout(() => {
      controller.abort(new DOMException('stop', 'AbortError'));
    }, 30);
    expect(await rejectionOf(pending)).toMatchObject({ name: 'AbortError' });
  });

  it('errors a streamed body with the signal’s reason when aborted while it is read', async () => {
    const controller = new AbortController();
    // /trickle sends 4 of its 8 bytes and waits: streamed here (bufferLimit 2), so the abort comes mid-body.
    const response = await nodeFetch({ bufferLimit: 2 })(`${base}/trickle`, { signal: controller.signal });
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    expect(new TextDecoder().decode((await reader.read()).value)).toBe('1234');
    const reason = new DOMException('stop', 'AbortError');
    controller.abort(reason);
    await expect(reader.read()).rejects.toBe(reason);
  });

  it('fails like fetch, with a TypeError whose cause is the connection error', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => {
      closed.listen(0, '127.0.0.1', resolve);
    });
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => {
      closed.close(() => {
        resolve();
      });
    });
    const error = await rejectionOf(nodeFetch()(`http://127.0.0.1:${String(port)}/`));
    expect(error).toBeInstanceOf(TypeError);
    expect((error as { cause?: { code?: string } }).cause?.code).toBe('ECONNREFUSED');
  });

  it('is called directly by core: authentication, a call, and a per-attempt timeout', async () => {
    const provider = createProviderClient({
      auth: { authUrl: `${base}/v3`, username: 'u', userDomainName: 'Default', password: 'p', projectName: 'p', projectDomainName: 'Default' },
      fetch: nodeFetch(),
      retry: false,
    });
    const client = new ServiceClient({ provider, serviceType: 'compute', endpoint: `${base}/compute/` });
    expect(await client.request({ method: 'GET', path: 'servers', unwrap: 'servers' })).toEqual([{ id: 's1', token: 'node-token' }]);
    expect(last?.headers.accept).toBe('application/json');
    const error = await rejectionOf(client.request({ method: 'GET', path: '../slow' }, { timeoutMs: 30 }));
    expect(isTimeoutError(error)).toBe(true);
  });

  it('is what a provider given no fetch uses in Node: no fetch-only headers reach the server', async () => {
    const provider = createProviderClient({
      auth: { authUrl: `${base}/v3`, username: 'u', userDomainName: 'Default', password: 'p', projectName: 'p', projectDomainName: 'Default' },
      retry: false,
    });
    const client = new ServiceClient({ provider, serviceType: 'compute', endpoint: `${base}/compute/` });
    await client.request({ method: 'GET', path: 'servers' });
    // Node's own fetch (undici) always sends sec-fetch-mode and accept-encoding; node:http sends neither.
    expect(last?.headers['sec-fetch-mode']).toBeUndefined();
    expect(last?.headers['accept-encoding']).toBeUndefined();
    expect(last?.headers['user-agent']).toMatch(/^openstack-ts\//);
    const platform = createProviderClient({
      auth: { authUrl: `${base}/v3`, username: 'u', userDomainName: 'Default', password: 'p', projectName: 'p', projectDomainName: 'Default' },
      fetch: async (input, init) => globalThis.fetch(input, init),
      retry: false,
    });
    await new ServiceClient({ provider: platform, serviceType: 'compute', endpoint: `${base}/compute/` }).request({ method: 'GET', path: 'servers' });
    expect(last?.headers['sec-fetch-mode']).toBe('cors');
  });
});

const haveOpenssl = spawnSync('openssl', ['version']).status === 0;
const tlsIt = haveOpenssl ? it : it.skip;

/** A self-signed certificate for 127.0.0.1 made with the openssl CLI; returns the PEM paths. */
const pem = (path: string): string => readFileSync(path, 'utf8');
function selfSigned(dir: string, name: string): { cert: string; key: string } {
  const cert = join(dir, `${name}.crt`);
  const key = join(dir, `${name}.key`);
  const result = spawnSync('openssl', [
    'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes',
    '-keyout', key, '-out', cert, '-days', '2', '-subj', `/CN=${name}`, '-addext', 'subjectAltName=IP:127.0.0.1',
  ]);
  if (result.status !== 0) throw new Error(`openssl failed: ${result.stderr.toString()}`);
  return { cert, key };
}

describe(haveOpenssl ? 'createNodeFetch over TLS' : 'createNodeFetch over TLS (skipped: no openssl CLI)', () => {
  let sandbox: string;
  let serverCert: { cert: string; key: string };
  let clientCert: { cert: string; key: string };
  let mutual: HttpsServer | undefined;
  let url = '';

  beforeAll(async () => {
    if (!haveOpenssl) return;
    sandbox = mkdtempSync(join(tmpdir(), 'osts-tls-'));
    serverCert = selfSigned(sandbox, 'server');
    clientCert = selfSigned(sandbox, 'client');
    mutual = createHttpsServer(
      { key: readFileSync(serverCert.key), cert: readFileSync(serverCert.cert), requestCert: true, rejectUnauthorized: true, ca: readFileSync(clientCert.cert) },
      (req, res) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ path: req.url }));
      },
    );
    await new Promise<void>((resolve) => {
      mutual?.listen(0, '127.0.0.1', resolve);
    });
    url = `https://127.0.0.1:${String((mutual.address() as AddressInfo).port)}/tls`;
  });

  afterAll(async () => {
    if (!haveOpenssl) return;
    mutual?.closeAllConnections();
    await new Promise<void>((resolve) => {
      if (mutual === undefined) resolve();
      else mutual.close(() => {
        resolve();
      });
    });
    rmSync(sandbox, { recursive: true, force: true });
  });

  tlsIt('trusts cacert and presents the client certificate', async () => {
    const response = await nodeFetch({ tls: { ca: pem(serverCert.cert), cert: pem(clientCert.cert), key: pem(clientCert.key) } })(url);
    expect(await response.json()).toEqual({ path: '/tls' });
  });

  tlsIt('fails without the client certificate, and on an untrusted server, with a TypeError', async () => {
    expect(await rejectionOf(nodeFetch({ tls: { ca: pem(serverCert.cert) } })(url))).toMatchObject({ name: 'TypeError' });
    const untrusted = await rejectionOf(nodeFetch({ tls: { cert: pem(clientCert.cert), key: pem(clientCert.key) } })(url));
    expect(untrusted).toMatchObject({ name: 'TypeError', message: 'fetch failed' });
    expect(String((untrusted as { cause?: { code?: string } }).cause?.code)).toMatch(/SELF_SIGNED|UNABLE_TO_VERIFY|CERT/);
  });

  tlsIt('skips verification with verify: false', async () => {
    const response = await nodeFetch({ tls: { verify: false, cert: pem(clientCert.cert), key: pem(clientCert.key) } })(url);
    expect(response.status).toBe(200);
  });
});

describe('the default transport outside Node (#default-fetch for browsers, Deno and Bun)', () => {
  it('is the platform fetch, and refuses TLS settings it cannot apply', async () => {
    const { defaultFetch } = await import('./default-fetch.js');
    expect(defaultFetch(undefined)).toBeUndefined();
    let error: unknown;
    try {
      defaultFetch({ verify: false });
    } catch (caught) {
      error = caught;
    }
    expect(isInvalidInputError(error)).toBe(true);
    expect((error as InvalidInputError).field).toBe('tls');
  });
});
