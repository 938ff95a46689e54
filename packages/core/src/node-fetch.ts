/**
 * A fast `fetch` for Node: `node:http` and `node:https` on keep-alive agents, returning objects
 * with the platform's `Response` and `Headers` interfaces, so core's requests skip the WHATWG fetch
 * machinery, and a cold start does not load it (see {@link createNodeFetch}).
 * It is the default transport of every provider in Node, whichever way the provider is made.
 *
 * Core imports no Node built-in: the modules are looked up at run time with
 * `process.getBuiltinModule` (Node >= 20.16), so bundles for browsers carry nothing of this, and
 * the types below describe only the little of `node:http` this file uses.
 */
import { InvalidInputError } from './errors.js';
import type { FetchFunction } from './transport.js';
import { readAll } from './util.js';

/** TLS settings of the Node transport (PEM contents, not file names: `@openstack-ts/config` reads the files). */
export interface TlsOptions {
  /** The CAs to trust instead of Node's, PEM. */
  ca?: string | Uint8Array | readonly (string | Uint8Array)[] | undefined;
  /** A client certificate for mutual TLS, PEM. */
  cert?: string | Uint8Array | undefined;
  /** The client certificate's key, PEM. */
  key?: string | Uint8Array | undefined;
  /** `false` accepts any server certificate (clouds.yaml's `verify: false`). Default `true`. */
  verify?: boolean | undefined;
}

/** Options of {@link createNodeFetch}. */
export interface NodeFetchOptions {
  /** TLS settings: CA bundle, client certificate and key, verification. Default: Node's. */
  tls?: Readonly<TlsOptions> | undefined;
  /** Connections per origin. Default: no limit (as the platform's fetch). */
  connections?: number | undefined;
  /** How long an idle connection is kept, in milliseconds, unless the server's `Keep-Alive` says less. Default 4 s. */
  keepAliveTimeoutMs?: number | undefined;
  /**
   * Response bodies with a `Content-Length` up to this many bytes are read whole before the
   * Response is returned (API answers); longer or unsized ones are streamed (object downloads),
   * so memory stays bounded. Default 8 MiB.
   */
  bufferLimit?: number | undefined;
}

/** A fetch with its own connection pool; `close()` ends the pool's connections. */
export interface NodeFetchFunction extends FetchFunction {
  /** Closes the pool once its requests are done. The fetch cannot be used afterwards. */
  close(): Promise<void>;
}

// The parts of node:http used here.
type Listener = (...args: never[]) => void;
interface Emitter {
  on(event: string, listener: Listener): unknown;
  off(event: string, listener: Listener): unknown;
}
interface IncomingMessage extends Emitter {
  statusCode?: number | undefined;
  statusMessage?: string | undefined;
  headers: Record<string, string | string[] | undefined>;
  pause(): unknown;
  resume(): unknown;
  destroy(error?: Error): unknown;
}
interface ClientRequest extends Emitter {
  readonly destroyed: boolean;
  write(chunk: string | Uint8Array): boolean;
  end(chunk?: string | Uint8Array): unknown;
  destroy(error?: Error): unknown;
}
interface RequestOptions {
  method: string;
  headers: Record<string, string>;
  agent: unknown;
  signal?: AbortSignal;
}
interface HttpModule {
  Agent: new (options: Record<string, unknown>) => { destroy(): void };
  request(url: URL, options: RequestOptions, callback: (res: IncomingMessage) => void): ClientRequest;
}
interface NodeProcess {
  versions?: { node?: string };
  getBuiltinModule?: (id: string) => unknown;
}

/** `node:http` and `node:https`, or `undefined` outside Node (browsers, Deno, Bun use their fetch). */
function nodeModules(): { http: HttpModule; https: HttpModule } | undefined {
  const g = globalThis as { process?: NodeProcess; Deno?: unknown; Bun?: unknown };
  if (g.Deno !== undefined || g.Bun !== undefined) return undefined;
  const getBuiltinModule = g.process?.getBuiltinModule;
  if (g.process?.versions?.node === undefined || typeof getBuiltinModule !== 'function') return undefined;
  return { http: getBuiltinModule('node:http') as HttpModule, https: getBuiltinModule('node:https') as HttpModule };
}

/** True where {@link createNodeFetch} works: Node (not Deno or Bun, which have their own fast fetch). */
export function nodeFetchAvailable(): boolean {
  return nodeModules() !== undefined;
}

