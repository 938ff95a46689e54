/**
 * The transport a provider uses when it is given no `fetch`, outside Node (browsers, Deno, Bun,
 * and bundles built for them): the platform's fetch. Node resolves `#default-fetch` to
 * `default-fetch-node.ts` instead (package.json `imports`), so no bundle for another runtime
 * carries the Node transport. Deno and Bun also match the `node` condition, so the map names
 * them first (`deno`, `bun`): they get this file, and a bundle made for them leaves the Node
 * transport out unless it is imported (at run time it would detect them and use their fetch
 * anyway). tooling/runtimes runs the smoke suite on both.
 */
import { InvalidInputError } from './errors.js';
import type { TlsOptions } from './node-fetch.js';
import type { FetchFunction } from './transport.js';

/** `undefined`: the platform's fetch. TLS settings need the Node transport or a fetch of the caller's. */
export function defaultFetch(tls: Readonly<TlsOptions> | undefined): FetchFunction | undefined {
  if (tls !== undefined) throw new InvalidInputError('TLS settings need Node (createNodeFetch) or a fetch of your own that applies them', 'tls');
  return undefined;
}
