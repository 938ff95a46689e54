/**
 * Which JavaScript runtime the SDK runs in, for the few things that differ between them: the
 * `User-Agent` header (browsers set their own and refuse ours) and whether fetch can stream a
 * request body (browsers cannot, or only over HTTP/2).
 */

/** The runtimes core tells apart. `unknown` is any other (an edge worker, say): treated like a browser. */
export type Runtime = 'node' | 'deno' | 'bun' | 'browser' | 'unknown';

/** The globals {@link detectRuntime} looks at (a parameter, so tests can pass their own). */
export interface RuntimeGlobals {
  document?: unknown;
  importScripts?: unknown;
  process?: { versions?: Record<string, string | undefined> | undefined } | undefined;
  Deno?: { version?: { deno?: string | undefined } | undefined } | undefined;
  Bun?: { version?: string | undefined } | undefined;
}

/**
 * The runtime, from its own markers: Bun and Deno first (both also define `process`), then a
 * page or a worker (a `document`, or `importScripts` in web workers; an Electron renderer or a
 * jsdom test has both `document` and `process`, and uses the page's fetch), then Node.
 */
export function detectRuntime(g: RuntimeGlobals = globalThis): Runtime {
  if (typeof g.Bun?.version === 'string') return 'bun';
  if (typeof g.Deno?.version?.deno === 'string') return 'deno';
  if (g.document !== undefined || typeof g.importScripts === 'function') return 'browser';
  if (typeof g.process?.versions?.node === 'string') return 'node';
  return 'unknown';
}

/**
 * The runtime's name and version for `User-Agent`, or `undefined` where core sends no
 * `User-Agent` at all: in browsers (and unknown runtimes) the browser sends its own, refuses or
 * ignores a script's (Chromium ignores it silently), and a custom one would have to be allowed by
 * every service's CORS configuration.
 */
function runtimeProduct(g: RuntimeGlobals): string | undefined {
  switch (detectRuntime(g)) {
    case 'bun':
      return `Bun/${String(g.Bun?.version)}`;
    case 'deno':
      return `Deno/${String(g.Deno?.version?.deno)}`;
    case 'node':
      return `Node.js/${String(g.process?.versions?.node)}`;
    default:
      return undefined;
  }
}

/**
 * `[app] openstack-ts/<version> <runtime>/<version>` in Node, Deno and Bun; `undefined` (no
 * `User-Agent` header) in browsers and unknown runtimes, whatever `app` says.
 */
export function userAgentFor(app: string | undefined, sdkVersion: string, g: RuntimeGlobals = globalThis): string | undefined {
  const runtime = runtimeProduct(g);
  if (runtime === undefined) return undefined;
  const sdk = `openstack-ts/${sdkVersion} ${runtime}`;
  return app === undefined || app.trim() === '' ? sdk : `${app.trim()} ${sdk}`;
}

/**
 * Whether fetch can send a `ReadableStream` body here. Node, Deno and Bun can. Browsers cannot
 * in general: Firefox and Safari do not support it, and Chromium only over HTTP/2 or HTTP/3 (over
 * HTTP/1.1 the request fails with a network error before anything is sent). Where this is false,
 * packages send data they can send whole (a `Blob`, bytes) as it is rather than as a stream.
 */
export function canStreamRequestBodies(g: RuntimeGlobals = globalThis): boolean {
  const runtime = detectRuntime(g);
  return runtime === 'node' || runtime === 'deno' || runtime === 'bun';
}
