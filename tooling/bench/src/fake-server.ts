/**
 * A fake OpenStack endpoint on 127.0.0.1 for the benchmarks: Keystone tokens and catalog, Nova
 * servers, Neutron ports with `ports_links` paging, Swift objects streamed in both directions.
 *
 * It runs in the runner's process, never in a measured one, and shares the machine's cores with
 * the workload, so every answer is as cheap as it can be and the same for every variant: the
 * port pages are rendered once per configuration and sent as ready buffers.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import { CREDENTIALS, PROJECT_ID, TOKEN, novaVersion, portId, portIndex, portJson, serversDetail, tokenBody } from './shapes.js';

/** What the fake serves; change it between workloads with {@link FakeServer.configure}. */
export interface FakeServerConfig {
  /** How many ports `GET /v2.0/ports` lists in all. */
  ports: number;
  /** How many servers `GET /v2.1/servers/detail` lists. */
  servers: number;
  /** Bytes a `GET` of an object never uploaded streams. An uploaded object streams its uploaded size. */
  objectBytes: number;
}

/** Counters, for checking that a workload did what it says. */
export interface FakeServerStats {
  requests: number;
  tokens: number;
  bytesReceived: number;
  bytesSent: number;
}

export interface FakeServer {
  /** `http://127.0.0.1:<port>`, no trailing slash. */
  readonly url: string;
  /** The Keystone URL to authenticate against. */
  readonly authUrl: string;
  configure(config: Partial<FakeServerConfig>): void;
  stats(): FakeServerStats;
  resetStats(): void;
  close(): Promise<void>;
}

const NEUTRON_MAX_LIMIT = 1000;
const CHUNK = 64 * 1024;