/** Statuses whose responses have no body (the platform's `Response` refuses one for them). */
const NULL_BODY = new Set([101, 103, 204, 205, 304]);
const DEFAULT_BUFFER_LIMIT = 8 * 1024 * 1024;
const decoder = new TextDecoder();

type OutgoingBody = string | Uint8Array | ReadableStream<Uint8Array> | null;

interface Outgoing {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: OutgoingBody;
  signal: AbortSignal | null | undefined;
}

/**
 * Request headers as a record of lower-case names. A record (what core passes) and an array of
 * pairs are read as they are; anything else is taken as a `Headers` by its `forEach`, without
 * touching the platform's `Headers` (in Node, using it loads all of undici: ~20 ms of a cold start).
 */
function headerRecord(init: HeadersInit | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (init === undefined) return out;
  const add = (name: string, value: string): void => {
    const key = name.toLowerCase();
    out[key] = out[key] === undefined ? value : `${out[key]}, ${value}`;
  };
  if (Array.isArray(init)) {
    for (const [name, value] of init) add(name, value);
  } else if (typeof (init as Headers).forEach === 'function') {
    (init as Headers).forEach((value, name) => {
      add(name, value);
    });
  } else {
    for (const [name, value] of Object.entries(init as Record<string, string>)) add(name, value);
  }
  return out;
}

/**
 * A body as it is written. Strings, bytes and streams go as they are; the rarer kinds (Blob,
 * FormData, URLSearchParams) are serialised the way the platform would, with their content type.
 */
async function outgoingBody(body: BodyInit | null | undefined, headers: Record<string, string>): Promise<OutgoingBody> {
  if (body === null || body === undefined) return null;
  if (typeof body === 'string') return body;
  if (body instanceof Uint8Array) return body;
  if (body instanceof ArrayBuffer) return new Uint8Array(body);
  if (ArrayBuffer.isView(body)) return new Uint8Array(body.buffer, body.byteOffset, body.byteLength);
  if (body instanceof ReadableStream) return body as ReadableStream<Uint8Array>;
  const serialised = new Response(body);
  const type = serialised.headers.get('content-type');
  if (type !== null && headers['content-type'] === undefined) headers['content-type'] = type;
  return new Uint8Array(await serialised.arrayBuffer());
}

/** What was asked for, from a URL and init (core's calls) or a platform Request (anyone's). */
async function outgoing(input: Request | string | URL, init: RequestInit | undefined): Promise<Outgoing> {
  if (typeof input === 'string' || input instanceof URL) {
    const headers = headerRecord(init?.headers);
    return {
      url: typeof input === 'string' ? input : input.href,
      method: init?.method ?? 'GET',
      headers,
      body: await outgoingBody(init?.body, headers),
      signal: init?.signal,
    };
  }
  const headers = headerRecord(input.headers);
  for (const [name, value] of Object.entries(headerRecord(init?.headers))) headers[name] = value;
  // A Request's body is read whole: core hands streamed bodies over in `init`, never in a Request.
  const body = init?.body !== undefined ? await outgoingBody(init.body, headers) : input.body === null ? null : new Uint8Array(await input.arrayBuffer());
  return { url: input.url, method: init?.method ?? input.method, headers, body, signal: init?.signal ?? input.signal };
}

function immutable(): never {
  throw new TypeError('Headers are immutable');
}

/**
 * A response's headers with the platform's `Headers` interface, over what Node parsed: lower-case
 * names, sorted iteration, repeated values joined by `, ` (cookies stay apart in iteration and
 * `getSetCookie()`),
 * immutable like a fetch response's. Not an instance of the platform's `Headers`: making one (or a
 * `Response`) loads Node's whole fetch implementation, undici, which costs ~20 ms of a cold start
 * (docs/performance.md); `new Headers(headers)` copies one into a platform `Headers` when needed.
 */
class NodeHeaders implements Headers {
  readonly #map = new Map<string, string>();
  readonly #cookies: string[] = [];

  constructor(raw: IncomingMessage['headers']) {
    for (const name in raw) {
      const value = raw[name];
      if (value === undefined) continue;
      const values = typeof value === 'string' ? [value] : value;
      if (name === 'set-cookie') this.#cookies.push(...values);
      this.#map.set(name, values.join(', '));
    }
  }

  get(name: string): string | null {
    return this.#map.get(name.toLowerCase()) ?? null;
  }

  has(name: string): boolean {
    return this.#map.has(name.toLowerCase());
  }

  getSetCookie(): string[] {
    return [...this.#cookies];
  }

  forEach(callback: (value: string, name: string, parent: Headers) => void, thisArg?: unknown): void {
    for (const [name, value] of this.#sorted()) callback.call(thisArg, value, name, this);
  }

  entries(): HeadersIterator<[string, string]> {
    return this.#sorted().values();
  }

  keys(): HeadersIterator<string> {
    return this.#sorted()
      .map(([name]) => name)
      .values();
  }

  values(): HeadersIterator<string> {
    return this.#sorted()
      .map(([, value]) => value)
      .values();
  }

  [Symbol.iterator](): HeadersIterator<[string, string]> {
    return this.entries();
  }

  append(): void {
    immutable();
  }

  set(): void {
    immutable();
  }

  delete(): void {
    immutable();
  }

  /** What iteration yields: sorted by name, each cookie on its own (as the platform's Headers). */
  #sorted(): [string, string][] {
    const pairs: [string, string][] = [];
    for (const [name, value] of this.#map) {
      if (name === 'set-cookie') for (const cookie of this.#cookies) pairs.push([name, cookie]);
      else pairs.push([name, value]);
    }
    return pairs.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  }
}

function used(): TypeError {
  return new TypeError('Body is unusable: Body has already been read');
}

/**
 * A response with the platform's `Response` interface, made without the platform's `Response`
 * (see {@link NodeHeaders} for why). A body read whole before it was returned (API answers) is
 * decoded directly by `text()`, `json()` and `arrayBuffer()`, and its `body` stream is made only
 * if someone asks for it; a streamed body (downloads) is a platform `ReadableStream`.
 */
class NodeResponse implements Response {
  readonly status: number;
  readonly statusText: string;
  readonly headers: Headers;
  readonly url: string;
  readonly redirected = false;
  readonly type: ResponseType = 'basic';
  #bytes: Uint8Array<ArrayBuffer> | undefined;
  /** `undefined` while a buffered body has not been asked for as a stream; `null` for no body. */
  #stream: ReadableStream<Uint8Array<ArrayBuffer>> | null | undefined;
  #read = false;

  constructor(
    body: { bytes: Uint8Array<ArrayBuffer> } | { stream: ReadableStream<Uint8Array<ArrayBuffer>> } | null,
    init: { status: number; statusText: string; headers: Headers; url: string },
  ) {
    this.status = init.status;
    this.statusText = init.statusText;
    this.headers = init.headers;
    this.url = init.url;
    if (body === null) this.#stream = null;
    else if ('bytes' in body) this.#bytes = body.bytes;
    else this.#stream = body.stream;
  }

  get ok(): boolean {
    return this.status >= 200 && this.status < 300;
  }

  get body(): ReadableStream<Uint8Array<ArrayBuffer>> | null {
    if (this.#stream === undefined) {
      const bytes = this.#bytes;
      this.#bytes = undefined;
      this.#stream =
        bytes === undefined
          ? null
          : new ReadableStream<Uint8Array<ArrayBuffer>>({
              start(controller) {
                if (bytes.byteLength > 0) controller.enqueue(bytes);
                controller.close();
              },
            });
    }
    return this.#stream;
  }

  get bodyUsed(): boolean {
    if (this.#read) return true;
    return this.#stream === undefined ? this.#bytes === undefined : this.#stream !== null && this.#stream.locked;
  }

  /** The whole body, once: the buffered bytes, or the stream read to its end. */
  async #all(): Promise<Uint8Array<ArrayBuffer>> {
    if (this.#stream === null) return new Uint8Array(0); // no body: never used, as the platform's
    if (this.bodyUsed) throw used();
    this.#read = true;
    if (this.#stream === undefined) {
      const bytes = this.#bytes ?? new Uint8Array(0);
      this.#bytes = undefined;
      return bytes;
    }
    return readAll(this.#stream);
  }

  async text(): Promise<string> {
    return decoder.decode(await this.#all());
  }

  async json(): Promise<unknown> {
    return JSON.parse(await this.text()) as unknown;
  }

  async arrayBuffer(): Promise<ArrayBuffer> {
    const bytes = await this.#all();
    return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes.buffer : bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  }

  async bytes(): Promise<Uint8Array<ArrayBuffer>> {
    return new Uint8Array(await this.arrayBuffer());
  }

  async blob(): Promise<Blob> {
    return new Blob([await this.#all()], { type: this.headers.get('content-type') ?? '' });
  }

  /** The rare case: a platform `Response` over the bytes parses the form. */
  async formData(): Promise<FormData> {
    const bytes = await this.#all();
    return new Response(bytes, { headers: new Headers(this.headers) }).formData();
  }

  clone(): Response {
    if (this.bodyUsed) throw new TypeError('Response.clone: Body has already been consumed.');
    const init = { status: this.status, statusText: this.statusText, headers: this.headers, url: this.url };
    if (this.#stream === undefined) return new NodeResponse(this.#bytes === undefined ? null : { bytes: this.#bytes.slice() }, init);
    if (this.#stream === null) return new NodeResponse(null, init);
    const [mine, theirs] = this.#stream.tee();
    this.#stream = mine;
    return new NodeResponse({ stream: theirs }, init);
  }
}


/** An error for a body that ended early, or the signal's reason when it was aborted. */
function bodyFailure(cause: unknown, signal: AbortSignal | undefined): unknown {
  return signal?.aborted === true ? signal.reason : new TypeError('terminated', { cause });
}

/** Reads a body of `length` bytes into one buffer, failing when it is longer or shorter. */
async function readWhole(res: IncomingMessage, length: number, signal: AbortSignal | undefined): Promise<Uint8Array<ArrayBuffer>> {
  return new Promise((resolve, reject) => {
    const out = new Uint8Array(length);
    let offset = 0;
    let ended = false;
    res.on('data', (chunk: Uint8Array) => {
      if (offset + chunk.length > length) {
        res.destroy(new Error(`the body is longer than its Content-Length of ${String(length)}`));
        return;
      }
      out.set(chunk, offset);
      offset += chunk.length;
    });
    res.on('end', () => {
      ended = true;
      if (offset === length) resolve(out);
      else reject(bodyFailure(new Error(`the body ended after ${String(offset)} of ${String(length)} bytes`), signal));
    });
    res.on('error', (error: unknown) => {
      reject(bodyFailure(error, signal));
    });
    res.on('close', () => {
      if (!ended) reject(bodyFailure(new Error('the connection closed before the body ended'), signal));
    });
  });
}

/**
 * The body as a platform stream. Chunks are handed over as they arrive, and the response is
 * paused while a few wait unread, so memory stays bounded whatever the size. An abort errors it
 * with the signal's reason, as the platform's fetch does.
 */
function webStream(res: IncomingMessage, signal: AbortSignal | undefined): ReadableStream<Uint8Array<ArrayBuffer>> {
  let done = false;
  return new ReadableStream<Uint8Array<ArrayBuffer>>(
    {
      start(controller) {
        res.on('data', (chunk: Uint8Array) => {
          controller.enqueue(new Uint8Array(chunk.buffer as ArrayBuffer, chunk.byteOffset, chunk.byteLength));
          if ((controller.desiredSize ?? 0) <= 0) res.pause();
        });
        res.on('end', () => {
          done = true;
          signal?.removeEventListener('abort', onAbort);
          controller.close();
        });
        const onAbort = (): void => {
          // At once, as the platform's fetch does: chunks already queued are not read after an abort.
          fail(signal?.reason);
          res.destroy();
        };
        const fail = (error: unknown): void => {
          signal?.removeEventListener('abort', onAbort);
          if (done) return;
          done = true;
          controller.error(bodyFailure(error, signal));
        };
        res.on('error', fail);
        res.on('close', () => {
          fail(new Error('the connection closed before the body ended'));
        });
        signal?.addEventListener('abort', onAbort, { once: true });
        res.pause();
      },
      pull() {
        res.resume();
      },
      cancel() {
        done = true;
        res.destroy();
      },
    },
    { highWaterMark: 4 },
  );
}

/** Writes a stream body with backpressure, then ends the request; a failed read fails the request. */
async function writeStream(req: ClientRequest, body: ReadableStream<Uint8Array>): Promise<void> {
  const reader = body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (!req.write(value)) {
        await new Promise<void>((resolve) => {
          const go = (): void => {
            req.off('drain', go);
            req.off('close', go);
            resolve();
          };
          req.on('drain', go);
          req.on('close', go);
        });
      }
      if (req.destroyed) {
        await reader.cancel();
        return;
      }
    }
    req.end();
  } catch (error) {
    req.destroy(error instanceof Error ? error : new Error(String(error)));
  } finally {
    reader.releaseLock();
  }
}

function tlsOptions(tls: Readonly<TlsOptions> | undefined): Record<string, unknown> {
  if (tls === undefined) return {};
  return {
    rejectUnauthorized: tls.verify !== false,
    ...(tls.ca === undefined ? {} : { ca: tls.ca }),
    ...(tls.cert === undefined ? {} : { cert: tls.cert }),
    ...(tls.key === undefined ? {} : { key: tls.key }),
  };
}

/**
 * Creates a fetch for Node built on `node:http` and `node:https` with keep-alive agents: the
 * fetch `providerFromCloud` gives core. It costs about half the CPU per request of Node's own
 * fetch (undici's WHATWG layer); and it loads nothing Node has not loaded already, which
 * keeps cold starts and memory low (see docs/performance.md).
 *
 * It is a fetch for API clients, not a browser's: redirects are returned as they are (core
 * follows them itself, keeping the token on its origin), bodies are not decompressed (nothing
 * asks for compression), and there is no cache, cookie jar or CORS. Answers with a
 * `Content-Length` up to `bufferLimit` are read before the Response is returned; others stream.
 * Failures reject with a `TypeError` whose `cause` is Node's error, like the platform's fetch;
 * an abort rejects with the signal's reason. Outside Node it throws {@link InvalidInputError}.
 */
export function createNodeFetch(options: NodeFetchOptions = {}): NodeFetchFunction {
  const modules = nodeModules();
  if (modules === undefined) throw new InvalidInputError('createNodeFetch needs Node (>= 20.16); other runtimes use their own fetch', 'fetch');
  const { http: httpModule, https: httpsModule } = modules;
  const bufferLimit = options.bufferLimit ?? DEFAULT_BUFFER_LIMIT;
  const agentOptions = {
    keepAlive: true,
    timeout: options.keepAliveTimeoutMs ?? 4_000,
    ...(options.connections === undefined ? {} : { maxSockets: options.connections }),
  };
  const http = new httpModule.Agent(agentOptions);
  const https = new httpsModule.Agent({ ...agentOptions, ...tlsOptions(options.tls) });

  const nodeFetch = async (input: Request | string | URL, init?: RequestInit): Promise<Response> => {
    const outgoingRequest = await outgoing(input, init);
    const { method, headers, body } = outgoingRequest;
    const signal = outgoingRequest.signal ?? undefined;
    signal?.throwIfAborted();
    const url = new URL(outgoingRequest.url);
    const secure = url.protocol === 'https:';
    if (!secure && url.protocol !== 'http:') throw new TypeError(`fetch failed: ${url.protocol} URLs are not supported`);
    const requestOptions: RequestOptions = { method, headers, agent: secure ? https : http, ...(signal === undefined ? {} : { signal }) };

    let res: IncomingMessage;
    try {
      res = await new Promise<IncomingMessage>((resolve, reject) => {
        const req = (secure ? httpsModule : httpModule).request(url, requestOptions, resolve);
        req.on('error', reject);
        if (body instanceof ReadableStream) void writeStream(req, body);
        else if (body === null) req.end();
        else req.end(body);
      });
    } catch (error) {
      if (signal?.aborted === true) throw signal.reason;
      throw new TypeError('fetch failed', { cause: error });
    }

    const status = res.statusCode ?? 0;
    const answer = { status, statusText: res.statusMessage ?? '', headers: new NodeHeaders(res.headers), url: url.href };
    if (NULL_BODY.has(status) || method === 'HEAD') {
      res.resume();
      return new NodeResponse(null, answer);
    }
    const length = Number(res.headers['content-length'] ?? Number.NaN);
    return Number.isInteger(length) && length <= bufferLimit
      ? new NodeResponse({ bytes: await readWhole(res, length, signal) }, answer)
      : new NodeResponse({ stream: webStream(res, signal) }, answer);
  };

  return Object.assign(nodeFetch, {
    close: async (): Promise<void> => {
      http.destroy();
      https.destroy();
      return Promise.resolve();
    },
  });
}

let shared: NodeFetchFunction | undefined;

/**
 * The transport a provider uses when it is given no `fetch`: in Node, a {@link createNodeFetch}
 * (one shared pool, or one of its own for TLS settings); elsewhere the platform's fetch
 * (`undefined`), which cannot take TLS settings.
 */
export function defaultFetch(tls: Readonly<TlsOptions> | undefined): FetchFunction | undefined {
  if (!nodeFetchAvailable()) {
    if (tls !== undefined) throw new InvalidInputError('TLS settings need Node (createNodeFetch) or a fetch of your own that applies them', 'tls');
    return undefined;
  }
  if (tls !== undefined) return createNodeFetch({ tls });
  shared ??= createNodeFetch();
  return shared;
}