/** Starts the fake on 127.0.0.1, on a port the OS picks unless `port` is given. */
export async function startFakeServer(initial: Partial<FakeServerConfig> = {}, port = 0): Promise<FakeServer> {
  const config: FakeServerConfig = { ports: 1000, servers: 50, objectBytes: 1024 * 1024, ...initial };
  const stats: FakeServerStats = { requests: 0, tokens: 0, bytesReceived: 0, bytesSent: 0 };
  const objects = new Map<string, number>();
  const chunk = Buffer.alloc(CHUNK, 'openstack-ts bench object data. ');
  let base = '';
  let pages = new Map<string, Buffer>();
  let pagesFor = -1;
  let servers: Buffer | undefined;
  let serversFor = -1;

  /** Renders every page of the port listing once, so serving a page is writing a buffer. */
  function renderPages(): void {
    if (pagesFor === config.ports) return;
    pages = new Map();
    // Neutron sends a next link after every full page, so a count that is a multiple of the
    // limit ends with an empty page; a marker past the end also gets an empty page.
    for (let start = 0; start <= config.ports; start += NEUTRON_MAX_LIMIT) {
      const end = Math.min(start + NEUTRON_MAX_LIMIT, config.ports);
      const marker = start === 0 ? '' : portId(start - 1);
      pages.set(marker, portPage(start, end, marker));
    }
    pagesFor = config.ports;
  }

  function portPage(start: number, end: number, marker: string): Buffer {
    const parts: string[] = [];
    for (let index = start; index < end; index++) parts.push(portJson(index));
    const links: string[] = [];
    if (end - start === NEUTRON_MAX_LIMIT) {
      links.push(JSON.stringify({ rel: 'next', href: `${base}/v2.0/ports?limit=${String(NEUTRON_MAX_LIMIT)}&marker=${portId(end - 1)}` }));
    }
    if (marker !== '') {
      links.push(JSON.stringify({ rel: 'previous', href: `${base}/v2.0/ports?limit=${String(NEUTRON_MAX_LIMIT)}&marker=${portId(start)}&page_reverse=True` }));
    }
    return Buffer.from(`{"ports": [${parts.join(', ')}], "ports_links": [${links.join(', ')}]}`);
  }

  function serversBody(): Buffer {
    if (servers === undefined || serversFor !== config.servers) {
      servers = Buffer.from(JSON.stringify(serversDetail(base, config.servers)));
      serversFor = config.servers;
    }
    return servers;
  }

  function send(res: ServerResponse, status: number, body: Buffer | string, headers: Record<string, string> = {}): void {
    const data = typeof body === 'string' ? Buffer.from(body) : body;
    stats.bytesSent += data.length;
    res.writeHead(status, {
      'Content-Type': 'application/json',
      'Content-Length': String(data.length),
      'X-Openstack-Request-Id': `req-${randomUUID()}`,
      ...headers,
    });
    res.end(data);
  }

  function fault(res: ServerResponse, status: number, message: string): void {
    send(res, status, JSON.stringify({ NeutronError: { type: 'HTTPError', message, detail: '' } }));
  }

  async function readBody(req: IncomingMessage): Promise<Buffer> {
    const chunks: Buffer[] = [];
    for await (const part of req) chunks.push(part as Buffer);
    const body = Buffer.concat(chunks);
    stats.bytesReceived += body.length;
    return body;
  }

  async function authenticate(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = JSON.parse((await readBody(req)).toString('utf8')) as {
      auth?: { identity?: { password?: { user?: { name?: string; password?: string } } } };
    };
    const user = body.auth?.identity?.password?.user;
    if (user?.name !== CREDENTIALS.username || user.password !== CREDENTIALS.password) {
      send(res, 401, JSON.stringify({ error: { code: 401, title: 'Unauthorized', message: 'The request you have made requires authentication.' } }));
      return;
    }
    stats.tokens++;
    send(res, 201, JSON.stringify(tokenBody(base)), { 'X-Subject-Token': TOKEN });
  }

  function listPorts(url: URL, res: ServerResponse): void {
    renderPages();
    const marker = url.searchParams.get('marker') ?? '';
    const limit = Number(url.searchParams.get('limit') ?? NEUTRON_MAX_LIMIT);
    if (limit !== NEUTRON_MAX_LIMIT) {
      // Only the benchmark's own page size is pre-rendered.
      fault(res, 400, `the fake serves pages of ${String(NEUTRON_MAX_LIMIT)} only`);
      return;
    }
    const page = pages.get(marker);
    if (page !== undefined) {
      send(res, 200, page);
      return;
    }
    const index = portIndex(marker);
    if (index === undefined) {
      fault(res, 404, `Port ${marker} could not be found.`);
      return;
    }
    send(res, 200, '{"ports": [], "ports_links": []}');
  }

  function showPort(id: string, res: ServerResponse): void {
    const index = portIndex(id);
    if (index === undefined) {
      fault(res, 404, `Port ${id} could not be found.`);
      return;
    }
    send(res, 200, `{"port": ${portJson(index)}}`);
  }

  async function putObject(path: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
    let bytes = 0;
    for await (const part of req) bytes += (part as Buffer).length;
    stats.bytesReceived += bytes;
    objects.set(path, bytes);
    // No ETag: Swift's is the MD5 of the data, and hashing here would tax the shared cores.
    res.writeHead(201, {
      'Content-Type': 'text/html; charset=UTF-8',
      'Content-Length': '0',
      'Last-Modified': new Date().toUTCString(),
      'X-Trans-Id': `tx${randomUUID().replaceAll('-', '')}`,
      'X-Openstack-Request-Id': `tx${randomUUID().replaceAll('-', '')}`,
    });
    res.end();
  }

  function getObject(path: string, res: ServerResponse): void {
    let remaining = objects.get(path) ?? config.objectBytes;
    res.writeHead(200, {
      'Content-Type': 'application/octet-stream',
      'Content-Length': String(remaining),
      'Accept-Ranges': 'bytes',
      'Last-Modified': new Date().toUTCString(),
      'X-Timestamp': (Date.now() / 1000).toFixed(5),
      'X-Trans-Id': `tx${randomUUID().replaceAll('-', '')}`,
      'X-Openstack-Request-Id': `tx${randomUUID().replaceAll('-', '')}`,
    });
    const pump = (): void => {
      while (remaining > 0) {
        const size = Math.min(remaining, CHUNK);
        remaining -= size;
        stats.bytesSent += size;
        if (!res.write(size === CHUNK ? chunk : chunk.subarray(0, size))) {
          res.once('drain', pump);
          return;
        }
      }
      res.end();
    };
    pump();
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    stats.requests++;
    const url = new URL(req.url ?? '/', base);
    const path = url.pathname;
    const method = req.method ?? 'GET';
    if (method === 'POST' && path === '/v3/auth/tokens') {
      await authenticate(req, res);
      return;
    }
    if (req.headers['x-auth-token'] !== TOKEN) {
      await readBody(req);
      send(res, 401, JSON.stringify({ error: { code: 401, title: 'Unauthorized', message: 'The request you have made requires authentication.' } }));
      return;
    }
    if (method === 'GET' && (path === '/v2.1' || path === '/v2.1/')) {
      send(res, 200, JSON.stringify(novaVersion(base)));
      return;
    }
    if (method === 'GET' && path === '/v2.1/servers/detail') {
      send(res, 200, serversBody());
      return;
    }
    if (method === 'GET' && path === '/v2.0/ports') {
      listPorts(url, res);
      return;
    }
    if (method === 'GET' && path.startsWith('/v2.0/ports/')) {
      showPort(decodeURIComponent(path.slice('/v2.0/ports/'.length)), res);
      return;
    }
    const objectPrefix = `/v1/AUTH_${PROJECT_ID}/`;
    if (path.startsWith(objectPrefix) && path.indexOf('/', objectPrefix.length) > 0) {
      if (method === 'PUT') {
        await putObject(path, req, res);
        return;
      }
      if (method === 'GET') {
        getObject(path, res);
        return;
      }
    }
    await readBody(req);
    send(res, 404, JSON.stringify({ itemNotFound: { code: 404, message: `No fake for ${method} ${path}` } }));
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) send(res, 500, JSON.stringify({ error: { code: 500, message: String(error) } }));
      else res.destroy();
    });
  });
  // Clients keep their connections for the whole workload; a 512 MiB upload takes its time.
  server.keepAliveTimeout = 120_000;
  server.headersTimeout = 125_000;
  server.requestTimeout = 0;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      resolve();
    });
  });
  base = `http://127.0.0.1:${String((server.address() as AddressInfo).port)}`;

  return {
    url: base,
    authUrl: `${base}/v3`,
    configure(next) {
      Object.assign(config, next);
      renderPages();
    },
    stats: () => ({ ...stats }),
    resetStats() {
      stats.requests = 0;
      stats.tokens = 0;
      stats.bytesReceived = 0;
      stats.bytesSent = 0;
      objects.clear();
    },
    close: async () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          resolve();
        });
      }),
  };
}

// `node dist/fake-server.js [--ports N] [--object-mib N]` serves until interrupted, for poking at it by hand.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const arg = (name: string, fallback: number): number => {
    const index = process.argv.indexOf(name);
    return index === -1 ? fallback : Number(process.argv[index + 1]);
  };
  const ports = arg('--ports', 1000);
  const fake = await startFakeServer({ ports, objectBytes: arg('--object-mib', 1) * 1024 * 1024 }, Number(process.env.BENCH_PORT ?? 0));
  process.stdout.write(`fake OpenStack at ${fake.url} (auth ${fake.authUrl}, user ${CREDENTIALS.username} / ${CREDENTIALS.password}, ${String(ports)} ports)\n`);
}
